#pragma once

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

#include "sigaudit/report/style.h"

namespace sigaudit {

enum class ColorMode { automatic, always, never };

// The one object that knows about the terminal: where output goes, whether
// each stream is a terminal, and what colour policy gives (gh's IOStreams,
// ninja's LinePrinter). Nobody else calls isatty or reads NO_COLOR.
class Terminal {
  public:
    // The process's stdout and stderr; `no_color` says NO_COLOR is set.
    static Terminal standard(bool no_color);
    // For tests: what is printed lands in `out` and `err`, which must
    // outlive the terminal; each stream is a terminal or not as told.
    static Terminal buffers(std::string& out, std::string& err, bool out_is_terminal = false,
                            bool err_is_terminal = false);

    void print(std::string_view text);        // stdout
    void print_error(std::string_view text);  // stderr

    bool out_is_terminal() const { return out_.is_terminal; }
    bool err_is_terminal() const { return err_.is_terminal; }

    // --color always and never are obeyed; automatic colours terminals only,
    // and not when NO_COLOR is set.
    Style out_style(ColorMode mode) const { return Style(use_color(mode, out_.is_terminal)); }
    Style err_style(ColorMode mode) const { return Style(use_color(mode, err_.is_terminal)); }

    // A line on stderr that the next one replaces: live progress. Only on a terminal.
    void show_status(std::string_view line);
    void clear_status();

  private:
    struct Stream {
        std::FILE* file = nullptr;      // the real stream, or
        std::string* buffer = nullptr;  // a test's buffer
        bool is_terminal = false;
        void write(std::string_view text) const;
    };
    Terminal(Stream out, Stream err, bool no_color) : out_(out), err_(err), no_color_(no_color) {}
    bool use_color(ColorMode mode, bool is_terminal) const;

    Stream out_;
    Stream err_;
    bool no_color_;
    bool status_shown_ = false;
};

}  // namespace sigaudit
