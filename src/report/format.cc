#include "sigaudit/report/format.h"

#include "sigaudit/common/strings.h"

namespace sigaudit {

std::string_view format_name(Format format) {
    for (const FormatInfo& info : kFormats) {
        if (info.format == format) {
            return info.name;
        }
    }
    return {};
}

std::optional<Format> parse_format(std::string_view name) {
    for (const FormatInfo& info : kFormats) {
        if (iequals(info.name, name)) {
            return info.format;
        }
    }
    return std::nullopt;
}

}  // namespace sigaudit
