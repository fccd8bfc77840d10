#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace sigaudit {

// Where something stands in an input file. Lines and columns count from 1;
// 0 means the position is not known (e.g. a file that could not be opened).
struct SourceLocation {
    std::string file;
    int line = 0;
    int column = 0;
};

enum class Severity { error, warning };

std::string_view to_string(Severity severity);

// One finding about an input file: a lint result, or the reason a file could
// not be used at all.
struct Diagnostic {
    Severity severity = Severity::error;
    std::string code;  // stable kebab-case identifier; scripts match on it
    SourceLocation where;
    std::string message;
    std::string snippet;  // the source line at `where`, when known
};

Diagnostic make_error(std::string code, SourceLocation where, std::string message);
Diagnostic make_warning(std::string code, SourceLocation where, std::string message);

bool has_errors(const std::vector<Diagnostic>& diagnostics);
int count_severity(const std::vector<Diagnostic>& diagnostics, Severity severity);

// Orders by file, line, column, then code, so output is stable across runs.
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

// Thrown when an input file cannot be used at all: unreadable, too large,
// not text, or not YAML. Carries the diagnostic a user sees.
class InputError : public std::runtime_error {
  public:
    explicit InputError(Diagnostic diagnostic);
    const Diagnostic& diagnostic() const { return diagnostic_; }

  private:
    Diagnostic diagnostic_;
};

}  // namespace sigaudit
