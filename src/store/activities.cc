// Store::activities: the stored rows turned into the activity model (docs/architecture.md).

#include <string>
#include <unordered_map>
#include <utility>

#include "labels.h"
#include "sigaudit/store/store.h"

namespace sigaudit {
namespace {

// Each query reads its table in id order: a plain scan, no sort. The
// repository condition is added with a unary plus (`+repo IN ...`) so that
// SQLite does not use the repository index and keeps the scan in id order.
// Item queries keep rows by deleted accounts (empty author): the comments on
// them still need their target author; they give no activity of their own.
constexpr const char* kPullsSql = R"sql(
SELECT repo, number, state, author, url, created_at, updated_at, merged_at
FROM pulls WHERE 1)sql";

constexpr const char* kIssuesSql = R"sql(
SELECT repo, number, state, author, url, created_at, updated_at, issue_type, labels
FROM issues WHERE 1)sql";

// Both comment queries give: repo, number, author, body, url, created_at,
// comment_type (issue comments have none).
constexpr const char* kPullCommentsSql = R"sql(
SELECT repo, pull_number, author, body, url, created_at, comment_type
FROM pull_comments WHERE author <> '')sql";

constexpr const char* kIssueCommentsSql = R"sql(
SELECT repo, issue_number, author, body, url, created_at, ''
FROM issue_comments WHERE author <> '')sql";

// "repo IN (?1, ?2, ...)" for `count` repositories; "1" (every row) for none.
std::string repos_in(std::size_t count) {
    if (count == 0) {
        return "1";
    }
    std::string condition = "repo IN (";
    for (std::size_t i = 1; i <= count; ++i) {
        condition += (i > 1 ? ", ?" : "?") + std::to_string(i);
    }
    return condition + ")";
}

sqlite::Statement prepare_for(sqlite::Database& db, const std::string& sql,
                              const std::vector<std::string>& repos) {
    sqlite::Statement query(db, sql);
    for (std::size_t i = 0; i < repos.size(); ++i) {
        query.bind(static_cast<int>(i + 1), repos[i]);
    }
    return query;
}

template <typename OnRow>
void for_each_row(sqlite::Database& db, const char* sql, const std::vector<std::string>& repos,
                  OnRow on_row) {
    sqlite::Statement query = prepare_for(
        db, std::string(sql) + " AND +" + repos_in(repos.size()) + " ORDER BY id", repos);
    while (query.step()) {
        on_row(query);
    }
}

// At most one activity per stored row of `repos`, two for a merged PR:
// reserving this spares the vector of activities its copies as it grows.
// Counting walks the repository index only.
std::size_t row_bound(sqlite::Database& db, const std::vector<std::string>& repos) {
    const std::pair<const char*, std::size_t> tables[] = {
        {"pulls", 2}, {"pull_comments", 1}, {"issues", 1}, {"issue_comments", 1}};
    std::size_t bound = 0;
    for (const auto& [table, per_row] : tables) {
        sqlite::Statement count = prepare_for(
            db, std::string("SELECT count(*) FROM ") + table + " WHERE " + repos_in(repos.size()),
            repos);
        bound += count.step() ? per_row * static_cast<std::size_t>(count.int64_at(0)) : 0;
    }
    return bound;
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
    activity.comment_type = row.text_at(6);
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
    out.reserve(row_bound(db, repos));
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
