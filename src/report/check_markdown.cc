#include <fmt/format.h>

#include "render_parts.h"
#include "renderers.h"
#include "sigaudit/common/strings.h"

namespace sigaudit::render_detail {

namespace {

void append_rule(std::string& out, const PersonResult& person, const RuleResult& result) {
    const bool held = holds_rule_role(person, result);
    out += fmt::format("\n### {} — {}\n\n", md_escape(rule_heading(*result.rule)),
                       md_escape(verdict_words(result, held)));
    out += fmt::format("Prerequisites: {}.\n\n", md_escape(prerequisite_words(result)));
    append_criteria_markdown(out, result, TreeOptions{true, true, kLinksShown});
}

// The answer first: a row per rule, then what the nearest rule still needs.
void append_summary(std::string& out, const PersonResult& person) {
    out += "\n| | Rule | Verdict |\n| :-: | --- | --- |\n";
    for (const RuleResult& result : person.results) {
        out += fmt::format("| {} | {} | {} |\n", verdict_mark(result),
                           md_escape(rule_heading(*result.rule)),
                           md_escape(verdict_words(result, holds_rule_role(person, result))));
    }
    if (const RuleResult* nearest = nearest_rule(person)) {
        out += fmt::format("\n**Nearest:** {}.\n", md_escape(nearest_words(*nearest)));
    }
}

}  // namespace

std::string render_check_markdown(const CheckReport& report, const RenderOptions&) {
    const PersonResult& person = report.person;
    std::string out = fmt::format("## {}: progress as of {}\n\n", md_escape(person_label(person)),
                                  to_string(report.as_of));
    if (const std::string unknown = unknown_login_words(person.login, report.unknown);
        !unknown.empty()) {
        out += "> **Warning:** " + md_escape(unknown) + "\n\n";
    }
    out += fmt::format("Holds {}; {}.\n", md_escape(roles_words(person)),
                       md_escape(roster_words(report.roster_path)));
    append_basis_markdown(out,
                          {report.sig_scope, report.states_read_today, report.as_of, report.data});
    append_findings_markdown(out, report.ledger_warnings, kLedgerWarnings);
    append_summary(out, person);
    for (const RuleResult& result : person.results) {
        append_rule(out, person, result);
    }
    std::vector<const RuleResult*> results;
    for (const RuleResult& result : person.results) {
        results.push_back(&result);
    }
    if (const PendingGroup group = pending_group(results); !group.nodes.empty()) {
        out += fmt::format(
            "\n### To confirm for {}\n\nA SIG maintainer must check what the data "
            "cannot show, then record a `confirmation` entry in the ledger.\n\n",
            md_escape(join_words(group.titles, " and ")));
        append_pending_markdown(out, group, 0);
    }
    return out;
}

}  // namespace sigaudit::render_detail
