#include "sigaudit/rule.h"

namespace sigaudit {

std::string source_id(const CountSource& source) {
    if (const auto* kind = std::get_if<ActivityKind>(&source)) {
        return std::string(activity_kind_id(*kind));
    }
    return std::string(evidence_type_id(std::get<EvidenceType>(source)));
}

std::string_view criterion_type_id(CriterionType type) {
    switch (type) {
        case CriterionType::all:
            return "all";
        case CriterionType::any:
            return "any";
        case CriterionType::count:
            return "count";
        case CriterionType::sum:
            return "sum";
        case CriterionType::window:
            return "window";
        case CriterionType::meets:
            return "meets";
    }
    return "all";
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
