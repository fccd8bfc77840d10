#include <fmt/format.h>

#include "renderers.h"
#include "sigaudit/common/strings.h"

namespace sigaudit::render_detail {
namespace {

std::string when(const std::optional<Instant>& instant, UtcOffset zone, const char* never) {
    return instant ? format_timestamp(*instant, zone) : std::string(never);
}

std::string repository_text(const Store::RepositoryStatus& repo, UtcOffset zone,
                            const Style& style) {
    std::string out = style.paint(repo.repo, Tone::strong) + "\n";
    out += fmt::format("  synced     {}\n", when(repo.synced_at, zone, "never completely"));
    out += fmt::format("  full read  {}\n", when(repo.full_synced_at, zone, "never"));
    for (const Store::ListStatus& list : repo.lists) {
        const GiteeListInfo& info = gitee_list_info(list.list);
        out += fmt::format("  {:<22} {:>9} items  mark {}\n", info.label, grouped(list.items),
                           when(list.high_water, zone, "none"));
    }
    for (const Store::ListStatus& list : repo.lists) {
        if (list.future_dated > 0) {
            const bool one = list.future_dated == 1;
            out += style.paint(fmt::format("  warning: {} of its {} {} dated more than a day after "
                                           "the last sync, and the mark stays before {}; once "
                                           "Gitee dates {} right, `sigaudit fetch --full --repo "
                                           "{}` replaces {}",
                                           list.future_dated, gitee_list_info(list.list).label,
                                           one ? "is" : "are", one ? "it" : "them",
                                           one ? "it" : "them", repo.repo, one ? "it" : "them"),
                               Tone::warning) +
                   "\n";
        }
    }
    return out;
}

}  // namespace

std::string render_store_text(const StoreReport& report, const RenderOptions& options) {
    std::string out = fmt::format(
        "Store {} ({:.1f} MiB, {})\n", report.path, static_cast<double>(report.bytes) / (1 << 20),
        count_of(static_cast<int>(report.repositories.size()), "repository", "repositories"));
    for (const Store::RepositoryStatus& repo : report.repositories) {
        out += repository_text(repo, report.zone, options.style);
    }
    return out;
}

}  // namespace sigaudit::render_detail
