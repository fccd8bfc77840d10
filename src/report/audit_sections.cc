#include "audit_parts.h"
#include "sigaudit/report/audit_report.h"

namespace sigaudit {

namespace {

AuditEntry entry_for(const PersonResult& person, const RuleResult& result) {
    return AuditEntry{person.login, result.rule, result.title.empty() ? result.rule : result.title};
}

}  // namespace

AuditSections sort_into_sections(const AuditReport& report) {
    AuditSections sections;
    // People by login, each person's results in rule-set order: every list
    // comes out sorted by login, then rule order, with no sort of its own.
    for (const PersonResult* person : audit::people_by_login(report)) {
        for (const RuleResult& result : person->results) {
            const std::optional<Role> role = audit::rule_role(report, result.rule);
            const bool held = role && audit::holds(*person, *role);
            if (result.eligible && !held) {
                sections.candidates.push_back(entry_for(*person, result));
            }
            if (held && !result.criteria_met) {
                sections.unmet_holders.push_back(entry_for(*person, result));
            }
            if (result.criteria_met && !result.prerequisites_met && !held) {
                sections.waiting.push_back(entry_for(*person, result));
            }
        }
    }
    return sections;
}

}  // namespace sigaudit
