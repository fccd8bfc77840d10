#include <algorithm>

#include <fmt/format.h>

#include "renderers.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/report/fetch_report.h"

namespace sigaudit::render_detail {
namespace {

std::string seconds_text(std::chrono::milliseconds elapsed) {
    return fmt::format("{:.1f} s", static_cast<double>(elapsed.count()) / 1000.0);
}

std::string size_text(std::uintmax_t bytes) {
    if (bytes >= (1u << 20)) {
        return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1u << 20));
    }
    return fmt::format("{:.1f} KiB", static_cast<double>(bytes) / (1u << 10));
}

}  // namespace

std::string render_fetch_text(const FetchSummary& summary, const RenderOptions& options) {
    const Style& style = options.style;
    const FetchStats& stats = summary.stats;
    std::int64_t inserted = 0;
    std::int64_t updated = 0;
    std::int64_t removed = 0;
    std::size_t width = 0;
    for (const SavedRepository& saved : summary.saved) {
        inserted += saved.inserted;
        updated += saved.updated;
        removed += saved.removed;
        width = std::max(width, saved.repo.size());
    }
    std::string out;
    for (const SavedRepository& saved : summary.saved) {
        out += fmt::format("  {:<{}}  {:>9} new  {:>9} updated", saved.repo, width,
                           grouped(saved.inserted), grouped(saved.updated));
        out += saved.removed > 0 ? fmt::format("  {:>9} removed\n", grouped(saved.removed)) : "\n";
    }
    const int attempted = static_cast<int>(summary.saved.size() + stats.failures.size());
    const std::string headline = fmt::format("fetched {} of {} from {} in {}", summary.saved.size(),
                                             count_of(attempted, "repository", "repositories"),
                                             summary.api_url, seconds_text(summary.elapsed));
    out += style.paint(headline, stats.failures.empty() ? Tone::strong : Tone::error) + "\n";
    out += fmt::format("  items     {} new, {} updated{}\n", grouped(inserted), grouped(updated),
                       removed > 0 ? ", " + grouped(removed) + " removed" : "");
    out += fmt::format("  requests  {} ({} pages, {})\n", grouped(stats.requests),
                       grouped(stats.pages), count_of(stats.retries, "retry", "retries"));
    out += fmt::format("  store     {} ({})\n", summary.store_path, size_text(summary.store_bytes));
    out += render_fetch_warnings(summary, style);
    return out;
}

}  // namespace sigaudit::render_detail

namespace sigaudit {

std::string render_fetch_warnings(const FetchSummary& summary, const Style& style) {
    std::string out;
    auto warn = [&](const std::string& text) {
        out += style.paint("warning: " + text, Tone::warning) + "\n";
    };
    for (const SavedRepository& saved : summary.saved) {
        for (const auto& [list, count] : saved.future_dated) {
            warn(fmt::format(
                "{}: {} of its {} {} dated more than a day after now; kept, but the "
                "high-water mark stays before {}",
                saved.repo, count, list, count == 1 ? "is" : "are", count == 1 ? "it" : "them"));
        }
        for (const std::string& warning : saved.warnings) {
            warn(saved.repo + ": " + warning);
        }
    }
    return out;
}

}  // namespace sigaudit
