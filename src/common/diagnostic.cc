#include "sigaudit/common/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace sigaudit {

std::string_view to_string(Severity severity) {
    return severity == Severity::error ? "error" : "warning";
}

Diagnostic make_error(std::string code, SourceLocation where, std::string message) {
    return Diagnostic{Severity::error, std::move(code), std::move(where), std::move(message), {}};
}

Diagnostic make_warning(std::string code, SourceLocation where, std::string message) {
    return Diagnostic{Severity::warning, std::move(code), std::move(where), std::move(message), {}};
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
    return count_severity(diagnostics, Severity::error) > 0;
}

int count_severity(const std::vector<Diagnostic>& diagnostics, Severity severity) {
    return static_cast<int>(
        std::count_if(diagnostics.begin(), diagnostics.end(),
                      [&](const Diagnostic& d) { return d.severity == severity; }));
}

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const auto& a, const auto& b) {
        return std::tie(a.where.file, a.where.line, a.where.column, a.code) <
               std::tie(b.where.file, b.where.line, b.where.column, b.code);
    });
}

InputError::InputError(Diagnostic diagnostic)
    : std::runtime_error(diagnostic.message), diagnostic_(std::move(diagnostic)) {}

}  // namespace sigaudit
