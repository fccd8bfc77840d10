#include "sigaudit/rules/rule.h"

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
