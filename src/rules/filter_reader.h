#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "rule_records.h"
#include "sigaudit/common/yaml_reader.h"
#include "sigaudit/rules/rule.h"

namespace sigaudit {

// The keys that choose which activities a count takes; an `any_of`
// alternative may use these and nothing else.
inline constexpr std::string_view kFilterKeys[] = {"repos",     "state",    "issue_type",  "labels",
                                                   "on_others", "commands", "comment_type"};

// Reads the filter keys among `fields` (those of kFilterKeys, and any_of)
// for a count of `source`: nothing when the kind is unknown, and then no key
// is judged against it. Keys that `source` never matches are reported
// (rule-bad-filter) and left out. The groups that `repos` names are added to
// `group_refs` for the checker; `filter.repos` stays empty until they are expanded.
ActivityFilter read_filter(YamlReader& reader, const Fields& fields,
                           const std::optional<CountSource>& source,
                           std::vector<NameRef>& group_refs);

// Reads `distinct:` for a count of `source`.
Distinct read_distinct(YamlReader& reader, const Field& field,
                       const std::optional<CountSource>& source);

}  // namespace sigaudit
