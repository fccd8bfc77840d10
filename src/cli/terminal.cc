#include "sigaudit/cli/terminal.h"

#include <unistd.h>

#include <cctype>

#include "sigaudit/common/strings.h"

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

namespace {

// The length of the colour sequence (ESC [ digits and ';' m) at `at`, or 0.
std::size_t sgr_length(std::string_view text, std::size_t at) {
    if (text.compare(at, 2, "\x1b[") != 0) {
        return 0;
    }
    std::size_t end = at + 2;
    while (end < text.size() &&
           (std::isdigit(static_cast<unsigned char>(text[end])) != 0 || text[end] == ';')) {
        ++end;
    }
    return end < text.size() && text[end] == 'm' ? end + 1 - at : 0;
}

// Whatever a report quotes from its inputs, no byte of it reaches the
// terminal as a control: every escape sequence but colour (the styles'
// own, and harmless from anyone else), every other control character and
// every bidirectional override is shown escaped. One place, every command.
std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t plain = 0;
    for (std::size_t at = text.find('\x1b'); at != std::string_view::npos;
         at = text.find('\x1b', at + 1)) {
        if (const std::size_t length = sgr_length(text, at); length > 0) {
            out += escape_unsafe(text.substr(plain, at - plain));
            out += text.substr(at, length);
            plain = at + length;
            at = plain - 1;
        }
    }
    out += escape_unsafe(text.substr(plain));
    return out;
}

}  // namespace

void Terminal::print(std::string_view text) {
    out_.write(printable(text));
}

void Terminal::print_error(std::string_view text) {
    clear_status();
    err_.write(printable(text));
}

// An explicit --color wins over NO_COLOR, which only turns off the
// automatic choice (no-color.org: a flag given for one run overrides it).
bool Terminal::use_color(ColorMode mode, bool is_terminal) const {
    if (mode != ColorMode::automatic) {
        return mode == ColorMode::always;
    }
    return !no_color_ && is_terminal;
}

void Terminal::show_status(std::string_view line) {
    if (!err_.is_terminal) {
        return;
    }
    err_.write("\r\033[K");
    err_.write(printable(line));
    status_shown_ = true;
}

void Terminal::clear_status() {
    if (status_shown_) {
        status_shown_ = false;
        err_.write("\r\033[K");
    }
}

}  // namespace sigaudit
