#include <algorithm>

#include <fmt/format.h>

#include "audit_parts.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/rules/criterion_text.h"

namespace sigaudit::audit {

namespace {

constexpr std::int64_t kBarWidth = 10;

bool is_group(CriterionType type) {
    return type == CriterionType::all || type == CriterionType::any;
}

// The definition fits the result when both say the same node; a rule set
// other than the one evaluated must not lend its words to these figures.
const Criterion* matching(const Criterion* spec, const CriterionResult& result) {
    if (spec == nullptr || spec->type != result.type || spec->id != result.id) {
        return nullptr;
    }
    return spec;
}

std::int64_t required_children(const CriterionResult& result) {
    return std::count_if(result.children.begin(), result.children.end(),
                         [](const CriterionResult& child) { return !child.optional; });
}

std::string window_suffix(const Node& node) {
    if (node.result->window.empty()) {
        return "";
    }
    return node.per_month ? " in the weakest month of " + node.result->window
                          : " in " + node.result->window;
}

}  // namespace

std::vector<Node> top_criteria(const RuleResult& result, const Rule* rule) {
    const Node root{&result.criteria, matching(rule ? &rule->criteria : nullptr, result.criteria)};
    if (is_group(result.criteria.type)) {
        return child_nodes(root);
    }
    return {root};
}

std::string_view top_combine(const RuleResult& result) {
    return result.criteria.type == CriterionType::any ? "any" : "all";
}

std::vector<Node> child_nodes(const Node& node) {
    const CriterionResult& result = *node.result;
    std::vector<Node> children;
    if (result.type == CriterionType::meets) {
        return children;
    }
    // The evaluator mirrors the rule tree child for child (a window's
    // each_month criteria first, then its in_window ones), so index i of the
    // result is index i of the definition.
    const bool paired =
        node.spec != nullptr && node.spec->children.size() == result.children.size();
    for (std::size_t i = 0; i < result.children.size(); ++i) {
        const Criterion* spec =
            paired ? matching(&node.spec->children[i], result.children[i]) : nullptr;
        const bool per_month =
            paired && result.type == CriterionType::window && i < node.spec->each_month_count;
        children.push_back(
            Node{&result.children[i], spec, per_month, result.type == CriterionType::sum});
    }
    return children;
}

std::string measure_words(const Node& node) {
    const CriterionResult& result = *node.result;
    if (node.sum_part) {
        return fmt::format("{}", result.actual);
    }
    switch (result.type) {
        case CriterionType::count:
        case CriterionType::sum:
            return fmt::format("{}/{}{}", result.actual, result.required, window_suffix(node));
        case CriterionType::all:
        case CriterionType::window:
            return fmt::format("{} of {} met{}", result.actual, required_children(result),
                               window_suffix(node));
        case CriterionType::any:
            return fmt::format("{} of {} met, 1 needed{}", result.actual, required_children(result),
                               window_suffix(node));
        case CriterionType::meets:
            return result.passed ? "met" : "not met";
    }
    return "";
}

std::string node_missing(const Node& node) {
    const CriterionResult& result = *node.result;
    if (result.passed || node.sum_part) {
        return "";
    }
    if (node.spec == nullptr) {
        // Without the definition only the figures speak.
        const bool counted =
            result.type == CriterionType::count || result.type == CriterionType::sum;
        return counted ? fmt::format("{} more",
                                     std::max<std::int64_t>(1, result.required - result.actual))
                       : "";
    }
    return node.per_month ? per_month_missing(result, *node.spec)
                          : describe_missing(result, *node.spec);
}

std::string progress_bar(const Node& node) {
    const CriterionResult& result = *node.result;
    if (node.sum_part ||
        (result.type != CriterionType::count && result.type != CriterionType::sum)) {
        return "";
    }
    std::int64_t filled = kBarWidth;
    if (result.required > 0 && !result.passed) {
        // Rounded down: a bar that looks full must mean the threshold is reached.
        filled =
            std::clamp<std::int64_t>(result.actual * kBarWidth / result.required, 0, kBarWidth - 1);
    }
    return "[" + std::string(static_cast<std::size_t>(filled), '#') +
           std::string(static_cast<std::size_t>(kBarWidth - filled), '-') + "]";
}

bool shows_evidence(const Node& node) {
    return !node.sum_part &&
           (node.result->type == CriterionType::count || node.result->type == CriterionType::sum);
}

std::vector<std::string> failing_criteria(const RuleResult& result, const Rule* rule) {
    std::vector<std::string> failing;
    for (const Node& node : top_criteria(result, rule)) {
        if (!node.result->optional && !node.result->passed) {
            failing.push_back(fmt::format("{} ({})", node_label(node), measure_words(node)));
        }
    }
    return failing;
}

std::string shortfall_note(const AuditReport& report, const RuleResult& result) {
    const std::vector<std::string> failing =
        failing_criteria(result, find_rule(report, result.rule));
    return failing.empty() ? std::string() : "misses " + join_words(failing, ", ");
}

std::string node_words(const Node& node) {
    if (node.sum_part && node.spec != nullptr) {
        return count_phrase(*node.spec, node.result->actual);
    }
    if (!node.result->description.empty()) {
        return node.result->description;
    }
    return node.spec != nullptr ? describe_criterion(*node.spec) : "";
}

std::string node_label(const Node& node) {
    return node.result->id.empty() ? node_words(node) : node.result->id;
}

}  // namespace sigaudit::audit
