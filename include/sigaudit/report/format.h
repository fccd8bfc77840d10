#pragma once

#include <array>
#include <string_view>

namespace sigaudit {

// The output formats, described once: the flags and their help read kFormats.
enum class Format { text, markdown, json };

struct FormatInfo {
    Format format;
    std::string_view name;  // as --format takes it
};

inline constexpr std::array<FormatInfo, 3> kFormats = {{
    {Format::text, "text"},          // for a terminal
    {Format::markdown, "markdown"},  // for a pull request comment or a wiki page
    {Format::json, "json"},          // for machines; versioned schemas
}};

std::string_view format_name(Format format);

}  // namespace sigaudit
