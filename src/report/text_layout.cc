#include <algorithm>

#include "render_parts.h"

namespace sigaudit::render_detail {

namespace {

// Decodes one UTF-8 sequence at `at`, advancing it; a stray byte stands for itself.
char32_t next_code_point(std::string_view text, std::size_t& at) {
    const auto lead = static_cast<unsigned char>(text[at++]);
    int extra = 0;
    char32_t value = lead;
    if (lead >= 0xF0 && lead < 0xF8) {
        extra = 3;
        value = lead & 0x07u;
    } else if (lead >= 0xE0) {
        extra = 2;
        value = lead & 0x0Fu;
    } else if (lead >= 0xC0) {
        extra = 1;
        value = lead & 0x1Fu;
    }
    for (int i = 0; i < extra && at < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[at]);
        if ((byte & 0xC0u) != 0x80u) {
            return lead;
        }
        value = (value << 6) | (byte & 0x3Fu);
        ++at;
    }
    return value;
}

bool is_zero_width(char32_t c) {
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x200B && c <= 0x200F) ||
           (c >= 0xFE00 && c <= 0xFE0F);
}

// East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth W/F), and
// the emoji blocks terminals draw two columns wide. Names in rosters are
// often Chinese; a table padded by bytes would fall apart.
bool is_wide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

}  // namespace

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    std::size_t at = 0;
    while (at < text.size()) {
        const char32_t c = next_code_point(text, at);
        width += is_zero_width(c) ? 0 : is_wide(c) ? 2 : 1;
    }
    return width;
}

std::string pad_right(std::string_view text, std::size_t width) {
    const std::size_t used = display_width(text);
    std::string out(text);
    out.append(used < width ? width - used : 0, ' ');
    return out;
}

std::string pad_center(std::string_view text, std::size_t width) {
    const std::size_t used = display_width(text);
    const std::size_t spare = used < width ? width - used : 0;
    std::string out(spare / 2, ' ');
    out += text;
    out.append(spare - spare / 2, ' ');
    return out;
}

std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t line_width = 0;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t start = text.find_first_not_of(' ', at);
        if (start == std::string_view::npos) {
            break;
        }
        const std::size_t end = std::min(text.find(' ', start), text.size());
        const std::string_view word = text.substr(start, end - start);
        const std::size_t word_width = display_width(word);
        // A word longer than the line (a URL) gets a line of its own, unbroken.
        if (!line.empty() && line_width + 1 + word_width > width) {
            lines.push_back(std::move(line));
            line.clear();
            line_width = 0;
        }
        if (!line.empty()) {
            line += ' ';
            ++line_width;
        }
        line += word;
        line_width += word_width;
        at = end;
    }
    if (!line.empty()) {
        lines.push_back(std::move(line));
    }
    return lines;
}

void append_wrapped(std::string& out, std::size_t indent, std::string_view text, const Style& style,
                    std::optional<Tone> tone, std::size_t hanging) {
    // Deep nesting must still leave room for a few words a line.
    constexpr std::size_t kNarrowest = 30;
    std::size_t pad = indent;
    for (const std::string& line : wrap_words(
             text, std::max(kNarrowest, kLineWidth - std::min(kLineWidth, indent + hanging)))) {
        out += std::string(pad, ' ') + (tone ? style.paint(line, *tone) : line) + "\n";
        pad = indent + hanging;
    }
}

std::string link_label(std::string_view url) {
    for (std::string_view scheme : {"https://", "http://"}) {
        if (url.starts_with(scheme)) {
            url.remove_prefix(scheme.size());
            break;
        }
    }
    if (url.starts_with("gitee.com/")) {
        url.remove_prefix(std::string_view("gitee.com/").size());
    }
    return std::string(url);
}

}  // namespace sigaudit::render_detail
