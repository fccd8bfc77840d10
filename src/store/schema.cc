#include "schema.h"

#include <sqlite3.h>

#include <charconv>
#include <optional>
#include <string>

namespace sigaudit::store_detail {
namespace {

constexpr std::int64_t kSchemaVersion = 3;
constexpr int kBusyTimeoutMs = 5000;

// Labels are stored newline-joined in one TEXT column: Gitee label names
// cannot contain a newline, and the store never queries by label, so a
// separate table would only add a join. Timestamps are Instants (INTEGER).
// A row is what Gitee's id names within one repository and one list (the
// table): two repositories whose items share an id keep both. The key is
// (id, repo), in that order, so a plain scan reads rows in id order.
// (repo, number) indexes serve the comment -> PR/issue author lookups;
// (repo, updated_at) serves high-water and per-repository scans.
constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS pulls (
    id INTEGER NOT NULL,
    repo TEXT NOT NULL,
    number INTEGER NOT NULL,
    state TEXT NOT NULL,
    author TEXT NOT NULL,
    title TEXT NOT NULL,
    labels TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    merged_at INTEGER,
    url TEXT NOT NULL,
    PRIMARY KEY (id, repo)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS pulls_repo_number ON pulls (repo, number);
CREATE INDEX IF NOT EXISTS pulls_repo_updated ON pulls (repo, updated_at);

CREATE TABLE IF NOT EXISTS pull_comments (
    id INTEGER NOT NULL,
    repo TEXT NOT NULL,
    pull_number INTEGER NOT NULL,
    author TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    url TEXT NOT NULL,
    comment_type TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (id, repo)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS pull_comments_repo_number ON pull_comments (repo, pull_number);
CREATE INDEX IF NOT EXISTS pull_comments_repo_updated ON pull_comments (repo, updated_at);

CREATE TABLE IF NOT EXISTS issues (
    id INTEGER NOT NULL,
    repo TEXT NOT NULL,
    number TEXT NOT NULL,
    state TEXT NOT NULL,
    issue_type TEXT NOT NULL,
    author TEXT NOT NULL,
    title TEXT NOT NULL,
    labels TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    url TEXT NOT NULL,
    PRIMARY KEY (id, repo)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS issues_repo_number ON issues (repo, number);
CREATE INDEX IF NOT EXISTS issues_repo_updated ON issues (repo, updated_at);

CREATE TABLE IF NOT EXISTS issue_comments (
    id INTEGER NOT NULL,
    repo TEXT NOT NULL,
    issue_number TEXT NOT NULL,
    author TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    url TEXT NOT NULL,
    PRIMARY KEY (id, repo)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS issue_comments_repo_number ON issue_comments (repo, issue_number);
CREATE INDEX IF NOT EXISTS issue_comments_repo_updated ON issue_comments (repo, updated_at);

-- When each repository was last fetched completely, all four lists: what
-- a report's "synced" means. A repository without a row was never fetched.
-- full_synced_at: the last such fetch that read every list from the start.
CREATE TABLE IF NOT EXISTS repo_sync (
    repo TEXT PRIMARY KEY,
    synced_at INTEGER NOT NULL,
    full_synced_at INTEGER
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS sync_state (
    repo TEXT NOT NULL,
    list TEXT NOT NULL,
    high_water INTEGER NOT NULL,
    PRIMARY KEY (repo, list)
) WITHOUT ROWID;

INSERT OR IGNORE INTO meta (key, value) VALUES ('application', 'sigaudit'), ('schema_version', 3);
)sql";

void configure(sqlite::Database& db) {
    sqlite3_busy_timeout(db.handle(), kBusyTimeoutMs);
    db.exec("PRAGMA foreign_keys = ON");
    // The first read of the file: this is where a foreign file is noticed.
    db.exec("PRAGMA journal_mode = WAL");
}

std::int64_t count_rows(sqlite::Database& db, std::string_view sql) {
    sqlite::Statement statement(db, sql);
    return statement.step() ? statement.int64_at(0) : 0;
}

std::optional<std::string> meta_value(sqlite::Database& db, std::string_view key) {
    sqlite::Statement statement(db, "SELECT value FROM meta WHERE key = ?1");
    statement.bind_all(key);
    if (!statement.step()) {
        return std::nullopt;
    }
    return statement.text_at(0);
}

std::optional<std::int64_t> to_int64(const std::optional<std::string>& text) {
    std::int64_t value = 0;
    if (!text) {
        return std::nullopt;
    }
    const char* end = text->data() + text->size();
    const auto [ptr, ec] = std::from_chars(text->data(), end, value);
    if (ec != std::errc() || ptr != end) {
        return std::nullopt;
    }
    return value;
}

// An empty database becomes a store; anything else must already be one, of
// a schema_version this build understands. Gives the version found, or
// nothing for an empty database.
std::optional<std::int64_t> check_existing(sqlite::Database& db) {
    const bool has_meta =
        count_rows(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
    if (!has_meta) {
        if (count_rows(db, "SELECT count(*) FROM sqlite_master") > 0) {
            db.fail_plain("not a sigaudit store (a database without sigaudit's meta table)");
        }
        return std::nullopt;
    }
    const std::optional<std::int64_t> version = to_int64(meta_value(db, "schema_version"));
    if (meta_value(db, "application") != "sigaudit" || !version || *version < 1) {
        db.fail_plain("not a sigaudit store (its meta table is not sigaudit's)");
    }
    if (*version > kSchemaVersion) {
        db.fail_plain("schema_version " + std::to_string(*version) +
                      " is newer than this sigaudit understands (" +
                      std::to_string(kSchemaVersion) + "); use a newer sigaudit");
    }
    return version;
}

// Before version 3 a row was keyed by its id alone, so an item of one
// repository could overwrite another's with the same id and leave that
// repository claiming a complete fetch over the row it lost. No trace of
// such a loss remains, so an older store keeps its rows but forgets every
// sync: the next fetch reads each repository again from the start (and
// fills in the comment_type that version 1 never kept).
constexpr const char* kItemTables[] = {"pulls", "pull_comments", "issues", "issue_comments"};

void set_aside_old_tables(sqlite::Database& db, std::int64_t version) {
    if (version < 2) {
        db.exec("ALTER TABLE pull_comments ADD COLUMN comment_type TEXT NOT NULL DEFAULT ''");
    }
    for (const char* table : kItemTables) {
        const std::string name(table);
        // The new tables' indexes take these names.
        db.exec(("DROP INDEX IF EXISTS " + name + "_repo_number").c_str());
        db.exec(("DROP INDEX IF EXISTS " + name + "_repo_updated").c_str());
        db.exec(("ALTER TABLE " + name + " RENAME TO legacy_" + name).c_str());
    }
    // Forgotten, as every sync is; the new one also keeps full syncs.
    db.exec("DROP TABLE IF EXISTS repo_sync");
}

void move_old_rows(sqlite::Database& db) {
    for (const char* table : kItemTables) {
        const std::string name(table);
        db.exec(("INSERT INTO " + name + " SELECT * FROM legacy_" + name).c_str());
        db.exec(("DROP TABLE legacy_" + name).c_str());
    }
    db.exec("DELETE FROM sync_state");
    db.exec("UPDATE meta SET value = 3 WHERE key = 'schema_version'");
}

}  // namespace

void prepare_database(sqlite::Database& db) {
    configure(db);
    sqlite::Transaction transaction(db);
    const std::optional<std::int64_t> version = check_existing(db);
    const bool older = version && *version < kSchemaVersion;
    if (older) {
        set_aside_old_tables(db, *version);
    }
    db.exec(kSchema);
    if (older) {
        move_old_rows(db);
    }
    transaction.commit();
}

void check_readable(sqlite::Database& db) {
    sqlite3_busy_timeout(db.handle(), kBusyTimeoutMs);
    const std::optional<std::int64_t> version = check_existing(db);
    if (!version) {
        db.fail_plain("an empty database, not a sigaudit store");
    }
    if (*version < kSchemaVersion) {
        db.fail_plain("schema_version " + std::to_string(*version) +
                      " is older than this sigaudit reads (" + std::to_string(kSchemaVersion) +
                      "), and a read-only run cannot upgrade it; a fetch does, reading every "
                      "repository again: sigaudit fetch --store " +
                      db.path());
    }
}

void settle_database(sqlite::Database& db) {
    // Another connection still open keeps the WAL; waiting for it would
    // only delay the exit, so the change is tried once.
    sqlite3_busy_timeout(db.handle(), 0);
    sqlite3_exec(db.handle(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
}

}  // namespace sigaudit::store_detail
