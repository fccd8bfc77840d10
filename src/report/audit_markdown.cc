#include <fmt/format.h>

#include "audit_parts.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/report/audit_report.h"

namespace sigaudit {

namespace {

using audit::md_escape;

void append_heading(std::string& out, const AuditReport& report) {
    out += fmt::format("## Audit as of {}\n\n", to_string(report.as_of));
    out +=
        fmt::format("{}, {}; {}.\n",
                    count_of(static_cast<std::int64_t>(report.people.size()), "person", "people"),
                    count_of(static_cast<std::int64_t>(audit::rule_columns(report).size()), "rule"),
                    md_escape(audit::roster_words(report)));
}

void append_overview(std::string& out, const AuditReport& report) {
    const std::vector<audit::Column> columns = audit::rule_columns(report);
    out += "\n| Person |";
    std::string rule_line = "| --- |";
    for (const audit::Column& column : columns) {
        out += fmt::format(" {} |", md_escape(column.header));
        rule_line += " :-: |";
    }
    out += "\n" + rule_line + "\n";
    for (const PersonResult* person : audit::people_by_login(report)) {
        out += fmt::format("| {} |", md_escape(audit::person_label(*person)));
        for (const audit::Column& column : columns) {
            const RuleResult* result = audit::find_result(*person, column.rule);
            out += result == nullptr
                       ? std::string("  |")
                       : fmt::format(
                             " {} |",
                             audit::overview_symbol(
                                 *result, audit::holds_rule_role(report, *person, *result), true));
        }
        out += "\n";
    }
    out +=
        "\n✓ eligible; ◐ criteria met, prerequisite missing; · not yet; \\[brackets\\]: role held "
        "in the roster.\n";
}

std::string entry_line(const AuditReport& report, const AuditEntry& entry, std::string_view note) {
    const PersonResult* person = audit::find_person(report, entry.login);
    std::string line = fmt::format("- **{}**", md_escape(entry.login));
    if (person != nullptr && audit::person_label(*person) != person->login) {
        line += fmt::format(" ({})", md_escape(trim(person->name)));
    }
    line += ": " + md_escape(entry.title);
    if (!note.empty()) {
        line += " — " + md_escape(note);
    }
    return line + "\n";
}

template <typename Note>
void append_section(std::string& out, const AuditReport& report, std::string_view title,
                    const std::vector<AuditEntry>& entries, Note note) {
    out += fmt::format("\n### {} ({})\n\n", title, entries.size());
    if (entries.empty()) {
        out += "None.\n";
        return;
    }
    for (const AuditEntry& entry : entries) {
        const PersonResult* person = audit::find_person(report, entry.login);
        const RuleResult* result = person ? audit::find_result(*person, entry.rule) : nullptr;
        out += entry_line(report, entry, result ? note(*result) : std::string());
    }
}

void append_sections(std::string& out, const AuditReport& report) {
    const AuditSections sections = sort_into_sections(report);
    append_section(out, report, "Promotion candidates", sections.candidates,
                   [](const RuleResult&) { return std::string(); });
    append_section(out, report, "Role holders below their role's criteria", sections.unmet_holders,
                   [&](const RuleResult& result) { return audit::shortfall_note(report, result); });
    append_section(out, report, "Criteria met, prerequisite missing", sections.waiting,
                   [](const RuleResult& result) { return audit::missing_prerequisites(result); });
}

// One person in a <details> block: the overview stays short on a wiki page
// or PR comment, and every figure is one click away.
void append_person(std::string& out, const AuditReport& report, const PersonResult& person) {
    out += "\n<details>\n<summary>";
    out += fmt::format("<b>{}</b>", audit::html_escape(person.login));
    if (audit::person_label(person) != person.login) {
        out += fmt::format(" ({})", audit::html_escape(trim(person.name)));
    }
    out += fmt::format(" — holds {}</summary>\n", audit::html_escape(audit::roles_words(person)));
    for (const RuleResult& result : person.results) {
        const bool held = audit::holds_rule_role(report, person, result);
        out += fmt::format("\n**{}** — {}\n\n", md_escape(audit::rule_heading(result)),
                           md_escape(audit::verdict_words(result, held)));
        audit::append_criteria_markdown(out, result, audit::find_rule(report, result.rule),
                                        audit::audit_tree_options(result, held));
    }
    out += "\n</details>\n";
}

}  // namespace

std::string render_audit_markdown(const AuditReport& report) {
    std::string out;
    append_heading(out, report);
    if (report.people.empty()) {
        out += "\nNo one to audit: neither the roster nor the evidence ledger names anyone.\n";
        return out;
    }
    append_overview(out, report);
    append_sections(out, report);
    out += fmt::format("\n### Everyone\n\n{}\n", audit::kDetailsNote);
    for (const PersonResult* person : audit::people_by_login(report)) {
        append_person(out, report, *person);
    }
    return out;
}

}  // namespace sigaudit
