#pragma once

#include <vector>

#include "group_table.h"
#include "rule_records.h"
#include "sigaudit/common/diagnostic.h"

namespace sigaudit {

// The checks that need every file at once: rule ids used twice, two rules
// for one role, groups and `meets` targets nobody defines, rules that meet
// each other in a circle, and groups nobody uses (a warning).
void check_rule_files(const std::vector<RuleFile>& files, const GroupTable& groups,
                      std::vector<Diagnostic>& diagnostics);

}  // namespace sigaudit
