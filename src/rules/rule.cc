#include "sigaudit/rules/rule.h"

#include <algorithm>
#include <set>

#include "sigaudit/common/enum_names.h"

namespace sigaudit {

namespace {
constexpr EnumNames<CriterionType, 6> kCriterionTypeIds({{{CriterionType::all, "all"},
                                                          {CriterionType::any, "any"},
                                                          {CriterionType::count, "count"},
                                                          {CriterionType::sum, "sum"},
                                                          {CriterionType::window, "window"},
                                                          {CriterionType::meets, "meets"}}});
void collect_repositories(const ActivityFilter& filter, std::set<std::string>& repos) {
    repos.insert(filter.repos.begin(), filter.repos.end());
    for (const ActivityFilter& alternative : filter.any_of) {
        collect_repositories(alternative, repos);
    }
}

void collect_repositories(const Criterion& criterion, std::set<std::string>& repos) {
    collect_repositories(criterion.filter, repos);
    for (const Criterion& child : criterion.children) {
        collect_repositories(child, repos);
    }
}

// Whether `holds` is true of some filter in the tree, any_of alternatives included.
template <typename Holds>
bool some_filter(const ActivityFilter& filter, const Holds& holds) {
    return holds(filter) || std::any_of(filter.any_of.begin(), filter.any_of.end(),
                                        [&](const ActivityFilter& alternative) {
                                            return some_filter(alternative, holds);
                                        });
}

template <typename Holds>
bool some_filter(const Criterion& criterion, const Holds& holds) {
    return some_filter(criterion.filter, holds) ||
           std::any_of(criterion.children.begin(), criterion.children.end(),
                       [&](const Criterion& child) { return some_filter(child, holds); });
}

template <typename Holds>
bool some_filter(const std::vector<Rule>& rules, const Holds& holds) {
    return std::any_of(rules.begin(), rules.end(),
                       [&](const Rule& rule) { return some_filter(rule.criteria, holds); });
}

}  // namespace

std::string source_id(const CountSource& source) {
    if (const auto* kind = std::get_if<ActivityKind>(&source)) {
        return std::string(activity_kind_id(*kind));
    }
    return std::string(evidence_type_id(std::get<EvidenceType>(source)));
}

std::string_view criterion_type_id(CriterionType type) {
    return kCriterionTypeIds.name(type);
}

const Rule* RuleSet::find(std::string_view id) const {
    for (const Rule& rule : rules) {
        if (rule.id == id) {
            return &rule;
        }
    }
    return nullptr;
}

const Rule* RuleSet::for_role(Role role) const {
    for (const Rule& rule : rules) {
        if (rule.role == role) {
            return &rule;
        }
    }
    return nullptr;
}

bool RuleSet::reads_states() const {
    return some_filter(rules, [](const ActivityFilter& filter) { return !filter.states.empty(); });
}

bool RuleSet::reads_comment_types() const {
    return some_filter(rules,
                       [](const ActivityFilter& filter) { return !filter.comment_types.empty(); });
}

std::vector<std::string> RuleSet::repositories() const {
    std::set<std::string> repos;
    for (const auto& [name, members] : groups) {
        repos.insert(members.begin(), members.end());
    }
    for (const Rule& rule : rules) {
        collect_repositories(rule.criteria, repos);
    }
    return {repos.begin(), repos.end()};
}

}  // namespace sigaudit
