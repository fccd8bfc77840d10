#include "sigaudit/store/store.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <utility>

#include "labels.h"
#include "schema.h"

namespace sigaudit {
namespace {

namespace fs = std::filesystem;
using store_detail::join_labels;

// How each record kind is written. A newer row replaces an older one; an
// older copy (a page fetched before the item changed) never overwrites.
template <typename Record>
struct Upsert;

template <>
struct Upsert<PullRecord> {
    static constexpr const char* existing_sql =
        "SELECT updated_at FROM pulls WHERE id = ?1 AND repo = ?2";
    static constexpr const char* sql = R"sql(
INSERT INTO pulls (id, repo, number, state, author, title, labels, created_at, updated_at,
                   merged_at, url)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
ON CONFLICT (id, repo) DO UPDATE SET
    number = excluded.number, state = excluded.state,
    author = excluded.author, title = excluded.title, labels = excluded.labels,
    created_at = excluded.created_at, updated_at = excluded.updated_at,
    merged_at = excluded.merged_at, url = excluded.url
WHERE excluded.updated_at >= pulls.updated_at)sql";
    static void bind(sqlite::Statement& statement, const PullRecord& r) {
        statement.bind_all(r.id, r.repo, r.number, r.state, r.author, r.title,
                           join_labels(r.labels), r.created_at, r.updated_at, r.merged_at, r.url);
    }
};

template <>
struct Upsert<PullCommentRecord> {
    static constexpr const char* existing_sql =
        "SELECT updated_at FROM pull_comments WHERE id = ?1 AND repo = ?2";
    static constexpr const char* sql = R"sql(
INSERT INTO pull_comments (id, repo, pull_number, author, body, created_at, updated_at, url,
                           comment_type)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
ON CONFLICT (id, repo) DO UPDATE SET
    pull_number = excluded.pull_number, author = excluded.author,
    body = excluded.body, created_at = excluded.created_at, updated_at = excluded.updated_at,
    url = excluded.url, comment_type = excluded.comment_type
WHERE excluded.updated_at >= pull_comments.updated_at)sql";
    static void bind(sqlite::Statement& statement, const PullCommentRecord& r) {
        statement.bind_all(r.id, r.repo, r.pull_number, r.author, r.body, r.created_at,
                           r.updated_at, r.url, r.comment_type);
    }
};

template <>
struct Upsert<IssueRecord> {
    static constexpr const char* existing_sql =
        "SELECT updated_at FROM issues WHERE id = ?1 AND repo = ?2";
    static constexpr const char* sql = R"sql(
INSERT INTO issues (id, repo, number, state, issue_type, author, title, labels, created_at,
                    updated_at, url)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
ON CONFLICT (id, repo) DO UPDATE SET
    number = excluded.number, state = excluded.state,
    issue_type = excluded.issue_type, author = excluded.author, title = excluded.title,
    labels = excluded.labels, created_at = excluded.created_at,
    updated_at = excluded.updated_at, url = excluded.url
WHERE excluded.updated_at >= issues.updated_at)sql";
    static void bind(sqlite::Statement& statement, const IssueRecord& r) {
        statement.bind_all(r.id, r.repo, r.number, r.state, r.issue_type, r.author, r.title,
                           join_labels(r.labels), r.created_at, r.updated_at, r.url);
    }
};

template <>
struct Upsert<IssueCommentRecord> {
    static constexpr const char* existing_sql =
        "SELECT updated_at FROM issue_comments WHERE id = ?1 AND repo = ?2";
    static constexpr const char* sql = R"sql(
INSERT INTO issue_comments (id, repo, issue_number, author, body, created_at, updated_at, url)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
ON CONFLICT (id, repo) DO UPDATE SET
    issue_number = excluded.issue_number, author = excluded.author,
    body = excluded.body, created_at = excluded.created_at, updated_at = excluded.updated_at,
    url = excluded.url
WHERE excluded.updated_at >= issue_comments.updated_at)sql";
    static void bind(sqlite::Statement& statement, const IssueCommentRecord& r) {
        statement.bind_all(r.id, r.repo, r.issue_number, r.author, r.body, r.created_at,
                           r.updated_at, r.url);
    }
};

