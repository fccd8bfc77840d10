#pragma once

#include <string>

#include "sigaudit/diagnostic.h"
#include "sigaudit/style.h"

namespace sigaudit {

// Appends a compiler-style line, "file:line:col: error: message [code]", and
// unless `quiet` the source line with a caret under the column.
void render_diagnostic(std::string& out, const Diagnostic& diagnostic, const Style& style,
                       bool quiet);

}  // namespace sigaudit
