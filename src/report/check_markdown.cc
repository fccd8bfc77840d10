#include <fmt/format.h>

#include "audit_parts.h"
#include "sigaudit/report/audit_report.h"

namespace sigaudit {

namespace {

using audit::md_escape;

void append_person_heading(std::string& out, const AuditReport& report,
                           const PersonResult& person) {
    out += fmt::format("## {}: progress as of {}\n\n", md_escape(audit::person_label(person)),
                       to_string(report.as_of));
    out += fmt::format("Holds {}; {}.\n", md_escape(audit::roles_words(person)),
                       md_escape(audit::roster_words(report)));
}

void append_rule(std::string& out, const AuditReport& report, const PersonResult& person,
                 const RuleResult& result) {
    const bool held = audit::holds_rule_role(report, person, result);
    out += fmt::format("\n### {} — {}\n\n", md_escape(audit::rule_heading(result)),
                       md_escape(audit::verdict_words(result, held)));
    out += fmt::format("Prerequisites: {}.\n\n", md_escape(audit::prerequisite_words(result)));
    audit::append_criteria_markdown(out, result, audit::find_rule(report, result.rule),
                                    audit::TreeOptions{true, true, audit::kLinksShown});
}

}  // namespace

std::string render_check_markdown(const AuditReport& report) {
    if (report.people.empty()) {
        return fmt::format("No one to check as of {}.\n", to_string(report.as_of));
    }
    std::string out;
    for (const PersonResult* person : audit::people_by_login(report)) {
        if (!out.empty()) {
            out += "\n";
        }
        append_person_heading(out, report, *person);
        for (const RuleResult& result : person->results) {
            append_rule(out, report, *person, result);
        }
    }
    return out;
}

}  // namespace sigaudit