constexpr std::size_t kHighWaterSlot = 4;
constexpr std::size_t kExistingSlot = 5;  // five to eight: one lookup per list
constexpr std::size_t kSyncedSlot = 9;
constexpr const char* kMarkSyncedSql = R"sql(
INSERT INTO repo_sync (repo, synced_at, full_synced_at) VALUES (?1, ?2, ?3)
ON CONFLICT (repo) DO UPDATE SET
    synced_at = max(repo_sync.synced_at, excluded.synced_at),
    full_synced_at = coalesce(max(repo_sync.full_synced_at, excluded.full_synced_at),
                              repo_sync.full_synced_at, excluded.full_synced_at))sql";
constexpr const char* kSetHighWaterSql = R"sql(
INSERT INTO sync_state (repo, list, high_water) VALUES (?1, ?2, ?3)
ON CONFLICT (repo, list) DO UPDATE SET
    high_water = max(sync_state.high_water, excluded.high_water))sql";

void create_parent_directories(const std::string& path) {
    const fs::path parent = fs::path(path).parent_path();
    std::error_code error;
    if (!parent.empty()) {
        fs::create_directories(parent, error);
    }
    if (error) {
        throw StoreError(path + ": cannot create directory " + parent.string() + ": " +
                         error.message());
    }
}

// A WAL-mode file (one a writer left open, or one written before stores
// were settled at close) is read through its WAL index, which SQLite must
// create beside it when it is missing. In a folder nobody can write, no
// writer can be at work either, so the file is read as immutable instead.
sqlite::Access read_only_access(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    char header[20] = {};
    const bool wal_mode = file.read(header, sizeof header) && header[18] == 2;
    const fs::path parent = fs::absolute(fs::path(path)).parent_path();
    if (wal_mode && !fs::exists(path + "-shm") && ::access(parent.c_str(), W_OK) != 0) {
        return sqlite::Access::immutable;
    }
    return sqlite::Access::read_only;
}

std::optional<Instant> stored_updated_at(sqlite::Statement& lookup, std::int64_t id,
                                         const std::string& repo) {
    lookup.bind_all(id, repo);
    std::optional<Instant> stored;
    if (lookup.step()) {
        stored = lookup.int64_at(0);
    }
    lookup.reset();
    return stored;
}

// The fetch summary counts what changed; the overlap of an incremental fetch
// brings back rows the store already has, which are neither new nor updated.
UpsertOutcome outcome_of(std::optional<Instant> stored, Instant incoming) {
    if (!stored) {
        return UpsertOutcome::inserted;
    }
    return incoming > *stored ? UpsertOutcome::updated : UpsertOutcome::unchanged;
}

std::int64_t count_in_repo(sqlite::Database& db, const char* sql, const std::string& repo) {
    sqlite::Statement statement(db, sql);
    statement.bind_all(repo);
    return statement.step() ? statement.int64_at(0) : 0;
}

}  // namespace

Store::Store(std::unique_ptr<sqlite::Database> db, bool writer)
    : db_(std::move(db)), writer_(writer) {}

Store::~Store() {
    if (db_ && writer_) {
        store_detail::settle_database(*db_);
    }
}

namespace {

// The store holds what the token could read, private repositories too:
// created for its owner only (SQLite gives its WAL and journal the file's
// mode). A store that exists keeps the mode its owner gave it.
void create_private_file(const std::string& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
    }
}

// SQLite would block on a FIFO and read a device as pages: a store is a
// regular file, or nothing yet.
void require_regular(const std::string& path) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (fs::exists(status) && !fs::is_regular_file(status)) {
        throw StoreError(path + ": cannot open: it is not a regular file");
    }
}

}  // namespace

