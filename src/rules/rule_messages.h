#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sigaudit/common/diagnostic.h"

namespace sigaudit {

// "; did you mean 'date'?" when `word` is a likely typo of a word in `known`, else nothing.
std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& known);

// The tail of an "unknown X" message: "did you mean 'date'?" when `word` is a
// likely typo, else "known keys: a, b, c" (`plural` names the list).
std::string unknown_word_hint(std::string_view word, const std::vector<std::string_view>& known,
                              std::string_view plural);

// Where an earlier definition stands, as seen from a message about `file`:
// "line 12" in the same file, "other.yaml:12:3" in another.
std::string earlier_place(const SourceLocation& earlier, const std::string& file);

}  // namespace sigaudit
