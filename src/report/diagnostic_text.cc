#include "sigaudit/report/diagnostic_text.h"

#include <fmt/format.h>

#include "sigaudit/common/strings.h"

namespace sigaudit {

namespace {

std::string position(const SourceLocation& where) {
    if (where.line <= 0) {
        return where.file;
    }
    return fmt::format("{}:{}:{}", where.file, where.line, where.column);
}

// The caret keeps the line's tabs so it stands under the right character.
std::string caret_line(std::string_view snippet, int column) {
    std::string pad;
    int seen = 0;
    for (char c : snippet) {
        if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) {
            continue;
        }
        if (++seen >= column) {
            break;
        }
        pad += c == '\t' ? '\t' : ' ';
    }
    return pad + "^";
}

}  // namespace

void render_diagnostic(std::string& out, const Diagnostic& d, const Style& style, bool quiet) {
    const Tone tone = d.severity == Severity::error ? Tone::error : Tone::warning;
    out += fmt::format("{}: {} {} {}\n", style.paint(position(d.where), Tone::strong),
                       style.paint(fmt::format("{}:", to_string(d.severity)), tone), d.message,
                       style.paint(fmt::format("[{}]", code_name(d.code)), Tone::dim));
    if (quiet) {
        return;
    }
    const std::string gutter = fmt::format("{:>5}", d.where.line);
    const std::string blank(gutter.size(), ' ');
    if (!d.snippet.empty()) {
        out += fmt::format("{} | {}\n", style.paint(gutter, Tone::dim), d.snippet);
        out += fmt::format("{} | {}\n", blank,
                           style.paint(caret_line(d.snippet, d.where.column), tone));
    }
    if (!d.context.empty()) {
        std::vector<std::string> path;
        for (const ContextFrame& frame : d.context) {
            path.push_back(frame.what);
        }
        out += fmt::format("{} = {}\n", blank,
                           style.paint(fmt::format("in {}", fmt::join(path, " → ")), Tone::dim));
    }
}

std::string render_verdict(const std::vector<Diagnostic>& diagnostics, const Style& style) {
    const int errors = count_severity(diagnostics, Severity::error);
    const int warnings = count_severity(diagnostics, Severity::warning);
    std::string verdict = errors > 0 ? style.paint(count_of(errors, "error"), Tone::error)
                                     : style.paint("ok", Tone::success);
    if (warnings > 0) {
        verdict += ", " + style.paint(count_of(warnings, "warning"), Tone::warning);
    }
    return verdict;
}

}  // namespace sigaudit
