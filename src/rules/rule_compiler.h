#pragma once

#include <vector>

#include "group_table.h"
#include "rule_records.h"
#include "sigaudit/common/diagnostic.h"
#include "sigaudit/rules/rule.h"

namespace sigaudit {

// Turns checked records into the rule set the evaluator reads: every
// filter's groups expanded into repositories. Call it only when the checks
// found no error; it trusts that every group exists.
RuleSet compile_rules(std::vector<RuleFile> files, const GroupTable& groups,
                      std::vector<Diagnostic>& diagnostics);

}  // namespace sigaudit
