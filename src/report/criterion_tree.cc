#include <algorithm>

#include <fmt/format.h>

#include "render_parts.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/report/criterion_words.h"
#include "sigaudit/rules/criterion_text.h"

namespace sigaudit::render_detail {

namespace {

constexpr std::int64_t kBarWidth = 10;

bool is_group(CriterionType type) {
    return type == CriterionType::all || type == CriterionType::any;
}

bool is_counted(CriterionType type) {
    return type == CriterionType::count || type == CriterionType::sum;
}

std::int64_t required_children(const CriterionResult& result) {
    return std::count_if(result.children.begin(), result.children.end(),
                         [](const CriterionResult& child) { return !child.optional(); });
}

std::string window_suffix(const CriterionResult& node) {
    if (node.window.empty()) {
        return "";
    }
    return node.per_month ? " in the weakest month of " + node.window : " in " + node.window;
}

std::vector<const CriterionResult*> pointers_to(const std::vector<CriterionResult>& results) {
    std::vector<const CriterionResult*> out;
    for (const CriterionResult& result : results) {
        out.push_back(&result);
    }
    return out;
}

}  // namespace

std::vector<const CriterionResult*> top_criteria(const RuleResult& result) {
    if (is_group(result.criteria.type())) {
        return pointers_to(result.criteria.children);
    }
    return {&result.criteria};
}

std::string_view top_combine(const RuleResult& result) {
    return result.criteria.type() == CriterionType::any ? "any" : "all";
}

std::vector<const CriterionResult*> shown_children(const CriterionResult& node) {
    if (node.type() == CriterionType::meets) {
        return {};
    }
    return pointers_to(node.children);
}

std::string measure_words(const CriterionResult& node) {
    if (node.sum_part) {
        return fmt::format("{}", node.actual);
    }
    switch (node.type()) {
        case CriterionType::count:
        case CriterionType::sum:
            return fmt::format("{}/{}{}", node.actual, node.required, window_suffix(node));
        case CriterionType::all:
        case CriterionType::window:
            return fmt::format("{} of {} met{}", node.actual, required_children(node),
                               window_suffix(node));
        case CriterionType::any:
            return fmt::format("{} of {} met, 1 needed{}", node.actual, required_children(node),
                               window_suffix(node));
        case CriterionType::meets:
            return node.passed ? "met" : "not met";
    }
    return "";
}

std::string node_missing(const CriterionResult& node) {
    if (node.passed || node.sum_part) {
        return "";
    }
    return node.per_month ? per_month_missing(node) : describe_missing(node);
}

std::string progress_bar(const CriterionResult& node) {
    if (node.sum_part || !is_counted(node.type())) {
        return "";
    }
    std::int64_t filled = kBarWidth;
    if (node.required > 0 && !node.passed) {
        // Rounded down: a bar that looks full must mean the threshold is reached.
        filled =
            std::clamp<std::int64_t>(node.actual * kBarWidth / node.required, 0, kBarWidth - 1);
    }
    return "[" + std::string(static_cast<std::size_t>(filled), '#') +
           std::string(static_cast<std::size_t>(kBarWidth - filled), '-') + "]";
}

bool shows_evidence(const CriterionResult& node) {
    return !node.sum_part && is_counted(node.type());
}

std::vector<std::string> failing_criteria(const RuleResult& result) {
    std::vector<std::string> failing;
    for (const CriterionResult* node : top_criteria(result)) {
        if (!node->optional() && !node->passed) {
            failing.push_back(fmt::format("{} ({})", node_label(*node), measure_words(*node)));
        }
    }
    return failing;
}

std::string shortfall_note(const RuleResult& result) {
    const std::vector<std::string> failing = failing_criteria(result);
    return failing.empty() ? std::string() : "misses " + join_words(failing, ", ");
}

std::string node_words(const CriterionResult& node) {
    const Criterion& criterion = *node.criterion;
    // Generated words already say how commands count; the rule file's own
    // words, and a sum's item, get it said beside them.
    std::string words = node.sum_part                   ? count_phrase(criterion, node.actual)
                        : criterion.description.empty() ? describe_criterion(criterion)
                                                        : criterion.description;
    const auto* kind = std::get_if<ActivityKind>(&criterion.source);
    const bool generated = !node.sum_part && criterion.description.empty();
    if (criterion.type == CriterionType::count && kind != nullptr && !generated) {
        if (const std::string note = counting_note(criterion.filter, *kind); !note.empty()) {
            words += "; " + note;
        }
    }
    return words;
}

std::string node_label(const CriterionResult& node) {
    return node.id().empty() ? node_words(node) : node.id();
}

}  // namespace sigaudit::render_detail
