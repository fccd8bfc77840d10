#include "sigaudit/audit/lint_report.h"

#include <algorithm>

namespace sigaudit {

ExitCode exit_code(const LintReport& report) {
    const auto unusable = [](const LintedFile& file) { return !file.roster.usable(); };
    const auto failed = [](const LintedFile& file) { return has_errors(file.roster.diagnostics); };
    if (std::any_of(report.files.begin(), report.files.end(), unusable)) {
        return kExitBadInput;
    }
    return std::any_of(report.files.begin(), report.files.end(), failed) ? kExitFindings : kExitOk;
}

ExitCode exit_code(const RulesCheckReport& report) {
    return has_errors(report.diagnostics) ? kExitBadInput : kExitOk;
}

}  // namespace sigaudit
