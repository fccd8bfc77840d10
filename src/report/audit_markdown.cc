#include <fmt/format.h>

#include "render_parts.h"
#include "renderers.h"
#include "sigaudit/common/strings.h"

namespace sigaudit::render_detail {

namespace {

void append_heading(std::string& out, const AuditReport& report) {
    out += fmt::format("## Audit as of {}\n\n", to_string(report.as_of));
    out +=
        fmt::format("{}, {}; {}.\n",
                    count_of(static_cast<std::int64_t>(report.people.size()), "person", "people"),
                    count_of(static_cast<std::int64_t>(report.rules->rules.size()), "rule"),
                    md_escape(roster_words(report.roster_path)));
    append_basis_markdown(out,
                          {report.sig_scope, report.states_read_today, report.as_of, report.data});
}

void append_overview(std::string& out, const AuditReport& report) {
    const std::vector<Column> columns = rule_columns(*report.rules);
    out += "\n| Person |";
    std::string rule_line = "| --- |";
    for (const Column& column : columns) {
        out += fmt::format(" {} |", md_escape(column.header));
        rule_line += " :-: |";
    }
    out += "\n" + rule_line + "\n";
    for (const PersonResult* person : people_by_login(report.people)) {
        out += fmt::format("| {} |", md_escape(person_label(*person)));
        for (const Column& column : columns) {
            const RuleResult* result = find_result(*person, *column.rule);
            out += result == nullptr
                       ? std::string("  |")
                       : fmt::format(
                             " {} |",
                             overview_symbol(*result, holds_rule_role(*person, *result), true));
        }
        out += "\n";
    }
    out +=
        "\n✓ eligible; ◐ criteria met, prerequisite missing; · not yet; \\[brackets\\]: role held "
        "in the roster.\n";
}

// "- **login** (Name): what" for one person.
std::string person_line(const PersonResult& person, std::string_view what) {
    std::string line = fmt::format("- **{}**", md_escape(person.login));
    if (person_label(person) != person.login) {
        line += fmt::format(" ({})", md_escape(trim(person.name)));
    }
    return line + ": " + md_escape(what) + "\n";
}

std::string entry_line(const AuditEntry& entry, std::string_view note) {
    std::string what = entry.result->title();
    if (!note.empty()) {
        what += " — " + std::string(note);
    }
    return person_line(*entry.person, what);
}

// A section of one line per person: `line` says what the section says of them.
template <typename Group, typename Line>
void append_lines(std::string& out, std::string_view title, const std::vector<Group>& groups,
                  Line line) {
    out += fmt::format("\n### {} ({})\n\n", title, groups.size());
    if (groups.empty()) {
        out += "None.\n";
    }
    for (const Group& group : groups) {
        out += person_line(*group.person, line(group));
    }
}

template <typename Note>
void append_section(std::string& out, std::string_view title,
                    const std::vector<AuditEntry>& entries, Note note) {
    out += fmt::format("\n### {} ({})\n\n", title, entries.size());
    if (entries.empty()) {
        out += "None.\n";
        return;
    }
    for (const AuditEntry& entry : entries) {
        out += entry_line(entry, note(*entry.result));
    }
}

// A fence no backtick run in `lines` can close.
std::string fence_for(const std::vector<std::string>& lines) {
    std::size_t longest = 0;
    for (const std::string& line : lines) {
        std::size_t run = 0;
        for (const char c : line) {
            run = c == '`' ? run + 1 : 0;
            longest = std::max(longest, run);
        }
    }
    return std::string(std::max<std::size_t>(3, longest + 1), '`');
}

void append_suggestion(std::string& out, const AuditReport& report) {
    if (report.suggested.empty()) {
        return;
    }
    const auto listings = static_cast<std::int64_t>(count_listings(report.suggested));
    out += fmt::format("\n### Suggested roster change ({})\n\nThe lines to add to {}:\n",
                       count_of(listings, "listing"), md_code(report.roster_path));
    for (const SuggestedList& list : report.suggested) {
        const std::vector<std::string> lines = suggestion_yaml(list);
        const std::string fence = fence_for(lines);
        std::string place = suggestion_place(list);
        place.front() = static_cast<char>(place.front() - 'a' + 'A');  // "under" starts the line
        out += fmt::format("\n{}:\n\n{}yaml\n", md_escape(place), fence);
        for (const std::string& line : lines) {
            out += line + "\n";
        }
        out += fence + "\n";
    }
}

void append_sections(std::string& out, const AuditSections& sections) {
    append_lines(out, "Promotions: the next role for each person", sections.promotions,
                 [&](const AuditEntry& entry) {
                     const std::string note = promotion_note(entry, sections);
                     return entry.result->title() + (note.empty() ? "" : " — " + note);
                 });
    append_lines(out, "Titles", sections.titles, titles_words);
    append_lines(out, "Role holders below their role's criteria", sections.below, below_words);
    append_section(out, "Criteria met, prerequisite missing", sections.waiting,
                   missing_prerequisites);
    const std::vector<PersonPending> pending = pending_by_person(sections.to_confirm);
    if (!pending.empty()) {
        out += fmt::format("\n### To confirm before the vote ({})\n\n", pending.size());
        out +=
            "The data cannot show these; a maintainer checks each and records a `confirmation` "
            "entry in the ledger.\n\n";
        for (const PersonPending& person : pending) {
            out += fmt::format("- **{}**: {}\n", md_escape(person_label(*person.person)),
                               md_escape(join_words(person.group.titles, " and ")));
            append_pending_markdown(out, person.group, 2);
        }
    }
}

// One person in a <details> block: the overview stays short on a wiki page
// or PR comment, and every figure is one click away.
void append_person(std::string& out, const PersonResult& person) {
    out += "\n<details>\n<summary>";
    out += fmt::format("<b>{}</b>", html_escape(person.login));
    if (person_label(person) != person.login) {
        out += fmt::format(" ({})", html_escape(trim(person.name)));
    }
    out += fmt::format(" — holds {}</summary>\n", html_escape(roles_words(person)));
    for (const RuleResult& result : person.results) {
        const bool held = holds_rule_role(person, result);
        out += fmt::format("\n**{}** — {}\n\n", md_escape(rule_heading(*result.rule)),
                           md_escape(verdict_words(result, held)));
        append_criteria_markdown(out, result, audit_tree_options(result, held));
    }
    out += "\n</details>\n";
}

}  // namespace

std::string render_audit_markdown(const AuditReport& report, const RenderOptions&) {
    std::string out;
    append_heading(out, report);
    append_findings_markdown(out, report.roster_errors, kRosterErrors);
    append_findings_markdown(out, report.ledger_warnings, kLedgerWarnings);
    if (report.people.empty()) {
        out += "\nNo one to audit: neither the roster nor the evidence ledger names anyone.\n";
        return out;
    }
    const AuditSections sections = sort_into_sections(report);
    out += "\n" + md_escape(counts_words(sections)) + ".\n";
    append_overview(out, report);
    append_sections(out, sections);
    append_suggestion(out, report);
    out += fmt::format("\n### Everyone\n\n{}\n", kDetailsNote);
    for (const PersonResult* person : people_by_login(report.people)) {
        append_person(out, *person);
    }
    return out;
}

}  // namespace sigaudit::render_detail
