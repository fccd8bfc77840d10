#include "sigaudit/common/loaded.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "sigaudit/common/strings.h"

namespace sigaudit {

namespace {

// Past kMaxFindingsPerCode of one code in one file, the rest become one
// summary at the file, counted; settling again folds into that summary.
void fold_excess(std::vector<Diagnostic>& diagnostics) {
    std::map<std::pair<std::string, Code>, std::size_t> kept;
    std::map<std::pair<std::string, Code>, std::size_t> summary;
    std::vector<Diagnostic> out;
    for (Diagnostic& d : diagnostics) {
        const auto key = std::make_pair(d.where.file, d.code);
        if (d.folded == 0 && kept[key] < kMaxFindingsPerCode) {
            ++kept[key];
            out.push_back(std::move(d));
            continue;
        }
        const std::int64_t count = std::max<std::int64_t>(d.folded, 1);
        if (const auto found = summary.find(key); found != summary.end()) {
            out[found->second].folded += count;
            continue;
        }
        summary.emplace(key, out.size());
        Diagnostic folded = make_diagnostic(d.code, SourceLocation{d.where.file, 0, 0}, "");
        folded.folded = count;
        out.push_back(std::move(folded));
    }
    for (const auto& [key, at] : summary) {
        Diagnostic& d = out[at];
        d.message = fmt::format("and {} more like the {} above ({}), not shown", grouped(d.folded),
                                kMaxFindingsPerCode, code_name(d.code));
    }
    diagnostics = std::move(out);
}

}  // namespace

void settle_findings(std::vector<Diagnostic>& diagnostics, std::span<const TextFile> files) {
    sort_diagnostics(diagnostics);
    const auto same = [](const Diagnostic& a, const Diagnostic& b) {
        return a.code == b.code && a.message == b.message && a.where.file == b.where.file &&
               a.where.line == b.where.line && a.where.column == b.where.column;
    };
    diagnostics.erase(std::unique(diagnostics.begin(), diagnostics.end(), same), diagnostics.end());
    fold_excess(diagnostics);
    for (const TextFile& file : files) {
        attach_snippets(diagnostics, file);
    }
}

}  // namespace sigaudit
