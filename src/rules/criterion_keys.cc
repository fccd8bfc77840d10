#include "criterion_keys.h"

#include <algorithm>

#include "sigaudit/common/strings.h"

namespace sigaudit {

namespace {

// The keys only one criterion type takes, beside its type key.
constexpr std::string_view kCountKeys[] = {"repos",     "state",    "issue_type",   "labels",
                                           "on_others", "commands", "comment_type", "any_of",
                                           "distinct",  "at_least"};
constexpr std::string_view kSumKeys[] = {"at_least"};
constexpr std::string_view kWindowKeys[] = {"each_month", "in_window"};

constexpr TypeSpec kTypeSpecs[] = {
    {"all", CriterionType::all, {}},
    {"any", CriterionType::any, {}},
    {"count", CriterionType::count, kCountKeys},
    {"sum", CriterionType::sum, kSumKeys},
    {"window_months", CriterionType::window, kWindowKeys},
    {"meets", CriterionType::meets, {}},
};

}  // namespace

std::span<const TypeSpec> type_specs() {
    return kTypeSpecs;
}

bool lists_key(KeyList keys, std::string_view key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

const TypeSpec* spec_for_key(std::string_view key) {
    const auto* spec = std::find_if(std::begin(kTypeSpecs), std::end(kTypeSpecs),
                                    [&](const TypeSpec& s) { return s.key == key; });
    return spec == std::end(kTypeSpecs) ? nullptr : spec;
}

KeyList criterion_keys() {
    static const std::vector<std::string_view> keys = [] {
        std::vector<std::string_view> all(std::begin(kCommonKeys), std::end(kCommonKeys));
        for (const TypeSpec& spec : kTypeSpecs) {
            all.push_back(spec.key);
            for (std::string_view key : spec.own_keys) {
                if (!lists_key(all, key)) {
                    all.push_back(key);
                }
            }
        }
        return all;
    }();
    return keys;
}

std::string type_keys_in_words() {
    std::vector<std::string_view> keys;
    for (const TypeSpec& spec : kTypeSpecs) {
        keys.push_back(spec.key);
    }
    return join_words(keys);
}

std::vector<std::string_view> count_source_ids() {
    std::vector<std::string_view> ids;
    for (ActivityKind kind : kActivityKinds) {
        ids.push_back(activity_kind_id(kind));
    }
    for (EvidenceType type : kEvidenceTypes) {
        if (type != EvidenceType::confirmation) {
            ids.push_back(evidence_type_id(type));
        }
    }
    return ids;
}

std::optional<CountSource> source_from_id(std::string_view id) {
    if (const auto kind = activity_kind_from_id(id)) {
        return *kind;
    }
    // A confirmation clears a criterion's `confirm`; it is nothing to count.
    if (const auto type = evidence_type_from_id(id); type && type != EvidenceType::confirmation) {
        return *type;
    }
    return std::nullopt;
}

}  // namespace sigaudit
