#include "sigaudit/cli/terminal.h"

#include <unistd.h>

namespace sigaudit {

Terminal Terminal::standard(bool no_color) {
    return Terminal(Stream{stdout, nullptr, ::isatty(STDOUT_FILENO) == 1},
                    Stream{stderr, nullptr, ::isatty(STDERR_FILENO) == 1}, no_color);
}

Terminal Terminal::buffers(std::string& out, std::string& err, bool out_is_terminal,
                           bool err_is_terminal) {
    return Terminal(Stream{nullptr, &out, out_is_terminal}, Stream{nullptr, &err, err_is_terminal},
                    false);
}

void Terminal::Stream::write(std::string_view text) const {
    if (buffer != nullptr) {
        buffer->append(text);
        return;
    }
    std::fwrite(text.data(), 1, text.size(), file);
    std::fflush(file);
}

void Terminal::print(std::string_view text) {
    out_.write(text);
}

void Terminal::print_error(std::string_view text) {
    clear_status();
    err_.write(text);
}

bool Terminal::use_color(ColorMode mode, bool is_terminal) const {
    if (no_color_ || mode == ColorMode::never) {
        return false;
    }
    return mode == ColorMode::always || is_terminal;
}

void Terminal::show_status(std::string_view line) {
    if (!err_.is_terminal) {
        return;
    }
    err_.write("\r\033[K");
    err_.write(line);
    status_shown_ = true;
}

void Terminal::clear_status() {
    if (status_shown_) {
        status_shown_ = false;
        err_.write("\r\033[K");
    }
}

}  // namespace sigaudit
