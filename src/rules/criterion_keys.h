#pragma once

// The vocabulary of a criterion: which key names its type, which keys each
// type takes, and what a count may count. Private to src/rules.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sigaudit/common/yaml_reader.h"
#include "sigaudit/rules/rule.h"

namespace sigaudit {

// The keys every criterion may have, whatever its type.
inline constexpr std::string_view kCommonKeys[] = {"id", "description", "optional", "confirm"};

// Each criterion names what it checks with exactly one of these keys.
struct TypeSpec {
    std::string_view key;
    CriterionType type;
    KeyList own_keys;  // the keys only this type takes, beside its type key
};

// Every criterion type, each with the key that names it.
std::span<const TypeSpec> type_specs();
// Whether `keys` holds `key`.
bool lists_key(KeyList keys, std::string_view key);
// The type a key names ("count", "window_months"), or none.
const TypeSpec* spec_for_key(std::string_view key);
// Every key a criterion may have, whatever its type: the reader's list of
// known keys, so that a key of another type is "misplaced", not "unknown".
KeyList criterion_keys();
// "all, any, count, sum, window_months or meets".
std::string type_keys_in_words();
// Every name a count may count, activity kinds first.
std::vector<std::string_view> count_source_ids();
std::optional<CountSource> source_from_id(std::string_view id);

}  // namespace sigaudit
