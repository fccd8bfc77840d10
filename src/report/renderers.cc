#include "renderers.h"

#include <array>

namespace sigaudit {

using namespace render_detail;

// The one table of which formats each report has; the first is its default.
namespace {

constexpr std::array<FormatRenderer<AuditReport>, 3> kAudit = {{
    {Format::text, render_audit_text},
    {Format::markdown, render_audit_markdown},
    {Format::json, render_audit_json},
}};
constexpr std::array<FormatRenderer<CheckReport>, 3> kCheck = {{
    {Format::text, render_check_text},
    {Format::markdown, render_check_markdown},
    {Format::json, render_check_json},
}};
// Made to be posted on the pull request: Markdown first.
constexpr std::array<FormatRenderer<CiReport>, 3> kCi = {{
    {Format::markdown, render_ci_markdown},
    {Format::text, render_ci_text},
    {Format::json, render_ci_json},
}};
constexpr std::array<FormatRenderer<LintReport>, 2> kLint = {{
    {Format::text, render_lint_text},
    {Format::json, render_lint_json},
}};
constexpr std::array<FormatRenderer<RuleSet>, 2> kRulesList = {{
    {Format::text, render_rules_list_text},
    {Format::json, render_rules_list_json},
}};
constexpr std::array<FormatRenderer<Rule>, 1> kRuleExplanation = {{
    {Format::text, render_rule_explanation},
}};
constexpr std::array<FormatRenderer<RulesCheckReport>, 2> kRulesCheck = {{
    {Format::text, render_rules_check_text},
    {Format::json, render_rules_check_json},
}};
constexpr std::array<FormatRenderer<FetchSummary>, 1> kFetch = {{
    {Format::text, render_fetch_text},
}};
constexpr std::array<FormatRenderer<StoreReport>, 2> kStore = {{
    {Format::text, render_store_text},
    {Format::json, render_store_json},
}};

}  // namespace

template <>
std::span<const FormatRenderer<AuditReport>> renderers() {
    return kAudit;
}
template <>
std::span<const FormatRenderer<CheckReport>> renderers() {
    return kCheck;
}
template <>
std::span<const FormatRenderer<CiReport>> renderers() {
    return kCi;
}
template <>
std::span<const FormatRenderer<LintReport>> renderers() {
    return kLint;
}
template <>
std::span<const FormatRenderer<RuleSet>> renderers() {
    return kRulesList;
}
template <>
std::span<const FormatRenderer<Rule>> renderers() {
    return kRuleExplanation;
}
template <>
std::span<const FormatRenderer<RulesCheckReport>> renderers() {
    return kRulesCheck;
}
template <>
std::span<const FormatRenderer<FetchSummary>> renderers() {
    return kFetch;
}
template <>
std::span<const FormatRenderer<StoreReport>> renderers() {
    return kStore;
}

}  // namespace sigaudit
