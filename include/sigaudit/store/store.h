#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "sigaudit/activity/activity.h"
#include "sigaudit/activity/gitee_records.h"
#include "sigaudit/common/calendar.h"
#include "sigaudit/store/sqlite.h"

namespace sigaudit {

// What an upsert did: a row the store lacked, a newer version of one it had,
// or nothing (the same or an older version: pages overlap between fetches).
enum class UpsertOutcome { inserted, updated, unchanged };

// The local SQLite copy of what was fetched from Gitee (docs/architecture.md,
// "The store"). It knows nothing of HTTP or JSON: the gitee layer hands it
// records, the rule engine asks it for activities.
class Store {
  public:
    // Opens or creates the database (and its parent directories), upgrading
    // an older schema. Refuses, with StoreError, a file that is not a
    // sigaudit store or whose schema_version is newer than this build
    // understands.
    static Store open(const std::string& path);
    // Opens an existing store to read only: nothing is created, upgraded or
    // written, beside the file or in it, so a snapshot stays byte-identical
    // and a read-only file or folder serves. Refuses, with StoreError, a
    // missing file and a store of another schema_version.
    static Store open_read_only(const std::string& path);

    ~Store();
    Store(Store&&) noexcept = default;
    // Not assignable: the store replaced would close without being settled.
    Store& operator=(Store&&) = delete;

    const std::string& path() const { return db_->path(); }

    // One repository's sync in one transaction: everything written lands at
    // commit(), or nothing if the Sync goes away first, so a failed or killed
    // fetch leaves the previous data and high-water marks intact. The Store
    // must outlive it; one Sync at a time per Store.
    class Sync {
      public:
        UpsertOutcome upsert(const PullRecord& record);
        UpsertOutcome upsert(const PullCommentRecord& record);
        UpsertOutcome upsert(const IssueRecord& record);
        UpsertOutcome upsert(const IssueCommentRecord& record);
        // Never moves a mark backwards: a fetch that saw nothing newer keeps it.
        void set_high_water(GiteeList list, Instant updated_at);
        // Records that all four lists were read completely by a fetch that
        // began at `synced_at`; `full` when it read each from the start.
        void mark_synced(Instant synced_at, bool full = false);
        // The id and updated_at of every stored row of `list`.
        std::unordered_map<std::int64_t, Instant> stored_versions(GiteeList list);
        // Forgets `list` of this repository: its rows and its high-water
        // mark, for a reading from the start that replaces them.
        void clear(GiteeList list);
        void commit();

      private:
        friend class Store;
        Sync(sqlite::Database& db, std::string repo);
        template <typename Record>
        UpsertOutcome write(const Record& record);
        sqlite::Statement& statement(std::size_t slot, const char* sql);

        sqlite::Database* db_;
        std::string repo_;
        sqlite::Transaction transaction_;
        // Prepared once per sync: an upsert per list, the high-water update, a
        // lookup per list.
        std::array<std::optional<sqlite::Statement>, 10> statements_;
    };
    Sync begin_sync(const std::string& repo);

    // Saves one repository's fetch in one Sync: every record, then the
    // high-water marks. A list read from the start replaces the stored one
    // (rows and mark), so an item gone from Gitee, or one stored with a
    // far-future date, goes. Returns how many rows were new, updated and
    // removed.
    struct SaveSummary {
        std::int64_t inserted = 0;
        std::int64_t updated = 0;
        std::int64_t removed = 0;
    };
    SaveSummary save(const FetchedRepository& fetched);

    // The newest updated_at recorded for (repo, list); the next fetch asks for
    // changes since this, minus an overlap.
    std::optional<Instant> high_water(const std::string& repo, GiteeList list) const;

    // Every activity in `repos` (all repositories when empty), derived from
    // the stored rows. Rows by deleted accounts (empty author) give none.
    std::vector<Activity> activities(const std::vector<std::string>& repos = {}) const;

    // When `repo` was last fetched completely; nothing when it never was.
    std::optional<Instant> synced_at(const std::string& repo) const;
    // The newest updated_at of any list of `repo` (its high-water marks).
    std::optional<Instant> newest_update(const std::string& repo) const;

    // The database's size: its pages, including those still in the WAL
    // (the file alone lags behind until the store is closed).
    std::int64_t size_bytes() const;

    struct Counts {
        std::int64_t pulls = 0;
        std::int64_t pull_comments = 0;
        std::int64_t issues = 0;
        std::int64_t issue_comments = 0;
    };
    Counts counts(const std::string& repo) const;

    // What `sigaudit store status` shows of one repository.
    struct ListStatus {
        GiteeList list = GiteeList::pulls;
        std::int64_t items = 0;
        std::optional<Instant> high_water;
        // Rows dated more than a day after the last complete sync began.
        std::int64_t future_dated = 0;
    };
    struct RepositoryStatus {
        std::string repo;
        std::optional<Instant> synced_at;       // the last complete sync
        std::optional<Instant> full_synced_at;  // the last that read from the start
        std::array<ListStatus, kGiteeListCount> lists;
    };
    // Every repository the store holds anything of, sorted by name.
    std::vector<RepositoryStatus> status() const;

  private:
    Store(std::unique_ptr<sqlite::Database> db, bool writer);

    // Behind a pointer so the Store can move while Syncs point at the database.
    std::unique_ptr<sqlite::Database> db_;
    bool writer_ = false;
};

}  // namespace sigaudit
