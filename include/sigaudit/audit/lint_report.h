#pragma once

#include <string>
#include <vector>

#include "sigaudit/common/exit_code.h"
#include "sigaudit/common/loaded.h"
#include "sigaudit/roster/roster.h"

namespace sigaudit {

// One file `sigaudit lint` read: its path, and what loading it gave.
struct LintedFile {
    std::string path;
    Loaded<Roster> roster;
};

struct LintReport {
    std::vector<LintedFile> files;
};

// 2 when a file cannot be used at all, 1 when one has lint errors, else 0
// (warnings alone pass).
ExitCode exit_code(const LintReport& report);

// What `sigaudit rules check` found in the rule files it read.
struct RulesCheckReport {
    std::vector<Diagnostic> diagnostics;
    std::size_t rules = 0;  // how many rules compiled (0 when any finding is an error)
    std::size_t files = 0;
};

// 2 when a rule file has an error, else 0.
ExitCode exit_code(const RulesCheckReport& report);

}  // namespace sigaudit
