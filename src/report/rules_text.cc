#include <algorithm>

#include <fmt/format.h>

#include "render_parts.h"
#include "renderers.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/report/diagnostic_text.h"

namespace sigaudit::render_detail {

std::string render_rules_list_text(const RuleSet& rules, const RenderOptions& options) {
    const Style& style = options.style;
    std::size_t id_width = 4;
    std::size_t title_width = 5;
    for (const Rule& rule : rules.rules) {
        id_width = std::max(id_width, rule.id.size());
        title_width = std::max(title_width, rule.title.size());
    }
    std::string out =
        style.paint(fmt::format("{:<{}}  {:<{}}  {:<10}  {:<10}  {}\n", "RULE", id_width, "TITLE",
                                title_width, "ROLE", "REQUIRES", "DEFINED AT"),
                    Tone::strong);
    for (const Rule& rule : rules.rules) {
        const std::vector<std::string> requires_roles = prerequisite_ids(rule);
        out += fmt::format(
            "{:<{}}  {:<{}}  {:<10}  {:<10}  {}:{}\n", rule.id, id_width, rule.title, title_width,
            rule.role ? role_id(*rule.role) : "-",
            requires_roles.empty() ? "-" : fmt::format("{}", fmt::join(requires_roles, ",")),
            rule.where.file, rule.where.line);
    }
    return out;
}

std::string render_rules_check_text(const RulesCheckReport& report, const RenderOptions& options) {
    const Style& style = options.style;
    std::string out;
    for (const Diagnostic& diagnostic : report.diagnostics) {
        render_diagnostic(out, diagnostic, style, options.quiet);
    }
    if (options.quiet) {
        return out;
    }
    out += fmt::format("{}: {} in {}\n", render_verdict(report.diagnostics, style),
                       count_of(static_cast<std::int64_t>(report.rules), "rule"),
                       count_of(static_cast<std::int64_t>(report.files), "file"));
    return out;
}

}  // namespace sigaudit::render_detail
