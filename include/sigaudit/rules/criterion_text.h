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

}  // namespace sigaudit
