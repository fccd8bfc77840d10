#pragma once

// What the JSON renderers share. Private to src/report.

#include <nlohmann/json.hpp>

#include "sigaudit/common/diagnostic.h"

namespace sigaudit::render_detail {

// {"file", "line", "column", "severity", "code", "message"}: one finding,
// as `sigaudit/lint@1` and the audit's "roster_errors" list it.
nlohmann::ordered_json finding_json(const Diagnostic& d);

}  // namespace sigaudit::render_detail
