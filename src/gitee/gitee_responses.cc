#include <charconv>
#include <ctime>
#include <optional>
#include <utility>

#include <nlohmann/json.hpp>

#include "json_fields.h"
#include "sigaudit/common/redact.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/gitee/gitee_pages.h"

namespace sigaudit {

namespace {

constexpr std::size_t max_message_bytes = 200;

bool is_control(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte == 0x7f;
}

// Markup tags become spaces: a 502 page from the proxy reads as its text.
std::string without_tags(std::string_view html) {
    std::string text;
    bool in_tag = false;
    for (const char c : html) {
        if (c == '<' || c == '>') {
            in_tag = c == '<';
            text += ' ';
        } else if (!in_tag) {
            text += c;
        }
    }
    return text;
}

// One line for a message: control characters and runs of spaces become one
// space, and the result is cut on a UTF-8 character boundary.
std::string one_line(std::string_view text) {
    std::string line;
    for (const char c : trim(text)) {
        const char shown = is_control(c) ? ' ' : c;
        if (shown != ' ' || (!line.empty() && line.back() != ' ')) {
            line += shown;
        }
    }
    if (line.size() > max_message_bytes) {
        std::size_t end = max_message_bytes;
        while (end > 0 && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) {
            --end;
        }
        line.resize(end);
    }
    return std::string(trim(line));
}

// The `message` of a JSON error body; nothing when the body is anything else.
std::optional<std::string> json_message(std::string_view body) {
    if (gitee::json_nesting(body) > gitee::kMaxJsonDepth) {
        return std::nullopt;
    }
    try {
        const auto parsed = nlohmann::json::parse(body.begin(), body.end());
        const auto message = parsed.find("message");
        if (parsed.is_object() && message != parsed.end() && message->is_string()) {
            return message->get<std::string>();
        }
    } catch (const nlohmann::json::exception&) {
        // Not JSON (a proxy's HTML page): the caller shows an excerpt instead.
    }
    return std::nullopt;
}

}  // namespace

PageError::PageError(std::string endpoint, std::string what)
    : std::runtime_error(redact(endpoint) + ": " + what), endpoint_(redact(endpoint)) {}

std::optional<int> parse_total_page(std::string_view header_value) {
    const std::string_view digits = trim(header_value);
    int pages = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), pages);
    if (digits.empty() || error != std::errc() || end != digits.data() + digits.size() ||
        pages < 0) {
        return std::nullopt;
    }
    return pages;
}

std::optional<Instant> parse_http_date(std::string_view header_value) {
    if (header_value.size() != 29) {
        return std::nullopt;
    }
    const std::string text(header_value);
    std::tm fields{};
    // strptime reads month and day names in the C locale, which is the
    // process's: sigaudit never calls setlocale.
    const char* end = ::strptime(text.c_str(), "%a, %d %b %Y %H:%M:%S GMT", &fields);
    if (end == nullptr || *end != '\0') {
        return std::nullopt;
    }
    return static_cast<Instant>(::timegm(&fields));
}

std::string error_message_of(std::string_view body) {
    if (const auto message = json_message(body)) {
        return one_line(*message);
    }
    const bool is_markup = trim(body).starts_with('<');
    return one_line(is_markup ? without_tags(body) : std::string(body));
}

}  // namespace sigaudit
