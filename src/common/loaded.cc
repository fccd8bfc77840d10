#include "sigaudit/common/loaded.h"

#include <algorithm>

namespace sigaudit {

void settle_findings(std::vector<Diagnostic>& diagnostics, std::span<const TextFile> files) {
    sort_diagnostics(diagnostics);
    const auto same = [](const Diagnostic& a, const Diagnostic& b) {
        return a.code == b.code && a.message == b.message && a.where.file == b.where.file &&
               a.where.line == b.where.line && a.where.column == b.where.column;
    };
    diagnostics.erase(std::unique(diagnostics.begin(), diagnostics.end(), same), diagnostics.end());
    for (const TextFile& file : files) {
        attach_snippets(diagnostics, file);
    }
}

}  // namespace sigaudit
