#include <fmt/format.h>

#include "render_parts.h"
#include "renderers.h"

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

}  // namespace

std::string render_check_text(const CheckReport& report, const RenderOptions& options) {
    const Style& style = options.style;
    const PersonResult& person = report.person;
    std::string out = style.paint(person_label(person), Tone::strong);
    out += fmt::format(" as of {} — holds {} ({})\n", to_string(report.as_of), roles_words(person),
                       roster_words(report.roster_path));
    if (const std::string scope = sig_scope_words(report.sig_scope); !scope.empty()) {
        out += style.paint(scope, Tone::dim) + "\n";
    }
    for (const RuleResult& result : person.results) {
        append_rule(out, person, result, style);
    }
    return out;
}

}  // namespace sigaudit::render_detail
