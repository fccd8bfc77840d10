#include "sigaudit/common/strings.h"

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

#include <fmt/format.h>

namespace sigaudit {

namespace {
char lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}
}  // namespace

std::string to_lower_ascii(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), lower);
    return out;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && is_space(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && is_space(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [](char x, char y) { return lower(x) == lower(y); });
}

bool istarts_with(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && iequals(text.substr(0, prefix.size()), prefix);
}

std::optional<std::string_view> likely_meant(std::string_view word,
                                             const std::vector<std::string_view>& known) {
    constexpr std::size_t kMaxTypoEdits = 2;
    std::optional<std::string_view> best;
    std::size_t best_distance = kMaxTypoEdits + 1;
    bool tie = false;
    for (std::string_view candidate : known) {
        // The length difference is a lower bound of the distance: a word far
        // longer than every candidate (a pasted paragraph) is no typo, and
        // measuring it fully would cost its length for every candidate.
        const std::size_t length_gap = word.size() > candidate.size()
                                           ? word.size() - candidate.size()
                                           : candidate.size() - word.size();
        if (length_gap > kMaxTypoEdits) {
            continue;
        }
        const std::size_t distance = edit_distance(word, candidate);
        if (distance < best_distance) {
            best = candidate;
            best_distance = distance;
            tie = false;
        } else if (distance == best_distance) {
            tie = true;
        }
    }
    // Two equally near words are no hint at all.
    return tie ? std::nullopt : best;
}

std::string unknown_word_hint(std::string_view word, const std::vector<std::string_view>& known,
                              std::string_view plural) {
    constexpr std::size_t kListedWords = 16;
    const std::string list = join_words(known, ", ");
    if (const auto meant = likely_meant(word, known)) {
        std::string hint = "did you mean '" + std::string(*meant) + "'?";
        if (known.size() <= kListedWords) {
            hint += " Known " + std::string(plural) + ": " + list;
        }
        return hint;
    }
    if (known.empty()) {
        return "no " + std::string(plural) + " are defined";
    }
    return "known " + std::string(plural) + ": " + list;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& known) {
    const auto meant = likely_meant(word, known);
    return meant ? "; did you mean '" + std::string(*meant) + "'?" : std::string();
}

std::string grouped(std::int64_t number) {
    const std::string digits = std::to_string(number < 0 ? -number : number);
    std::string out = number < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            out += ',';
        }
        out += digits[i];
    }
    return out;
}

std::string count_of(std::int64_t count, std::string_view singular, std::string_view plural_form) {
    std::string out = grouped(count) + ' ';
    if (count == 1) {
        return out.append(singular);
    }
    return plural_form.empty() ? out.append(singular).append("s") : out.append(plural_form);
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}

namespace {

// The code point of the UTF-8 sequence at `i` when it is a C1 control or a
// bidirectional control, with its length; 0 otherwise.
std::pair<char32_t, std::size_t> unsafe_sequence(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    if (byte(i) == 0xC2 && i + 1 < text.size() && byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9F) {
        return {byte(i + 1), 2};
    }
    if (byte(i) == 0xD8 && i + 1 < text.size() && byte(i + 1) == 0x9C) {
        return {0x061C, 2};
    }
    if (byte(i) == 0xE2 && i + 2 < text.size() && (byte(i + 1) == 0x80 || byte(i + 1) == 0x81)) {
        const char32_t point = 0x2000 + ((byte(i + 1) & 0x3F) << 6) + (byte(i + 2) & 0x3F);
        const bool bidi = point == 0x200E || point == 0x200F ||
                          (point >= 0x202A && point <= 0x202E) ||
                          (point >= 0x2066 && point <= 0x2069);
        if (bidi) {
            return {point, 3};
        }
    }
    return {0, 0};
}

}  // namespace

std::string escape_unsafe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
            out += fmt::format("\\x{:02x}", c);
            ++i;
            continue;
        }
        if (c >= 0x80) {
            if (const auto [point, length] = unsafe_sequence(text, i); length > 0) {
                out += point < 0x100 ? fmt::format("\\x{:02x}", static_cast<unsigned>(point))
                                     : fmt::format("\\u{:04x}", static_cast<unsigned>(point));
                i += length;
                continue;
            }
        }
        out += text[i];
        ++i;
    }
    return out;
}

}  // namespace sigaudit
