#pragma once

#include <string>
#include <vector>

#include "sigaudit/common/diagnostic.h"
#include "sigaudit/report/style.h"
#include "sigaudit/rules/rule.h"

namespace sigaudit {

// `rules list`: one line per rule (id, title, role, prerequisites, where).
std::string render_rules_list_text(const RuleSet& rules, const Style& style);
std::string render_rules_list_json(const RuleSet& rules);

// `rules explain`: the rule's criteria tree in plain words, for a SIG
// maintainer who never opens the rule file.
std::string render_rule_explanation(const Rule& rule, const Style& style);

// `rules check`: the findings, then one summary line.
std::string render_rules_check_text(const std::vector<Diagnostic>& diagnostics, std::size_t rules,
                                    std::size_t files, const Style& style, bool quiet);

}  // namespace sigaudit
