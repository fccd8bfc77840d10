#pragma once

#include <vector>

#include "sigaudit/common/diagnostic.h"
#include "sigaudit/roster/roster.h"

namespace sigaudit {

// Findings that need the whole roster: the same person twice in one list
// (error), ladder gaps, and one login under different names (warnings).
std::vector<Diagnostic> lint_roster(const Roster& roster);

}  // namespace sigaudit