Store Store::open(const std::string& path) {
    require_regular(path);
    create_parent_directories(path);
    create_private_file(path);
    auto db = std::make_unique<sqlite::Database>(path);
    store_detail::prepare_database(*db);
    return Store(std::move(db), true);
}

Store Store::open_read_only(const std::string& path) {
    require_regular(path);
    auto db = std::make_unique<sqlite::Database>(path, read_only_access(path));
    store_detail::check_readable(*db);
    return Store(std::move(db), false);
}

Store::Sync Store::begin_sync(const std::string& repo) {
    return Sync(*db_, repo);
}

namespace {

void count_outcome(UpsertOutcome outcome, Store::SaveSummary& summary) {
    summary.inserted += outcome == UpsertOutcome::inserted ? 1 : 0;
    summary.updated += outcome == UpsertOutcome::updated ? 1 : 0;
}

// One list's records. Read from the start, they replace the stored list;
// what changed is told against the rows they replace.
template <typename Record>
void save_list(Store::Sync& sync, const std::vector<Record>& records, bool from_start,
               Store::SaveSummary& summary) {
    if (!from_start) {
        for (const Record& record : records) {
            count_outcome(sync.upsert(record), summary);
        }
        return;
    }
    std::unordered_map<std::int64_t, Instant> previous = sync.stored_versions(kListOf<Record>);
    sync.clear(kListOf<Record>);
    for (const Record& record : records) {
        sync.upsert(record);
        const auto found = previous.find(record.id);
        // A replaced row that differs is updated, even when the stored one
        // claimed to be newer: that is what a reading from the start corrects.
        count_outcome(found == previous.end()              ? UpsertOutcome::inserted
                      : found->second != record.updated_at ? UpsertOutcome::updated
                                                           : UpsertOutcome::unchanged,
                      summary);
        if (found != previous.end()) {
            previous.erase(found);
        }
    }
    summary.removed += static_cast<std::int64_t>(previous.size());
}

bool from_start(const FetchedRepository& fetched, GiteeList list) {
    return fetched.from_start[static_cast<std::size_t>(list)];
}

}  // namespace

Store::SaveSummary Store::save(const FetchedRepository& fetched) {
    Sync sync = begin_sync(fetched.repo);
    SaveSummary summary;
    save_list(sync, fetched.pulls, from_start(fetched, GiteeList::pulls), summary);
    save_list(sync, fetched.pull_comments, from_start(fetched, GiteeList::pull_comments), summary);
    save_list(sync, fetched.issues, from_start(fetched, GiteeList::issues), summary);
    save_list(sync, fetched.issue_comments, from_start(fetched, GiteeList::issue_comments),
              summary);
    for (std::size_t list = 0; list < kGiteeListCount; ++list) {
        if (fetched.high_water[list]) {
            sync.set_high_water(static_cast<GiteeList>(list), *fetched.high_water[list]);
        }
    }
    const bool full = std::all_of(fetched.from_start.begin(), fetched.from_start.end(),
                                  [](bool read_whole) { return read_whole; });
    sync.mark_synced(fetched.synced_at, full);
    sync.commit();
    return summary;
}

Store::Sync::Sync(sqlite::Database& db, std::string repo)
    : db_(&db), repo_(std::move(repo)), transaction_(db) {}

sqlite::Statement& Store::Sync::statement(std::size_t slot, const char* sql) {
    if (!statements_[slot]) {
        statements_[slot].emplace(*db_, sql);
    }
    return *statements_[slot];
}

template <typename Record>
UpsertOutcome Store::Sync::write(const Record& record) {
    // A stray record would be stored under another repository while this
    // sync's high-water mark claims its repository is complete.
    if (record.repo != repo_) {
        db_->fail_plain("record of " + record.repo + " written in the sync of " + repo_);
    }
    const auto list = static_cast<std::size_t>(kListOf<Record>);
    const std::optional<Instant> stored = stored_updated_at(
        statement(kExistingSlot + list, Upsert<Record>::existing_sql), record.id, record.repo);
    sqlite::Statement& upsert = statement(list, Upsert<Record>::sql);
    Upsert<Record>::bind(upsert, record);
    upsert.run();
    return outcome_of(stored, record.updated_at);
}

