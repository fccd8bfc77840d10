// Store::status: what `sigaudit store status` shows, per repository and list.

#include <set>
#include <string>

#include "sigaudit/store/store.h"

namespace sigaudit {
namespace {

std::set<std::string> known_repositories(sqlite::Database& db) {
    std::set<std::string> repos;
    sqlite::Statement query(db, R"sql(
SELECT repo FROM repo_sync UNION SELECT repo FROM sync_state
UNION SELECT repo FROM pulls UNION SELECT repo FROM pull_comments
UNION SELECT repo FROM issues UNION SELECT repo FROM issue_comments)sql");
    while (query.step()) {
        repos.insert(query.text_at(0));
    }
    return repos;
}

std::int64_t count_where(sqlite::Database& db, const std::string& sql, const std::string& repo,
                         Instant after) {
    sqlite::Statement query(db, sql);
    query.bind_all(repo, after);
    return query.step() ? query.int64_at(0) : 0;
}

}  // namespace

std::vector<Store::RepositoryStatus> Store::status() const {
    std::vector<RepositoryStatus> out;
    for (const std::string& repo : known_repositories(*db_)) {
        RepositoryStatus status;
        status.repo = repo;
        sqlite::Statement sync(*db_,
                               "SELECT synced_at, full_synced_at FROM repo_sync WHERE repo = ?1");
        sync.bind_all(repo);
        if (sync.step()) {
            status.synced_at = sync.int64_at(0);
            status.full_synced_at = sync.optional_int64_at(1);
        }
        const Counts items = counts(repo);
        const std::int64_t per_list[] = {items.pulls, items.pull_comments, items.issues,
                                         items.issue_comments};
        for (const GiteeListInfo& info : kGiteeLists) {
            ListStatus& list = status.lists[static_cast<std::size_t>(info.list)];
            list.list = info.list;
            const std::string table(info.id);
            list.items = per_list[static_cast<std::size_t>(info.list)];
            list.high_water = high_water(repo, info.list);
            if (status.synced_at) {
                list.future_dated = count_where(
                    *db_, "SELECT count(*) FROM " + table + " WHERE repo = ?1 AND updated_at > ?2",
                    repo, *status.synced_at + kClockSlack);
            }
        }
        out.push_back(std::move(status));
    }
    return out;
}

}  // namespace sigaudit
