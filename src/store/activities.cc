// Store::activities: the stored rows turned into DESIGN.md's activity model.

#include <algorithm>

#include "labels.h"
#include "sigaudit/store.h"

namespace sigaudit {
namespace {

// ?1 is the repository, or NULL for all of them. Rows by deleted accounts
// (empty author) are skipped here. The target author comes from a subquery
// rather than a join so that two stored rows with one (repo, number) can
// never duplicate a comment.
constexpr const char* kPullsSql = R"sql(
SELECT repo, number, state, author, url, created_at, merged_at
FROM pulls
WHERE author <> '' AND (?1 IS NULL OR repo = ?1)
ORDER BY repo, created_at, id)sql";

constexpr const char* kIssuesSql = R"sql(
SELECT repo, number, state, author, url, created_at, issue_type, labels
FROM issues
WHERE author <> '' AND (?1 IS NULL OR repo = ?1)
ORDER BY repo, created_at, id)sql";

// Both comment queries give: repo, number, author, body, url, created_at, target_author.
constexpr const char* kPullCommentsSql = R"sql(
SELECT c.repo, c.pull_number, c.author, c.body, c.url, c.created_at,
       coalesce((SELECT p.author FROM pulls p
                 WHERE p.repo = c.repo AND p.number = c.pull_number
                 ORDER BY p.updated_at DESC LIMIT 1), '')
FROM pull_comments c
WHERE c.author <> '' AND (?1 IS NULL OR c.repo = ?1)
ORDER BY c.repo, c.created_at, c.id)sql";

constexpr const char* kIssueCommentsSql = R"sql(
SELECT c.repo, c.issue_number, c.author, c.body, c.url, c.created_at,
       coalesce((SELECT i.author FROM issues i
                 WHERE i.repo = c.repo AND i.number = c.issue_number
                 ORDER BY i.updated_at DESC LIMIT 1), '')
FROM issue_comments c
WHERE c.author <> '' AND (?1 IS NULL OR c.repo = ?1)
ORDER BY c.repo, c.created_at, c.id)sql";

template <typename OnRow>
void for_each_row(sqlite::Database& db, const char* sql, const std::optional<std::string>& repo,
                  OnRow on_row) {
    sqlite::Statement query(db, sql);
    query.bind_all(repo);
    while (query.step()) {
        on_row(query);
    }
}

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
    const std::optional<Instant> merged_at = row.optional_int64_at(6);
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
    activity.issue_type = row.text_at(6);
    activity.labels = store_detail::split_labels(row.text_at(7));
    return activity;
}

Activity comment_activity(ActivityKind kind, const sqlite::Statement& row) {
    Activity activity;
    activity.kind = kind;
    activity.repo = row.text_at(0);
    activity.number = row.text_at(1);
    activity.login = row.text_at(2);
    activity.url = row.text_at(4);
    activity.time = row.int64_at(5);
    activity.target_author = row.text_at(6);
    if (std::optional<std::string> command = command_word(row.text_at(3))) {
        activity.is_command = true;
        activity.command = std::move(*command);
    }
    return activity;
}

}  // namespace

std::vector<Activity> Store::activities(const std::vector<std::string>& repos) const {
    std::vector<Activity> out;
    if (repos.empty()) {
        append_activities(std::nullopt, out);
        return out;
    }
    // A repository named twice must not count twice.
    std::vector<std::string> unique = repos;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    for (const std::string& repo : unique) {
        append_activities(repo, out);
    }
    return out;
}

void Store::append_activities(const std::optional<std::string>& repo,
                              std::vector<Activity>& out) const {
    sqlite::Database& db = *db_;
    for_each_row(db, kPullsSql, repo, [&](const sqlite::Statement& row) { append_pull(row, out); });
    for_each_row(db, kPullCommentsSql, repo, [&](const sqlite::Statement& row) {
        out.push_back(comment_activity(ActivityKind::pr_comment, row));
    });
    for_each_row(db, kIssuesSql, repo,
                 [&](const sqlite::Statement& row) { out.push_back(issue_activity(row)); });
    for_each_row(db, kIssueCommentsSql, repo, [&](const sqlite::Statement& row) {
        out.push_back(comment_activity(ActivityKind::issue_comment, row));
    });
}

}  // namespace sigaudit
