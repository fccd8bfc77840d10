#include <algorithm>

#include <fmt/format.h>

#include "render_parts.h"
#include "renderers.h"
#include "sigaudit/common/strings.h"

namespace sigaudit::render_detail {

namespace {

void append_rule(std::string& out, const PersonResult& person, const RuleResult& result,
                 const Style& style) {
    const bool held = holds_rule_role(person, result);
    out += fmt::format("\n{}: {}\n", style.paint(rule_heading(*result.rule), Tone::strong),
                       style.paint(verdict_words(result, held), verdict_tone(result, held)));
    out += fmt::format("  prerequisites: {}\n", prerequisite_words(result));
    append_criteria_text(out, result, 2, TreeOptions{true, true, kLinksShown}, style);
}

// Who must confirm what: the developer takes this to a SIG maintainer.
void append_to_confirm(std::string& out, const PersonResult& person, const Style& style) {
    std::vector<const RuleResult*> results;
    for (const RuleResult& result : person.results) {
        results.push_back(&result);
    }
    const PendingGroup group = pending_group(results);
    if (group.nodes.empty()) {
        return;
    }
    out += "\n";
    append_wrapped(out, 0,
                   fmt::format("To confirm for {}: a SIG maintainer must check what the data "
                               "cannot show",
                               join_words(group.titles, " and ")),
                   style, Tone::strong, 2);
    append_pending_text(out, group, 2, style);
}

// The answer first: a line per rule, then what the nearest rule still needs.
void append_summary(std::string& out, const PersonResult& person, const Style& style) {
    std::size_t width = 0;
    for (const RuleResult& result : person.results) {
        width = std::max(width, display_width(rule_heading(*result.rule)));
    }
    out += "\n" + style.paint("Summary", Tone::strong) + "\n";
    // The verdicts stand in a column of their own, wrapped inside it.
    const std::size_t column = 2 + 2 + width + 2;
    const std::size_t room = kLineWidth > column + 20 ? kLineWidth - column : 20;
    for (const RuleResult& result : person.results) {
        const bool held = holds_rule_role(person, result);
        std::string prefix = fmt::format("  {} {}  ", verdict_mark(result),
                                         pad_right(rule_heading(*result.rule), width));
        for (const std::string& line : wrap_words(verdict_words(result, held), room)) {
            out += prefix + style.paint(line, verdict_tone(result, held)) + "\n";
            prefix = std::string(column, ' ');
        }
    }
    if (const RuleResult* nearest = nearest_rule(person)) {
        append_wrapped(out, 2, "Nearest: " + nearest_words(*nearest), style, Tone::strong, 9);
    }
}

}  // namespace

std::string render_check_text(const CheckReport& report, const RenderOptions& options) {
    const Style& style = options.style;
    const PersonResult& person = report.person;
    std::string out;
    if (const std::string unknown = unknown_login_words(person.login, report.unknown);
        !unknown.empty()) {
        append_wrapped(out, 0, "warning: " + unknown, style, Tone::warning, 2);
    }
    out += style.paint(person_label(person), Tone::strong);
    out += fmt::format(" as of {} — holds {} ({})\n", to_string(report.as_of), roles_words(person),
                       roster_words(report.roster_path));
    append_basis_text(out, {report.sig_scope, report.states_read_today, report.as_of, report.data},
                      style);
    append_findings_text(out, report.ledger_warnings, kLedgerWarnings, Tone::warning, style);
    append_summary(out, person, style);
    for (const RuleResult& result : person.results) {
        append_rule(out, person, result, style);
    }
    append_to_confirm(out, person, style);
    return out;
}

}  // namespace sigaudit::render_detail
