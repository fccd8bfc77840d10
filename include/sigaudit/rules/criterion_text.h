#pragma once

#include <cstdint>
#include <string>

#include "sigaudit/rules/rule.h"

namespace sigaudit {

// A criterion in plain words, from what it counts and how, for a SIG
// maintainer who never reads the rule file: "at least 5 merged PRs in sig
// (mindspore/models)". Describes this node only, not its children.
std::string describe_criterion(const Criterion& criterion);

// What a count counts, in words, singular when `count` is 1: "PR comments",
// "'meeting' entries in the evidence ledger".
std::string describe_source(const CountSource& source, std::int64_t count);

// What a count of comments does with commands (comments whose first
// non-blank character is '/'): "commands such as /retest not counted",
// "commands /lgtm and /approve counted, other commands not", "commands such
// as /assign counted too". Empty when `kind` is not a comment kind.
std::string command_policy(const ActivityFilter& filter, ActivityKind kind);

// "only line comments on the diff (diff_comment)"; empty when the count
// takes every comment type.
std::string comment_type_words(const ActivityFilter& filter);

// Both of the above, as one phrase: what every report says beside a comment
// count's own words, since those may not say it.
std::string counting_note(const ActivityFilter& filter, ActivityKind kind);

}  // namespace sigaudit
