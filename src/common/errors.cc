#include "sigaudit/common/errors.h"

namespace sigaudit {

CommandError::CommandError(ExitCode code, const std::string& message, std::string hint)
    : std::runtime_error(message), code_(code), hint_(std::move(hint)) {}

InputError::InputError(Diagnostic diagnostic)
    : InputError(std::vector<Diagnostic>{std::move(diagnostic)}) {}

InputError::InputError(std::vector<Diagnostic> diagnostics)
    : CommandError(kExitBadInput, diagnostics.empty() ? "bad input" : diagnostics.front().message),
      diagnostics_(std::move(diagnostics)) {}

UsageError::UsageError(const std::string& message, std::string hint)
    : CommandError(kExitBadInput, message, std::move(hint)) {}

DataSourceError::DataSourceError(const std::string& message, std::string hint)
    : CommandError(kExitDataSource, message, std::move(hint)) {}

}  // namespace sigaudit
