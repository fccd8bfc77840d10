#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sigaudit {

std::string to_lower_ascii(std::string_view text);
std::string_view trim(std::string_view text);
// `text` with what could act on a terminal or disguise what is shown as
// visible escapes: C0 controls but tab and line feed, DEL, C1 controls and
// the bidirectional controls (U+061C, U+200E, U+200F, U+202A..U+202E,
// U+2066..U+2069) become "\x1b", "\u202e". The Terminal passes every byte
// a command prints through here (colour kept); YAML values and quoted source
// lines are also escaped where they are read. API strings are not: a
// comment body's "\r" must stay for command detection.
std::string escape_unsafe(std::string_view text);
bool iequals(std::string_view a, std::string_view b);
bool istarts_with(std::string_view text, std::string_view prefix);

// Levenshtein distance, for "did you mean" hints on short keys.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The word in `known` that `word` is most likely a typo of: the nearest one,
// at most two edits away, when no other is as near. Feeds "did you mean".
std::optional<std::string_view> likely_meant(std::string_view word,
                                             const std::vector<std::string_view>& known);

// The tail of an "unknown X" message: "did you mean 'date'? Known keys: a, b"
// when `word` is a likely typo, "known keys: a, b" when it is not (`plural`
// names the list). A list longer than a reader scans is left out after a
// likely typo.
std::string unknown_word_hint(std::string_view word, const std::vector<std::string_view>& known,
                              std::string_view plural);
// "; did you mean 'date'?" when `word` is a likely typo, else nothing.
std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& known);

// "12,345": counts in summaries are read at a glance.
std::string grouped(std::int64_t number);

// "1 error", "3 errors"; `plural_form` defaults to `singular` + "s".
std::string count_of(std::int64_t count, std::string_view singular,
                     std::string_view plural_form = {});

// The keys of a map with string keys, sorted: for stable report order.
template <typename Map>
std::vector<std::string> sorted_keys(const Map& map) {
    std::vector<std::string> keys;
    keys.reserve(map.size());
    for (const auto& entry : map) {
        keys.emplace_back(entry.first);
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

// Joins items as "a, b or c" for messages a person reads.
template <typename Range>
std::string join_words(const Range& items, std::string_view last_separator = " or ") {
    std::string out;
    std::size_t index = 0;
    const std::size_t size = std::size(items);
    for (const auto& item : items) {
        if (index > 0) {
            out += index + 1 == size ? last_separator : std::string_view(", ");
        }
        out += item;
        ++index;
    }
    return out;
}

}  // namespace sigaudit
