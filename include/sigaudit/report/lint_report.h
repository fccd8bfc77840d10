#pragma once

#include <string>
#include <vector>

#include "sigaudit/common/loaded.h"
#include "sigaudit/report/style.h"
#include "sigaudit/roster/roster.h"

namespace sigaudit {

// One file `sigaudit lint` read: its path, and what loading it gave.
struct LintedFile {
    std::string path;
    Loaded<Roster> roster;
};

struct LintTextOptions {
    bool quiet = false;  // findings only: no source lines, no per-file summary
};

// Compiler-style findings ("file:line:col: error: message [code]") with the
// source line and a caret, then a summary line per file.
std::string render_lint_text(const std::vector<LintedFile>& files, const Style& style,
                             const LintTextOptions& options);

// The `sigaudit/lint@1` document.
std::string render_lint_json(const std::vector<LintedFile>& files);

}  // namespace sigaudit
