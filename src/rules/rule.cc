#include "sigaudit/rule.h"

#include "sigaudit/enum_names.h"

namespace sigaudit {

namespace {
constexpr EnumNames<CriterionType, 6> kCriterionTypeIds({{{CriterionType::all, "all"},
                                                          {CriterionType::any, "any"},
                                                          {CriterionType::count, "count"},
                                                          {CriterionType::sum, "sum"},
                                                          {CriterionType::window, "window"},
                                                          {CriterionType::meets, "meets"}}});
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

}  // namespace sigaudit
