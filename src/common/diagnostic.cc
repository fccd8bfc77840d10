#include "sigaudit/common/diagnostic.h"

#include <algorithm>
#include <tuple>

#include "sigaudit/common/errors.h"

namespace sigaudit {

Diagnostic make_diagnostic(Code code, SourceLocation where, std::string message) {
    return Diagnostic{code_severity(code), code, std::move(where), std::move(message), {}, {}};
}

std::string earlier_place(const SourceLocation& earlier, const std::string& file) {
    if (earlier.file == file) {
        return "line " + std::to_string(earlier.line);
    }
    return earlier.file + ":" + std::to_string(earlier.line) + ":" + std::to_string(earlier.column);
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
    return count_severity(diagnostics, Severity::error) > 0;
}

int count_severity(const std::vector<Diagnostic>& diagnostics, Severity severity) {
    std::int64_t count = 0;
    for (const Diagnostic& d : diagnostics) {
        count += d.severity == severity ? std::max<std::int64_t>(d.folded, 1) : 0;
    }
    return static_cast<int>(count);
}

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const auto& a, const auto& b) {
        // By name, not enum order: output keeps the order it has always had.
        const std::string_view code_a = code_name(a.code);
        const std::string_view code_b = code_name(b.code);
        // A file's summaries of findings not shown come after those shown.
        const bool folded_a = a.folded > 0;
        const bool folded_b = b.folded > 0;
        return std::tie(a.where.file, folded_a, a.where.line, a.where.column, code_a) <
               std::tie(b.where.file, folded_b, b.where.line, b.where.column, code_b);
    });
}

}  // namespace sigaudit
