#include <algorithm>

#include <fmt/format.h>

#include "audit_parts.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/report/audit_report.h"

namespace sigaudit {

namespace {

using audit::Column;

constexpr std::string_view kPersonHeader = "PERSON";
constexpr std::size_t kColumnGap = 2;

void append_heading(std::string& out, const AuditReport& report, const Style& style) {
    const std::size_t rules =
        report.rules ? report.rules->rules.size() : audit::rule_columns(report).size();
    out += style.paint(fmt::format("Audit as of {}", to_string(report.as_of)), Tone::strong);
    out += fmt::format(
        ": {}, {} ({})\n",
        count_of(static_cast<std::int64_t>(report.people.size()), "person", "people"),
        count_of(static_cast<std::int64_t>(rules), "rule"), audit::roster_words(report));
}

// The overview's cells are ASCII, and padding is by display width, so the
// table stays aligned whatever the terminal and however logins are written.
void append_overview(std::string& out, const AuditReport& report, const Style& style) {
    const std::vector<Column> columns = audit::rule_columns(report);
    const auto people = audit::people_by_login(report);
    std::size_t person_width = kPersonHeader.size();
    for (const PersonResult* person : people) {
        person_width = std::max(person_width, audit::display_width(person->login));
    }
    std::string header = audit::pad_right(kPersonHeader, person_width);
    for (const Column& column : columns) {
        header += std::string(kColumnGap, ' ') + column.header;
    }
    out += "\n" + style.paint(header, Tone::strong) + "\n";
    for (const PersonResult* person : people) {
        std::string row = audit::pad_right(person->login, person_width);
        for (const Column& column : columns) {
            const std::size_t width = std::max<std::size_t>(audit::display_width(column.header), 3);
            row += std::string(kColumnGap, ' ');
            const RuleResult* result = audit::find_result(*person, column.rule);
            if (result == nullptr) {
                row += audit::pad_center("", width);
                continue;
            }
            const bool held = audit::holds_rule_role(report, *person, *result);
            const std::string symbol = audit::overview_symbol(*result, held, false);
            const std::size_t spare = width - std::min(width, symbol.size());
            row += std::string(spare / 2, ' ') +
                   style.paint(symbol, audit::verdict_tone(*result, held)) +
                   std::string(spare - spare / 2, ' ');
        }
        // Trailing blanks would only make diffs of saved reports noisy.
        out += row.substr(0, row.find_last_not_of(' ') + 1) + "\n";
    }
    out += style.paint(
        "+ eligible   ~ criteria met, prerequisite missing   . not yet   [ ] role held\n",
        Tone::dim);
}

// `note` says, after each entry, what the reader should know about it.
template <typename Note>
void append_section(std::string& out, const AuditReport& report, std::string_view title,
                    const std::vector<AuditEntry>& entries, Note note, const Style& style) {
    out += "\n" + style.paint(fmt::format("{} ({})", title, entries.size()), Tone::strong) + "\n";
    if (entries.empty()) {
        out += "  none\n";
        return;
    }
    for (const AuditEntry& entry : entries) {
        const PersonResult* person = audit::find_person(report, entry.login);
        const RuleResult* result = person ? audit::find_result(*person, entry.rule) : nullptr;
        std::string line =
            (person ? audit::person_label(*person) : entry.login) + ": " + entry.title;
        if (result != nullptr) {
            if (const std::string words = note(*result); !words.empty()) {
                line += " — " + words;
            }
        }
        audit::append_wrapped(out, 2, line, style, std::nullopt, 4);
    }
}

void append_sections(std::string& out, const AuditReport& report, const Style& style) {
    const AuditSections sections = sort_into_sections(report);
    append_section(
        out, report, "Promotion candidates", sections.candidates,
        [](const RuleResult&) { return std::string(); }, style);
    append_section(
        out, report, "Role holders below their role's criteria", sections.unmet_holders,
        [&](const RuleResult& result) { return audit::shortfall_note(report, result); }, style);
    append_section(
        out, report, "Criteria met, prerequisite missing", sections.waiting,
        [](const RuleResult& result) { return audit::missing_prerequisites(result); }, style);
}

void append_person(std::string& out, const AuditReport& report, const PersonResult& person,
                   const Style& style) {
    out += "\n" + style.paint(audit::person_label(person), Tone::strong) +
           fmt::format(" — holds {}\n", audit::roles_words(person));
    for (const RuleResult& result : person.results) {
        const bool held = audit::holds_rule_role(report, person, result);
        out += fmt::format(
            "  {}: {}\n", audit::rule_heading(result),
            style.paint(audit::verdict_words(result, held), audit::verdict_tone(result, held)));
        audit::append_criteria_text(out, result, audit::find_rule(report, result.rule), 4,
                                    audit::audit_tree_options(result, held), style);
    }
}

}  // namespace

std::string render_audit_text(const AuditReport& report, const Style& style) {
    std::string out;
    append_heading(out, report, style);
    if (report.people.empty()) {
        out += "No one to audit: neither the roster nor the evidence ledger names anyone.\n";
        return out;
    }
    append_overview(out, report, style);
    append_sections(out, report, style);
    out += "\n" + style.paint("Everyone", Tone::strong) + "\n";
    audit::append_wrapped(out, 0, audit::kDetailsNote, style, Tone::dim);
    for (const PersonResult* person : audit::people_by_login(report)) {
        append_person(out, report, *person, style);
    }
    return out;
}

}  // namespace sigaudit
