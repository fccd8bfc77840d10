#include "store_sync.h"

#include <algorithm>

#include <fmt/format.h>

#include "sigaudit/common/strings.h"
#include "sigaudit/report/fetch_report.h"

namespace sigaudit {
namespace {

using Clock = std::chrono::steady_clock;

// Hands each finished repository to the store and narrates on stderr.
class StoreWriter : public FetchObserver {
  public:
    StoreWriter(Store& store, FetchSummary& summary, int total, bool live, bool verbose,
                Terminal& terminal)
        : store_(store),
          summary_(summary),
          total_(total),
          live_(live),
          verbose_(verbose),
          terminal_(terminal) {}
    ~StoreWriter() override { terminal_.clear_status(); }

    void repository_fetched(FetchedRepository&& fetched) override {
        const Store::SaveSummary saved = store_.save(fetched);
        const auto items =
            static_cast<std::int64_t>(fetched.pulls.size() + fetched.pull_comments.size() +
                                      fetched.issues.size() + fetched.issue_comments.size());
        SavedRepository repository{fetched.repo, items, saved.inserted, saved.updated,
                                   saved.removed};
        for (const GiteeListInfo& info : kGiteeLists) {
            if (const auto count = fetched.future_dated[static_cast<std::size_t>(info.list)]) {
                repository.future_dated.emplace_back(std::string(info.label), count);
            }
        }
        repository.warnings = std::move(fetched.warnings);
        summary_.saved.push_back(std::move(repository));
    }

    void repository_failed(const FetchFailure&) override { ++failed_; }

    void request_finished(const RequestLog& log) override {
        if (verbose_) {
            terminal_.print_error(render_request_log(log));
        }
    }

    void progress(const RepositoryProgress& progress) override {
        if (live_) {
            const int finished = static_cast<int>(summary_.saved.size()) + failed_;
            terminal_.show_status(render_progress_line(progress, finished, total_));
        }
    }

  private:
    Store& store_;
    FetchSummary& summary_;
    int total_;
    bool live_;
    bool verbose_;
    Terminal& terminal_;
    int failed_ = 0;
};

// Each list since its high-water mark; with --full, none: from the start.
RepositoryPlan plan_for(const Store& store, const std::string& repo, bool full) {
    RepositoryPlan plan{repo, {}};
    for (const GiteeListInfo& info : kGiteeLists) {
        if (full) {
            break;
        }
        plan.high_water[static_cast<std::size_t>(info.list)] = store.high_water(repo, info.list);
    }
    return plan;
}

// Said once, before the first request: without a token Gitee serves few
// requests an hour, and a fetch that stops at the limit looks like an outage.
void warn_without_token(const DataSource& source, Terminal& terminal) {
    if (!source.token.empty()) {
        return;
    }
    const std::string where = source.token_source.starts_with('$')
                                  ? source.token_source + " is not set"
                                  : "the token file " + source.token_source + " is empty";
    terminal.print_error(
        "sigaudit: warning: no Gitee token (" + where +
        "): every request is anonymous, and Gitee allows anonymous clients far fewer requests; "
        "set GITEE_TOKEN (or SIGAUDIT_GITEE_TOKEN, --token-env NAME, --token-file FILE)\n");
}

}  // namespace

FetchSummary sync_store(Store& store, const std::vector<std::string>& repos, const DataFlags& flags,
                        const DataSource& source, Terminal& terminal) {
    FetchSummary summary;
    summary.api_url = source.api_url;
    summary.store_path = store.path();
    if (!flags.quiet) {
        warn_without_token(source, terminal);
    }
    std::vector<RepositoryPlan> plans;
    for (const std::string& repo : repos) {
        plans.push_back(plan_for(store, repo, flags.full));
    }
    const Clock::time_point started = Clock::now();
    {
        StoreWriter writer(store, summary, static_cast<int>(repos.size()),
                           !flags.no_progress && !flags.quiet, flags.verbose, terminal);
        summary.stats = fetch_repositories(plans, source.options, writer);
    }
    summary.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started);
    summary.store_bytes = static_cast<std::uintmax_t>(store.size_bytes());
    return summary;
}

namespace {

// "gitee.com" of "https://gitee.com/api/v5" (config.cc has refused an
// address with user:pass@ already).
std::string host_of(const std::string& url) {
    const std::size_t scheme = url.find("://");
    const std::size_t begin = scheme == std::string::npos ? 0 : scheme + 3;
    return url.substr(begin, url.find_first_of("/:?", begin) - begin);
}

// "cannot reach 127.0.0.1: Couldn't connect to server; 9 repositories not
// synced, each request tried 6 times over 15 s": when no repository got
// any answer, the cause is the host's, and is said once.
std::optional<std::string> unreachable_words(const FetchSummary& summary,
                                             const DataSource& source) {
    const std::vector<FetchFailure>& failures = summary.stats.failures;
    const bool all = !failures.empty() && summary.saved.empty() &&
                     std::all_of(failures.begin(), failures.end(),
                                 [](const FetchFailure& f) { return f.unreachable; });
    if (!all) {
        return std::nullopt;
    }
    const FetchFailure& first = failures.front();
    const auto seconds = (summary.elapsed.count() + 500) / 1000;
    return fmt::format(
        "cannot reach {}: {}; {} not synced, each request tried {} over {} s",
        host_of(source.api_url), first.cause,
        count_of(static_cast<std::int64_t>(failures.size()), "repository", "repositories"),
        count_of(first.tries, "time"), seconds);
}

}  // namespace

DataSourceError incomplete_sync(const FetchSummary& summary, const DataSource& source,
                                const std::string& consequence, const std::string& hint) {
    std::string lines;
    if (const auto unreachable = unreachable_words(summary, source)) {
        lines = *unreachable + "\n";
    } else {
        for (const FetchFailure& failure : summary.stats.failures) {
            lines += describe_fetch_failure(failure, source.token_source) + "\n";
        }
    }
    lines += consequence;
    while (!lines.empty() && lines.back() == '\n') {
        lines.pop_back();
    }
    return DataSourceError(lines, hint);
}

}  // namespace sigaudit
