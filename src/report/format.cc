#include "sigaudit/report/format.h"

namespace sigaudit {

std::string_view format_name(Format format) {
    for (const FormatInfo& info : kFormats) {
        if (info.format == format) {
            return info.name;
        }
    }
    return {};
}

}  // namespace sigaudit
