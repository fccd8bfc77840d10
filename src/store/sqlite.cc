#include "sigaudit/store/sqlite.h"

#include <sqlite3.h>

#include <cctype>
#include <climits>
#include <cstring>
#include <utility>

namespace sigaudit::sqlite {

namespace {

// A file: URI for `path`, every byte outside the unreserved set and '/'
// percent-encoded, so that '?', '#' or '%' in a folder name stay part of it.
std::string file_uri(const std::string& path, std::string_view parameters) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string uri = "file:";
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || std::strchr("/-._~", c) != nullptr) {
            uri += c;
        } else {
            uri += '%';
            uri += kHex[byte >> 4];
            uri += kHex[byte & 0xF];
        }
    }
    return uri + "?" + std::string(parameters);
}

}  // namespace

Database::Database(std::string path, Access access) : path_(std::move(path)) {
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    std::string name = path_;
    if (access != Access::read_write) {
        flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        name = file_uri(path_, access == Access::immutable ? "mode=ro&immutable=1" : "mode=ro");
    }
    const int rc = sqlite3_open_v2(name.c_str(), &handle_, flags, nullptr);
    if (rc != SQLITE_OK) {
        // The handle exists even on failure (unless out of memory) and
        // carries the message; it still has to be closed.
        const std::string message = handle_ ? sqlite3_errmsg(handle_) : sqlite3_errstr(rc);
        sqlite3_close(handle_);
        handle_ = nullptr;
        throw StoreError(path_ + ": cannot open: " + message);
    }
    sqlite3_extended_result_codes(handle_, 1);
}

Database::~Database() {
    // close_v2 defers the close until any statement still alive is finalized.
    sqlite3_close_v2(handle_);
}

void Database::exec(const char* sql) {
    if (sqlite3_exec(handle_, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        fail(std::string("cannot run \"") + sql + "\"");
    }
}

void Database::fail(std::string_view what) const {
    throw StoreError(path_ + ": " + std::string(what) + ": " + sqlite3_errmsg(handle_));
}

void Database::fail_plain(std::string_view what) const {
    throw StoreError(path_ + ": " + std::string(what));
}

Statement::Statement(Database& db, std::string_view sql) : db_(&db) {
    if (sql.size() > static_cast<std::size_t>(INT_MAX) ||
        sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &stmt_,
                           nullptr) != SQLITE_OK) {
        db.fail("cannot prepare \"" + std::string(sql) + "\"");
    }
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)) {}

namespace {

[[noreturn]] void fail_on(const Database& db, sqlite3_stmt* stmt, std::string_view what) {
    db.fail(std::string(what) + " in \"" + sqlite3_sql(stmt) + "\"");
}

}  // namespace

void Statement::bind(int index, std::int64_t value) {
    if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) {
        fail_on(*db_, stmt_, "cannot bind parameter " + std::to_string(index));
    }
}

void Statement::bind(int index, std::string_view value) {
    // SQLITE_TRANSIENT: SQLite copies, so a temporary string may be bound.
    if (sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT,
                            SQLITE_UTF8) != SQLITE_OK) {
        fail_on(*db_, stmt_, "cannot bind parameter " + std::to_string(index));
    }
}

void Statement::bind(int index, const std::optional<std::int64_t>& value) {
    if (value) {
        bind(index, *value);
    } else if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) {
        fail_on(*db_, stmt_, "cannot bind parameter " + std::to_string(index));
    }
}

void Statement::bind(int index, const std::optional<std::string>& value) {
    if (value) {
        bind(index, std::string_view(*value));
    } else if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) {
        fail_on(*db_, stmt_, "cannot bind parameter " + std::to_string(index));
    }
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        reset();
        return false;
    }
    // Read the message before reset, which may replace it.
    const std::string message = sqlite3_errmsg(db_->handle());
    reset();
    db_->fail_plain("cannot run \"" + std::string(sqlite3_sql(stmt_)) + "\": " + message);
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::int64_at(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

std::optional<std::int64_t> Statement::optional_int64_at(int column) const {
    if (sqlite3_column_type(stmt_, column) == SQLITE_NULL) {
        return std::nullopt;
    }
    return int64_at(column);
}

int Statement::column_count() const {
    return sqlite3_column_count(stmt_);
}

std::string Statement::text_at(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    const int size = sqlite3_column_bytes(stmt_, column);
    return text ? std::string(text, static_cast<std::size_t>(size)) : std::string();
}

Transaction::Transaction(Database& db) : db_(&db) {
    db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (open_ && db_) {
        // Nothing useful to do if rollback fails in a destructor: SQLite
        // rolls back an unfinished transaction on close anyway.
        sqlite3_exec(db_->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

Transaction::Transaction(Transaction&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), open_(std::exchange(other.open_, false)) {}

void Transaction::commit() {
    db_->exec("COMMIT");
    open_ = false;
}

}  // namespace sigaudit::sqlite
