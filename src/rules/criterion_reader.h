#pragma once

#include <optional>

#include "rule_records.h"
#include "sigaudit/common/yaml_reader.h"
#include "sigaudit/rules/rule.h"

namespace sigaudit {

// How deep criteria may nest. Real rules use four levels; the cap keeps
// hostile or aliased input from recursing without end.
inline constexpr int kMaxCriterionDepth = 32;

// Reads a rule's `criteria:` — a list, which becomes an implicit `all` whose
// id is the rule's, or one criterion — into a tree, reporting every problem
// at its node. Criterion ids are checked unique within the rule; the groups
// and rules the criteria name are added to `record` for the cross-file checks.
// Nothing comes back when the root itself cannot be read.
std::optional<Criterion> read_rule_criteria(YamlReader& reader, const Field& field,
                                            RuleRecord& record);

// Whether `id` is kebab-case: lower-case letters, digits and '-'.
bool is_kebab_id(std::string_view id);

}  // namespace sigaudit
