#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sigaudit/common/date.h"
#include "sigaudit/common/diagnostic.h"
#include "sigaudit/report/style.h"
#include "sigaudit/roster/roster_diff.h"
#include "sigaudit/rules/result.h"
#include "sigaudit/rules/rule.h"

namespace sigaudit {

// One role a roster change adds, with the verdict of the rule admitting to
// it, evaluated with prerequisites read from the head roster.
struct CiAddition {
    RoleChange change;
    bool justified = false;
    // The rule for the role; nothing when the rule set has no rule for it
    // (then the addition is not justified and the report says why).
    std::optional<RuleResult> result;
};

// What `sigaudit ci --base OLD --head NEW` found.
struct CiReport {
    std::string base_path;
    std::string head_path;
    Date as_of;
    const RuleSet* rules = nullptr;
    std::vector<CiAddition> additions;
    std::vector<RoleChange> removals;
    std::vector<Diagnostic> lint;  // the head roster's lint findings
};

// Exit 1 when an addition is unjustified or the head has lint errors, else 0.
int ci_exit_code(const CiReport& report);

// Markdown made to be posted as a PR comment: a verdict line, a table of
// additions (person, role added, ✓/✗, failing criteria with actual/required),
// removals, lint findings.
std::string render_ci_markdown(const CiReport& report);
std::string render_ci_text(const CiReport& report, const Style& style);
// {"schema": "sigaudit/ci@1", "additions": [{"login","role","justified",...}],
//  "removals": [...], "lint": [...]}
std::string render_ci_json(const CiReport& report);

}  // namespace sigaudit
