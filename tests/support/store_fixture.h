#pragma once

// A real sigaudit store written by the tests through sigaudit's own Store,
// as a fetch would leave it, and a fixture that runs the real binary over it
// offline with a ledger. For tests of what reports make of given data.

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "sigaudit/store/store.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace sigaudit::testing {

// 2026-05-04T10:00:00+08:00, and one hour per step after it.
inline constexpr Instant kMay = 1777860000;

inline std::string gitee_url(const std::string& repo, const std::string& path) {
    return "https://gitee.com/" + repo + "/" + path;
}

// A store written through sigaudit's own Store, as a fetch would leave it.
class StoreBuilder {
  public:
    explicit StoreBuilder(std::string path) : path_(std::move(path)) {}

    void merged_pr(const std::string& repo, std::int64_t number, const std::string& author) {
        PullRecord pull;
        pull.id = next_id_++;
        pull.repo = repo;
        pull.number = number;
        pull.state = "merged";
        pull.author = author;
        pull.title = "Change " + std::to_string(number);
        pull.created_at = kMay + pull.id * 3600;
        pull.updated_at = pull.created_at;
        pull.merged_at = pull.created_at;
        pull.url = gitee_url(repo, "pulls/" + std::to_string(number));
        pulls_[repo].push_back(pull);
    }

    // The link of the last PR added to `repo`: an API answer can hold any text there.
    void set_last_pull_url(const std::string& repo, std::string url) {
        pulls_[repo].back().url = std::move(url);
    }

    void open_pr(const std::string& repo, std::int64_t number, const std::string& author) {
        merged_pr(repo, number, author);
        PullRecord& pull = pulls_[repo].back();
        pull.state = "open";
        pull.merged_at.reset();
    }

    void pr_comment(const std::string& repo, std::int64_t number, const std::string& author,
                    const std::string& type) {
        PullCommentRecord comment;
        comment.id = next_id_++;
        comment.repo = repo;
        comment.pull_number = number;
        comment.author = author;
        comment.body = "please rename this variable";
        comment.comment_type = type;
        comment.created_at = kMay + comment.id * 3600;
        comment.updated_at = comment.created_at;
        comment.url = gitee_url(
            repo, "pulls/" + std::to_string(number) + "#note_" + std::to_string(comment.id));
        pull_comments_[repo].push_back(comment);
    }

    void issue(const std::string& repo, const std::string& number, const std::string& author) {
        IssueRecord issue;
        issue.id = next_id_++;
        issue.repo = repo;
        issue.number = number;
        issue.state = "open";
        issue.issue_type = "任务";
        issue.author = author;
        issue.created_at = kMay;
        issue.updated_at = kMay;
        issue.url = gitee_url(repo, "issues/" + number);
        issues_[repo].push_back(issue);
    }

    void issue_comment(const std::string& repo, const std::string& number,
                       const std::string& author, const std::string& body) {
        IssueCommentRecord comment;
        comment.id = next_id_++;
        comment.repo = repo;
        comment.issue_number = number;
        comment.author = author;
        comment.body = body;
        // All in May 2026: one two-month window holds them.
        comment.created_at = kMay + comment.id * 3600;
        comment.updated_at = comment.created_at;
        comment.url = gitee_url(repo, "issues/" + number + "#note_" + std::to_string(comment.id));
        issue_comments_[repo].push_back(comment);
    }

    void write() const {
        Store store = Store::open(path_);
        std::set<std::string> repos(fetched_repos_.begin(), fetched_repos_.end());
        collect_repos(pulls_, repos);
        collect_repos(pull_comments_, repos);
        collect_repos(issues_, repos);
        collect_repos(issue_comments_, repos);
        const Instant fetched_at = std::chrono::duration_cast<std::chrono::seconds>(
                                       std::chrono::system_clock::now().time_since_epoch())
                                       .count();
        for (const std::string& repo : repos) {
            Store::Sync sync = store.begin_sync(repo);
            upsert_all(sync, pulls_, repo);
            upsert_all(sync, pull_comments_, repo);
            upsert_all(sync, issues_, repo);
            upsert_all(sync, issue_comments_, repo);
            for (sigaudit::GiteeList list : marked_lists_) {
                sync.set_high_water(list, kMay + next_id_ * 3600);
            }
            if (std::find(unfetched_.begin(), unfetched_.end(), repo) == unfetched_.end()) {
                sync.mark_synced(fetched_at);
            }
            sync.commit();
        }
    }

    // The lists a fetch has marked as read up to their newest item.
    std::vector<sigaudit::GiteeList> marked_lists_ = {
        sigaudit::GiteeList::pulls, sigaudit::GiteeList::pull_comments, sigaudit::GiteeList::issues,
        sigaudit::GiteeList::issue_comments};
    // Repositories fetched completely, with or without items: by default
    // every one the shipped rules read.
    std::vector<std::string> fetched_repos_ = {
        "mindspore/mindspore",   "mindspore/models",       "mindspore/docs",
        "mindspore/tutorials",   "mindspore/mindarmour",   "mindspore/mindscience",
        "mindspore/mindquantum", "mindspore/golden-stick", "mindspore/mindinsight"};
    // Repositories whose fetch never completed, though they hold rows.
    std::vector<std::string> unfetched_;

  private:
    template <typename Map>
    static void collect_repos(const Map& records, std::set<std::string>& repos) {
        for (const auto& [repo, _] : records) {
            repos.insert(repo);
        }
    }

    template <typename Map>
    static void upsert_all(Store::Sync& sync, const Map& records, const std::string& repo) {
        if (const auto it = records.find(repo); it != records.end()) {
            for (const auto& record : it->second) {
                sync.upsert(record);
            }
        }
    }

    std::string path_;
    std::int64_t next_id_ = 1;
    std::map<std::string, std::vector<PullRecord>> pulls_;
    std::map<std::string, std::vector<PullCommentRecord>> pull_comments_;
    std::map<std::string, std::vector<IssueRecord>> issues_;
    std::map<std::string, std::vector<IssueCommentRecord>> issue_comments_;
};

struct StoreFixture {
    TempDir dir;
    std::string store = (dir.path() / "gitee.db").string();
    StoreBuilder data{store};
    std::string ledger_text = "evidence:\n";

    void ledger(const std::string& entry) { ledger_text += entry; }

    ProcessResult run(std::vector<std::string> args) {
        // Each run reads the data as now described, in a store written afresh.
        for (const char* suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(store + suffix);
        }
        data.write();
        const std::string ledger_path = dir.write("evidence.yaml", ledger_text);
        args.insert(args.end(), {"--offline", "--store", store, "--evidence", ledger_path});
        if (std::find(args.begin(), args.end(), "--as-of") == args.end()) {
            args.insert(args.end(), {"--as-of", "2026-06-30"});
        }
        return run_sigaudit(args, {{"NO_COLOR", "1"}});
    }
};

}  // namespace sigaudit::testing
