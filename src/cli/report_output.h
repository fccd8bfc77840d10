#pragma once

// Where a command's report goes: stdout, or with --output FILE that file,
// written whole. Private to src/cli.

#include <string>

#include "sigaudit/cli/deps.h"
#include "sigaudit/cli/flags.h"
#include "sigaudit/report/renderer.h"

namespace sigaudit {

// Writes `text` to `path` through a temporary file beside it, renamed over
// it once complete: a reader never sees half a report, and a failed write
// leaves what was there. Throws UsageError naming the path.
void write_whole_file(const std::string& path, const std::string& text);

// A line for the terminal when the report went to a file.
std::string written_line(const OutputFlags& output);

// The report in --format: on stdout, or, with --output FILE, in FILE (never
// coloured unless --color always) and one line on stdout saying so.
template <typename Report>
void print_report(const Report& report, const OutputFlags& output, Deps& deps) {
    if (output.file.empty()) {
        deps.terminal.print(render(report, output.format, render_options(output, deps.terminal)));
        return;
    }
    const RenderOptions to_file{Style(output.color == ColorMode::always), output.quiet};
    write_whole_file(output.file, render(report, output.format, to_file));
    deps.terminal.print(written_line(output));
}

}  // namespace sigaudit
