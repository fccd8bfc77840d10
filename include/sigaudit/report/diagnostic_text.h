#pragma once

#include <string>
#include <vector>

#include "sigaudit/common/diagnostic.h"
#include "sigaudit/report/style.h"

namespace sigaudit {

// Appends a compiler-style line, "file:line:col: error: message [code]", and
// unless `quiet` the source line with a caret under the column.
void render_diagnostic(std::string& out, const Diagnostic& diagnostic, const Style& style,
                       bool quiet);

// "ok", "2 errors", "ok, 1 warning": the verdict on a set of findings.
std::string render_verdict(const std::vector<Diagnostic>& diagnostics, const Style& style);

}  // namespace sigaudit
