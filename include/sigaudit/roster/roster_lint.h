#pragma once

#include <string>
#include <vector>

#include "sigaudit/common/diagnostic.h"
#include "sigaudit/common/text_file.h"
#include "sigaudit/roster/roster.h"

namespace sigaudit {

// Findings that need the whole roster: the same person twice in one list
// (error), ladder gaps, and one login under different names (warnings).
std::vector<Diagnostic> lint_roster(const Roster& roster);

// Everything `sigaudit lint` says about one file.
struct RosterLint {
    std::string path;
    bool usable = false;  // false: unreadable, not text, or not YAML
    Roster roster;
    std::vector<Diagnostic> diagnostics;  // sorted by position, each with its source line
};

RosterLint lint_roster_text(const TextFile& file);
RosterLint lint_roster_file(const std::string& path);

}  // namespace sigaudit
