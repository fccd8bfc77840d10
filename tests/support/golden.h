#pragma once

#include <string>

namespace sigaudit::testing {

// A comparison of some output with its expected copy in tests/golden/.
struct GoldenCheck {
    bool matches = false;
    std::string message;  // why not: the first line that differs, or the file is missing
};

// Compares `actual` with tests/golden/`name` byte for byte. With the
// environment variable SIGAUDIT_UPDATE_GOLDEN=1, writes `actual` there
// instead and reports a match: review the diff, then commit it.
GoldenCheck check_golden(const std::string& name, const std::string& actual);

}  // namespace sigaudit::testing
