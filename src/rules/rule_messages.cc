#include "rule_messages.h"

#include <fmt/format.h>

#include "sigaudit/common/strings.h"

namespace sigaudit {

std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& known) {
    const auto meant = likely_meant(word, known);
    return meant ? fmt::format("; did you mean '{}'?", *meant) : std::string();
}

std::string unknown_word_hint(std::string_view word, const std::vector<std::string_view>& known,
                              std::string_view plural) {
    if (const auto meant = likely_meant(word, known)) {
        return fmt::format("did you mean '{}'?", *meant);
    }
    if (known.empty()) {
        return fmt::format("no {} are defined", plural);
    }
    return fmt::format("known {}: {}", plural, join_words(known, ", "));
}

std::string earlier_place(const SourceLocation& earlier, const std::string& file) {
    if (earlier.file == file) {
        return fmt::format("line {}", earlier.line);
    }
    return fmt::format("{}:{}:{}", earlier.file, earlier.line, earlier.column);
}

}  // namespace sigaudit
