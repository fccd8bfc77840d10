#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "sigaudit/common/diagnostic.h"
#include "sigaudit/common/exit_code.h"

namespace sigaudit {

// What ends a command before it has an answer. Layers and commands throw one
// of the kinds below; main() alone turns the kind into an exit code and puts
// the words on stderr, so no command prints its own failure.
class CommandError : public std::runtime_error {
  public:
    CommandError(ExitCode code, const std::string& message, std::string hint = {});
    ExitCode exit_code() const { return code_; }
    // What the user can do about it, when there is something to say.
    const std::string& hint() const { return hint_; }

  private:
    ExitCode code_;
    std::string hint_;
};

// An input file that cannot be used: every finding that stops it, each with
// file, line, column and (once attached) its source line. Exit 2.
class InputError : public CommandError {
  public:
    explicit InputError(Diagnostic diagnostic);
    explicit InputError(std::vector<Diagnostic> diagnostics);
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
    // The first finding: for callers that know there is only one.
    const Diagnostic& diagnostic() const { return diagnostics_.front(); }

  private:
    std::vector<Diagnostic> diagnostics_;
};

// A flag or argument that makes no sense ("--as-of: 'tomorrow' is not a
// date"). Exit 2.
class UsageError : public CommandError {
  public:
    explicit UsageError(const std::string& message, std::string hint = {});
};

// The data behind an answer could not be had: the network, the Gitee API, or
// the local store. Exit 3.
class DataSourceError : public CommandError {
  public:
    explicit DataSourceError(const std::string& message, std::string hint = {});
};

}  // namespace sigaudit
