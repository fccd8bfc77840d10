#include "store_sync.h"

#include <unistd.h>
#include <cstdio>
#include <filesystem>

namespace sigaudit {
namespace {

using Clock = std::chrono::steady_clock;

// Hands each finished repository to the store and narrates on stderr.
class StoreWriter : public FetchObserver {
  public:
    StoreWriter(Store& store, FetchSummary& summary, int total, bool live, bool verbose)
        : store_(store), summary_(summary), total_(total), live_(live), verbose_(verbose) {}
    ~StoreWriter() override { clear_line(); }

    void repository_fetched(FetchedRepository&& fetched) override {
        const Store::SaveSummary saved = store_.save(fetched);
        const auto items =
            static_cast<std::int64_t>(fetched.pulls.size() + fetched.pull_comments.size() +
                                      fetched.issues.size() + fetched.issue_comments.size());
        summary_.saved.push_back(
            SavedRepository{fetched.repo, items, saved.inserted, saved.updated});
    }

    void repository_failed(const FetchFailure&) override { ++failed_; }

    void request_finished(const RequestLog& log) override {
        if (verbose_) {
            clear_line();
            std::fputs(render_request_log(log).c_str(), stderr);
        }
    }

    void progress(const RepositoryProgress& progress) override {
        if (!live_) {
            return;
        }
        const int finished = static_cast<int>(summary_.saved.size()) + failed_;
        std::fprintf(stderr, "\r\033[K%s",
                     render_progress_line(progress, finished, total_).c_str());
        std::fflush(stderr);
        line_shown_ = true;
    }

  private:
    void clear_line() {
        if (line_shown_) {
            std::fputs("\r\033[K", stderr);
            line_shown_ = false;
        }
    }

    Store& store_;
    FetchSummary& summary_;
    int total_;
    bool live_;
    bool verbose_;
    int failed_ = 0;
    bool line_shown_ = false;
};

RepositoryPlan plan_for(const Store& store, const std::string& repo) {
    RepositoryPlan plan{repo, {}};
    for (std::size_t list = 0; list < kGiteeListCount; ++list) {
        plan.high_water[list] = store.high_water(repo, static_cast<GiteeList>(list));
    }
    return plan;
}

}  // namespace

FetchSummary sync_store(Store& store, const std::vector<std::string>& repos, const DataFlags& flags,
                        const DataSource& source) {
    FetchSummary summary;
    summary.api_url = source.api_url;
    summary.store_path = store.path();
    std::vector<RepositoryPlan> plans;
    for (const std::string& repo : repos) {
        plans.push_back(plan_for(store, repo));
    }
    const bool live = !flags.no_progress && ::isatty(STDERR_FILENO) == 1;
    const Clock::time_point started = Clock::now();
    {
        StoreWriter writer(store, summary, static_cast<int>(repos.size()), live, flags.verbose);
        summary.stats = fetch_repositories(plans, source.options, writer);
    }
    summary.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started);
    std::error_code error;
    summary.store_bytes = std::filesystem::file_size(store.path(), error);
    return summary;
}

}  // namespace sigaudit
