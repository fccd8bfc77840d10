#include <fmt/format.h>

#include "audit_parts.h"
#include "sigaudit/report/audit_report.h"

namespace sigaudit {

namespace {

void append_person_heading(std::string& out, const AuditReport& report, const PersonResult& person,
                           const Style& style) {
    out += style.paint(audit::person_label(person), Tone::strong);
    out += fmt::format(" as of {} — holds {} ({})\n", to_string(report.as_of),
                       audit::roles_words(person), audit::roster_words(report));
}

void append_rule(std::string& out, const AuditReport& report, const PersonResult& person,
                 const RuleResult& result, const Style& style) {
    const bool held = audit::holds_rule_role(report, person, result);
    out += fmt::format(
        "\n{}: {}\n", style.paint(audit::rule_heading(result), Tone::strong),
        style.paint(audit::verdict_words(result, held), audit::verdict_tone(result, held)));
    out += fmt::format("  prerequisites: {}\n", audit::prerequisite_words(result));
    audit::append_criteria_text(out, result, audit::find_rule(report, result.rule), 2,
                                audit::TreeOptions{true, true, audit::kLinksShown}, style);
}

}  // namespace

std::string render_check_text(const AuditReport& report, const Style& style) {
    if (report.people.empty()) {
        return fmt::format("No one to check as of {}.\n", to_string(report.as_of));
    }
    std::string out;
    // `check` names one person; should a caller pass more, each gets the same view.
    for (const PersonResult* person : audit::people_by_login(report)) {
        if (!out.empty()) {
            out += "\n";
        }
        append_person_heading(out, report, *person, style);
        for (const RuleResult& result : person->results) {
            append_rule(out, report, *person, result, style);
        }
    }
    return out;
}

}  // namespace sigaudit
