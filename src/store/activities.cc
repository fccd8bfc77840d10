// Store::activities: the stored rows turned into DESIGN.md's activity model.

#include <string>
#include <unordered_map>
#include <utility>

#include "labels.h"
#include "sigaudit/store.h"

namespace sigaudit {
namespace {

// Each query reads its table in id order, a plain scan with no sort; the
// repository filter (`+repo`, so no index is used and the scan stays in id
// order) is appended when the caller names repositories. Item queries keep
// rows by deleted accounts (empty author): the comments on them still need
// their target author; they give no activity of their own.
constexpr const char* kPullsSql = R"sql(
SELECT repo, number, state, author, url, created_at, updated_at, merged_at
FROM pulls WHERE 1)sql";

constexpr const char* kIssuesSql = R"sql(
SELECT repo, number, state, author, url, created_at, updated_at, issue_type, labels
FROM issues WHERE 1)sql";

// Both comment queries give: repo, number, author, body, url, created_at.
constexpr const char* kPullCommentsSql = R"sql(
SELECT repo, pull_number, author, body, url, created_at
FROM pull_comments WHERE author <> '')sql";

constexpr const char* kIssueCommentsSql = R"sql(
SELECT repo, issue_number, author, body, url, created_at
FROM issue_comments WHERE author <> '')sql";

// " AND +repo IN (?1, ?2, ...)" for `count` repositories; nothing for none.
std::string repo_filter(std::size_t count) {
    if (count == 0) {
        return {};
    }
    std::string filter = " AND +repo IN (";
    for (std::size_t i = 1; i <= count; ++i) {
        filter += (i > 1 ? ", ?" : "?") + std::to_string(i);
    }
    return filter + ")";
}

template <typename OnRow>
void for_each_row(sqlite::Database& db, const char* sql, const std::vector<std::string>& repos,
                  OnRow on_row) {
    sqlite::Statement query(db, std::string(sql) + repo_filter(repos.size()) + " ORDER BY id");
    for (std::size_t i = 0; i < repos.size(); ++i) {
        query.bind(static_cast<int>(i + 1), repos[i]);
    }
    while (query.step()) {
        on_row(query);
    }
}

// At most one activity per stored row, two for a merged PR: reserving this
// spares the vector of activities its copies as it grows.
std::size_t row_bound(sqlite::Database& db) {
    sqlite::Statement count(
        db,
        "SELECT 2 * (SELECT count(*) FROM pulls) + (SELECT count(*) FROM issues) +"
        " (SELECT count(*) FROM pull_comments) +"
        " (SELECT count(*) FROM issue_comments)");
    return count.step() ? static_cast<std::size_t>(count.int64_at(0)) : 0;
}

// Who opened each PR or issue, for the comments on it: the author of the
// most recently updated row of (repo, number); a number stored twice, as when
// an item moved, takes the newer row. Keyed by repository, then by number,
// which is short enough to sit inside the node: a lookup per comment stays
// in cache.
class TargetAuthors {
  public:
    void remember(const sqlite::Statement& row) {
        Target target{row.int64_at(6), row.text_at(3)};
        auto& in_repo = by_repo_[row.text_at(0)];
        const auto [it, inserted] = in_repo.try_emplace(row.text_at(1), target);
        if (!inserted && target.updated >= it->second.updated) {
            it->second = std::move(target);
        }
    }
    std::string of(const std::string& repo, const std::string& number) const {
        const auto in_repo = by_repo_.find(repo);
        if (in_repo == by_repo_.end()) {
            return {};
        }
        const auto it = in_repo->second.find(number);
        return it == in_repo->second.end() ? std::string() : it->second.author;
    }

  private:
    struct Target {
        Instant updated;
        std::string author;
    };
    std::unordered_map<std::string, std::unordered_map<std::string, Target>> by_repo_;
};

// The columns every item query starts with: repo, number, state, author, url, created_at.
Activity item_activity(ActivityKind kind, const sqlite::Statement& row) {
    Activity activity;
    activity.kind = kind;
    activity.repo = row.text_at(0);
    activity.number = row.text_at(1);
    activity.state = row.text_at(2);
    activity.login = row.text_at(3);
    activity.url = row.text_at(4);
    activity.time = row.int64_at(5);
    return activity;
}

void append_pull(const sqlite::Statement& row, std::vector<Activity>& out) {
    Activity opened = item_activity(ActivityKind::pr_opened, row);
    const std::optional<Instant> merged_at = row.optional_int64_at(7);
    if (opened.state == "merged" && merged_at) {
        Activity merged = opened;
        merged.kind = ActivityKind::pr_merged;
        merged.time = *merged_at;
        out.push_back(std::move(opened));
        out.push_back(std::move(merged));
        return;
    }
    out.push_back(std::move(opened));
}

Activity issue_activity(const sqlite::Statement& row) {
    Activity activity = item_activity(ActivityKind::issue_opened, row);
    activity.issue_type = row.text_at(7);
    activity.labels = store_detail::split_labels(row.text_at(8));
    return activity;
}

Activity comment_activity(ActivityKind kind, const sqlite::Statement& row,
                          const TargetAuthors& targets) {
    Activity activity;
    activity.kind = kind;
    activity.repo = row.text_at(0);
    activity.number = row.text_at(1);
    activity.login = row.text_at(2);
    activity.url = row.text_at(4);
    activity.time = row.int64_at(5);
    activity.target_author = targets.of(activity.repo, activity.number);
    if (std::optional<std::string> command = command_word(row.text_at(3))) {
        activity.is_command = true;
        activity.command = std::move(*command);
    }
    return activity;
}

}  // namespace

std::vector<Activity> Store::activities(const std::vector<std::string>& repos) const {
    // A repository named twice must not count twice; IN takes care of that.
    sqlite::Database& db = *db_;
    std::vector<Activity> out;
    out.reserve(row_bound(db));
    TargetAuthors pull_authors;
    for_each_row(db, kPullsSql, repos, [&](const sqlite::Statement& row) {
        pull_authors.remember(row);
        if (!row.text_at(3).empty()) {
            append_pull(row, out);
        }
    });
    for_each_row(db, kPullCommentsSql, repos, [&](const sqlite::Statement& row) {
        out.push_back(comment_activity(ActivityKind::pr_comment, row, pull_authors));
    });
    TargetAuthors issue_authors;
    for_each_row(db, kIssuesSql, repos, [&](const sqlite::Statement& row) {
        issue_authors.remember(row);
        if (!row.text_at(3).empty()) {
            out.push_back(issue_activity(row));
        }
    });
    for_each_row(db, kIssueCommentsSql, repos, [&](const sqlite::Statement& row) {
        out.push_back(comment_activity(ActivityKind::issue_comment, row, issue_authors));
    });
    return out;
}

}  // namespace sigaudit
