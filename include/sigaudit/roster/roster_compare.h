#pragma once

#include <vector>

#include "sigaudit/common/diagnostic.h"
#include "sigaudit/roster/roster.h"

namespace sigaudit {

// Where two rosters of one SIG (a sig-info.yaml and a sig_members.yaml side
// by side) disagree about someone: listed in one only, or at another rung.
// Rungs compare on what both formats can say, so a Reviewer in
// sig_members.yaml agrees with a contributor in sig-info.yaml, which has no
// Reviewers. Each finding (rosters-disagree, an error: one of the two files
// is wrong) stands at the person's highest entry in `a` when `a` lists
// them, else in `b`, and names the other file's line. Sorted by login.
std::vector<Diagnostic> compare_rosters(const Roster& a, const Roster& b);

}  // namespace sigaudit
