#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace sigaudit {

// The output formats, described once: the flags, their help and every
// renderer lookup read kFormats.
enum class Format { text, markdown, json };

struct FormatInfo {
    Format format;
    std::string_view name;         // as --format takes it
    std::string_view description;  // for --help
};

inline constexpr std::array<FormatInfo, 3> kFormats = {{
    {Format::text, "text", "for a terminal"},
    {Format::markdown, "markdown", "for a pull request comment or a wiki page"},
    {Format::json, "json", "for machines; versioned schemas"},
}};

std::string_view format_name(Format format);
std::optional<Format> parse_format(std::string_view name);

}  // namespace sigaudit