UpsertOutcome Store::Sync::upsert(const PullRecord& record) {
    return write(record);
}
UpsertOutcome Store::Sync::upsert(const PullCommentRecord& record) {
    return write(record);
}
UpsertOutcome Store::Sync::upsert(const IssueRecord& record) {
    return write(record);
}
UpsertOutcome Store::Sync::upsert(const IssueCommentRecord& record) {
    return write(record);
}

void Store::Sync::set_high_water(GiteeList list, Instant updated_at) {
    sqlite::Statement& update = statement(kHighWaterSlot, kSetHighWaterSql);
    update.bind_all(repo_, gitee_list_info(list).id, updated_at);
    update.run();
}

void Store::Sync::commit() {
    transaction_.commit();
}

void Store::Sync::mark_synced(Instant synced_at, bool full) {
    sqlite::Statement& update = statement(kSyncedSlot, kMarkSyncedSql);
    update.bind_all(repo_, synced_at, full ? std::optional<std::int64_t>(synced_at) : std::nullopt);
    update.run();
}

std::unordered_map<std::int64_t, Instant> Store::Sync::stored_versions(GiteeList list) {
    sqlite::Statement query(*db_, std::string("SELECT id, updated_at FROM ") +
                                      std::string(gitee_list_info(list).id) + " WHERE repo = ?1");
    query.bind_all(repo_);
    std::unordered_map<std::int64_t, Instant> versions;
    while (query.step()) {
        versions.emplace(query.int64_at(0), query.int64_at(1));
    }
    return versions;
}

void Store::Sync::clear(GiteeList list) {
    const std::string table(gitee_list_info(list).id);
    sqlite::Statement rows(*db_, "DELETE FROM " + table + " WHERE repo = ?1");
    rows.bind_all(repo_);
    rows.run();
    sqlite::Statement mark(*db_, "DELETE FROM sync_state WHERE repo = ?1 AND list = ?2");
    mark.bind_all(repo_, table);
    mark.run();
}

std::optional<Instant> Store::synced_at(const std::string& repo) const {
    sqlite::Statement query(*db_, "SELECT synced_at FROM repo_sync WHERE repo = ?1");
    query.bind_all(repo);
    if (!query.step()) {
        return std::nullopt;
    }
    return query.int64_at(0);
}

std::optional<Instant> Store::newest_update(const std::string& repo) const {
    sqlite::Statement query(*db_, "SELECT max(high_water) FROM sync_state WHERE repo = ?1");
    query.bind_all(repo);
    return query.step() ? query.optional_int64_at(0) : std::nullopt;
}

std::optional<Instant> Store::high_water(const std::string& repo, GiteeList list) const {
    sqlite::Statement query(*db_,
                            "SELECT high_water FROM sync_state WHERE repo = ?1 AND list = ?2");
    query.bind_all(repo, gitee_list_info(list).id);
    if (!query.step()) {
        return std::nullopt;
    }
    return query.int64_at(0);
}

std::int64_t Store::size_bytes() const {
    sqlite::Statement query(*db_,
                            "SELECT page_count * page_size FROM pragma_page_count(), "
                            "pragma_page_size()");
    return query.step() ? query.int64_at(0) : 0;
}

Store::Counts Store::counts(const std::string& repo) const {
    Counts counts;
    counts.pulls = count_in_repo(*db_, "SELECT count(*) FROM pulls WHERE repo = ?1", repo);
    counts.pull_comments =
        count_in_repo(*db_, "SELECT count(*) FROM pull_comments WHERE repo = ?1", repo);
    counts.issues = count_in_repo(*db_, "SELECT count(*) FROM issues WHERE repo = ?1", repo);
    counts.issue_comments =
        count_in_repo(*db_, "SELECT count(*) FROM issue_comments WHERE repo = ?1", repo);
    return counts;
}

}  // namespace sigaudit
