#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sigaudit/common/diagnostic_code.h"

namespace sigaudit {

// Where something stands in an input file. Lines and columns count from 1;
// 0 means the position is not known (e.g. a file that could not be opened).
struct SourceLocation {
    std::string file;
    int line = 0;
    int column = 0;
};

// One step of the path from a file to what a finding is about, outermost
// first: "rule 'reviewer'", then "criterion 'review-comments'".
struct ContextFrame {
    std::string what;
    SourceLocation where;
};

// One finding about an input file: a lint result, or the reason a file could
// not be used at all.
struct Diagnostic {
    Severity severity = Severity::error;
    Code code = Code::file_unreadable;
    SourceLocation where;
    std::string message;
    std::string snippet;                // the source line at `where`, when known
    std::vector<ContextFrame> context;  // empty when the position says it all
    // A summary standing for this many findings of its code in its file,
    // past the first kMaxFindingsPerCode, that are not kept (settle_findings).
    std::int64_t folded = 0;
};

// How many findings of one code in one file are kept: a file can hold a
// finding on each of a million lines, and a report of them all helps no one.
inline constexpr std::size_t kMaxFindingsPerCode = 100;

// The severity comes with the code: each code is an error or a warning.
Diagnostic make_diagnostic(Code code, SourceLocation where, std::string message);

// Where an earlier definition stands, as seen from a message about `file`:
// "line 12" in the same file, "other.yaml:12:3" in another.
std::string earlier_place(const SourceLocation& earlier, const std::string& file);

bool has_errors(const std::vector<Diagnostic>& diagnostics);
int count_severity(const std::vector<Diagnostic>& diagnostics, Severity severity);

// Orders by file, line, column, then code, so output is stable across runs.
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

}  // namespace sigaudit
