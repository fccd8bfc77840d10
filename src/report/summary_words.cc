#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "ci_reasons.h"
#include "render_parts.h"
#include "sigaudit/common/strings.h"

namespace sigaudit::render_detail {

namespace {

// A person acts on the first two things missing; the rest is in the detail.
constexpr std::size_t kMissingNamed = 2;

// How far a criterion tree is from passing: its failing leaves, a `meets`
// counted as the gap of the rule it meets (what is missing there is
// missing here).
std::size_t gap(const CriterionResult& root) {
    std::size_t total = 0;
    for (const CriterionResult* leaf : ci::failing_leaves(root)) {
        total += leaf->met ? std::max<std::size_t>(1, gap(*leaf->met)) : 1;
    }
    return total;
}

}  // namespace

std::string verdict_mark(const RuleResult& result) {
    return result.eligible ? "+" : result.criteria_met ? "~" : ".";
}

const RuleResult* nearest_rule(const PersonResult& person) {
    const RuleResult* nearest = nullptr;
    std::size_t fewest = 0;
    for (const RuleResult& result : person.results) {
        if (result.eligible) {
            continue;
        }
        const std::size_t failing = result.criteria_met ? 0 : gap(result.criteria);
        if (nearest == nullptr || failing < fewest) {
            nearest = &result;
            fewest = failing;
        }
    }
    return nearest;
}

std::string nearest_words(const RuleResult& result) {
    const std::string title = rule_heading(*result.rule);
    if (result.criteria_met) {
        const std::string missing = missing_prerequisites(result);
        return fmt::format("{} — the criteria are met; what is missing: {}", title,
                           missing.empty() ? std::string("a prerequisite") : missing);
    }
    std::vector<std::string> missing;
    const std::vector<const CriterionResult*> leaves = ci::failing_leaves(result.criteria);
    for (const CriterionResult* leaf : leaves) {
        if (missing.size() == kMissingNamed) {
            break;
        }
        const std::string words = node_missing(*leaf);
        missing.push_back(words.empty() ? ci::criterion_progress(*leaf) : words);
    }
    std::string out = fmt::format("{} — missing: {}", title, fmt::join(missing, "; "));
    if (leaves.size() > kMissingNamed) {
        out += fmt::format(" (and {} more below)", leaves.size() - kMissingNamed);
    }
    return out;
}

}  // namespace sigaudit::render_detail
