#include <algorithm>

#include <fmt/format.h>

#include "render_parts.h"
#include "renderers.h"
#include "sigaudit/common/strings.h"

namespace sigaudit::render_detail {

namespace {

constexpr std::string_view kPersonHeader = "PERSON";
constexpr std::size_t kColumnGap = 2;

void append_heading(std::string& out, const AuditReport& report, const Style& style) {
    out += style.paint(fmt::format("Audit as of {}", to_string(report.as_of)), Tone::strong);
    out +=
        fmt::format(": {}, {} ({})\n",
                    count_of(static_cast<std::int64_t>(report.people.size()), "person", "people"),
                    count_of(static_cast<std::int64_t>(report.rules->rules.size()), "rule"),
                    roster_words(report.roster_path));
    append_basis_text(out, {report.sig_scope, report.states_read_today, report.as_of, report.data},
                      style);
}

// The overview's cells are ASCII, and padding is by display width, so the
// table stays aligned whatever the terminal and however logins are written.
void append_overview(std::string& out, const AuditReport& report, const Style& style) {
    const std::vector<Column> columns = rule_columns(*report.rules);
    const auto people = people_by_login(report.people);
    std::size_t person_width = kPersonHeader.size();
    for (const PersonResult* person : people) {
        person_width = std::max(person_width, display_width(person->login));
    }
    std::string header = pad_right(kPersonHeader, person_width);
    for (const Column& column : columns) {
        header += std::string(kColumnGap, ' ') + column.header;
    }
    out += "\n" + style.paint(header, Tone::strong) + "\n";
    for (const PersonResult* person : people) {
        std::string row = pad_right(person->login, person_width);
        for (const Column& column : columns) {
            const std::size_t width = std::max<std::size_t>(display_width(column.header), 3);
            row += std::string(kColumnGap, ' ');
            const RuleResult* result = find_result(*person, *column.rule);
            if (result == nullptr) {
                row += pad_center("", width);
                continue;
            }
            const bool held = holds_rule_role(*person, *result);
            const std::string symbol = overview_symbol(*result, held, false);
            const std::size_t spare = width - std::min(width, symbol.size());
            row += std::string(spare / 2, ' ') + style.paint(symbol, verdict_tone(*result, held)) +
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
void append_section(std::string& out, std::string_view title,
                    const std::vector<AuditEntry>& entries, Note note, const Style& style) {
    out += "\n" + style.paint(fmt::format("{} ({})", title, entries.size()), Tone::strong) + "\n";
    if (entries.empty()) {
        out += "  none\n";
        return;
    }
    for (const AuditEntry& entry : entries) {
        std::string line = person_label(*entry.person) + ": " + entry.result->title();
        if (const std::string words = note(*entry.result); !words.empty()) {
            line += " — " + words;
        }
        append_wrapped(out, 2, line, style, std::nullopt, 4);
    }
}

// Only when there is something: most rule sets ask for no confirmation.
void append_to_confirm(std::string& out, const std::vector<AuditEntry>& entries,
                       const Style& style) {
    if (entries.empty()) {
        return;
    }
    out += "\n" +
           style.paint(fmt::format("To confirm before the vote ({}): the data cannot show these",
                                   pending_by_person(entries).size()),
                       Tone::strong) +
           "\n";
    for (const PersonPending& pending : pending_by_person(entries)) {
        out += fmt::format("  {}: {}\n", person_label(*pending.person),
                           join_words(pending.group.titles, " and "));
        append_pending_text(out, pending.group, 4, style);
    }
}

// The roster edit a maintainer can paste: per list, where, then the lines.
void append_suggestion(std::string& out, const AuditReport& report, const Style& style) {
    if (report.suggested.empty()) {
        return;
    }
    const auto listings = static_cast<std::int64_t>(count_listings(report.suggested));
    out += "\n" +
           style.paint(fmt::format("Suggested roster change ({}): the lines to add to {}",
                                   count_of(listings, "listing"), report.roster_path),
                       Tone::strong) +
           "\n";
    for (const SuggestedList& list : report.suggested) {
        out += fmt::format("  {}\n", suggestion_place(list));
        for (const std::string& line : suggestion_yaml(list)) {
            out += "    " + line + "\n";
        }
    }
}

// A section of one line per person: `line` says what the section says of them.
template <typename Group, typename Line>
void append_lines(std::string& out, std::string_view title, const std::vector<Group>& groups,
                  Line line, const Style& style) {
    out += "\n" + style.paint(fmt::format("{} ({})", title, groups.size()), Tone::strong) + "\n";
    if (groups.empty()) {
        out += "  none\n";
    }
    for (const Group& group : groups) {
        append_wrapped(out, 2, person_label(*group.person) + ": " + line(group), style,
                       std::nullopt, 4);
    }
}

void append_sections(std::string& out, const AuditSections& sections, const Style& style) {
    append_lines(
        out, "Promotions: the next role for each person", sections.promotions,
        [&](const AuditEntry& entry) {
            const std::string note = promotion_note(entry, sections);
            return entry.result->title() + (note.empty() ? "" : " — " + note);
        },
        style);
    append_lines(out, "Titles", sections.titles, titles_words, style);
    append_lines(out, "Role holders below their role's criteria", sections.below, below_words,
                 style);
    append_section(out, "Criteria met, prerequisite missing", sections.waiting,
                   missing_prerequisites, style);
    append_to_confirm(out, sections.to_confirm, style);
}

void append_person(std::string& out, const PersonResult& person, const Style& style) {
    out += "\n" + style.paint(person_label(person), Tone::strong) +
           fmt::format(" — holds {}\n", roles_words(person));
    for (const RuleResult& result : person.results) {
        const bool held = holds_rule_role(person, result);
        out += fmt::format("  {}: {}\n", rule_heading(*result.rule),
                           style.paint(verdict_words(result, held), verdict_tone(result, held)));
        append_criteria_text(out, result, 4, audit_tree_options(result, held), style);
    }
}

}  // namespace

std::string render_audit_text(const AuditReport& report, const RenderOptions& options) {
    const Style& style = options.style;
    std::string out;
    append_heading(out, report, style);
    append_findings_text(out, report.roster_errors, kRosterErrors, Tone::error, style);
    append_findings_text(out, report.ledger_warnings, kLedgerWarnings, Tone::warning, style);
    if (report.people.empty()) {
        out += "No one to audit: neither the roster nor the evidence ledger names anyone.\n";
        return out;
    }
    const AuditSections sections = sort_into_sections(report);
    out += "\n";
    append_wrapped(out, 0, counts_words(sections), style, Tone::strong);
    append_overview(out, report, style);
    append_sections(out, sections, style);
    append_suggestion(out, report, style);
    out += "\n" + style.paint("Everyone", Tone::strong) + "\n";
    append_wrapped(out, 0, kDetailsNote, style, Tone::dim);
    for (const PersonResult* person : people_by_login(report.people)) {
        append_person(out, *person, style);
    }
    return out;
}

}  // namespace sigaudit::render_detail
