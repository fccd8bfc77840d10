#include "sigaudit/report/style.h"

namespace sigaudit {

std::string Style::paint(std::string_view text, Tone tone) const {
    if (!color_) {
        return std::string(text);
    }
    std::string_view code;
    switch (tone) {
        case Tone::error:
            code = "\x1b[1;31m";
            break;
        case Tone::warning:
            code = "\x1b[1;33m";
            break;
        case Tone::success:
            code = "\x1b[1;32m";
            break;
        case Tone::dim:
            code = "\x1b[2m";
            break;
        case Tone::strong:
            code = "\x1b[1m";
            break;
    }
    std::string out(code);
    out += text;
    out += "\x1b[0m";
    return out;
}

}  // namespace sigaudit
