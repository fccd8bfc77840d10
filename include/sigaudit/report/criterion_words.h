#pragma once

#include <string>

#include "sigaudit/rules/result.h"

namespace sigaudit {

// What a criterion still lacks, in words, from its result: "1 more PR
// comment on someone else's PR in mindspore/mindspore or mindspore/models",
// "2 more of the 3 criteria", "a run of 2 consecutive months meeting both
// criteria; best run so far 2026-05..2026-06", "meet the excellent-developer
// criteria first". Empty when it passed.
std::string describe_missing(const CriterionResult& result);

}  // namespace sigaudit
