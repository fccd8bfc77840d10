#pragma once

#include <string>
#include <vector>

#include "sigaudit/report/style.h"
#include "sigaudit/roster/roster_lint.h"

namespace sigaudit {

struct LintTextOptions {
    bool quiet = false;  // findings only: no source lines, no per-file summary
};

// Compiler-style findings ("file:line:col: error: message [code]") with the
// source line and a caret, then a summary line per file.
std::string render_lint_text(const std::vector<RosterLint>& files, const Style& style,
                             const LintTextOptions& options);

// The `sigaudit/lint@1` document.
std::string render_lint_json(const std::vector<RosterLint>& files);

}  // namespace sigaudit
