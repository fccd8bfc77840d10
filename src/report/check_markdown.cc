#include <fmt/format.h>

#include "render_parts.h"
#include "renderers.h"

namespace sigaudit::render_detail {

namespace {

void append_rule(std::string& out, const PersonResult& person, const RuleResult& result) {
    const bool held = holds_rule_role(person, result);
    out += fmt::format("\n### {} — {}\n\n", md_escape(rule_heading(*result.rule)),
                       md_escape(verdict_words(result, held)));
    out += fmt::format("Prerequisites: {}.\n\n", md_escape(prerequisite_words(result)));
    append_criteria_markdown(out, result, TreeOptions{true, true, kLinksShown});
}

}  // namespace

std::string render_check_markdown(const CheckReport& report, const RenderOptions&) {
    const PersonResult& person = report.person;
    std::string out = fmt::format("## {}: progress as of {}\n\n", md_escape(person_label(person)),
                                  to_string(report.as_of));
    out += fmt::format("Holds {}; {}.\n", md_escape(roles_words(person)),
                       md_escape(roster_words(report.roster_path)));
    if (const std::string scope = sig_scope_words(report.sig_scope); !scope.empty()) {
        out += "\n" + md_escape(scope) + ".\n";
    }
    for (const RuleResult& result : person.results) {
        append_rule(out, person, result);
    }
    return out;
}

}  // namespace sigaudit::render_detail
