#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "sigaudit/common/errors.h"

// Forward declarations keep <sqlite3.h> out of every file that sees a Store.
struct sqlite3;
struct sqlite3_stmt;

namespace sigaudit {

// Any failure of the local store; the message names the database file and
// what was being done, so a user can tell a full disk from a foreign file.
class StoreError : public DataSourceError {
  public:
    using DataSourceError::DataSourceError;
};

namespace sqlite {

// How a connection may touch its file. A read-only connection never creates
// it and never writes to it; an immutable one also takes no locks and so
// needs no WAL index beside a WAL-mode file, for a folder no one can write.
enum class Access { read_write, read_only, immutable };

// One open connection. Not movable: statements and transactions point at it.
class Database {
  public:
    // Opens; read_write creates the file when missing.
    explicit Database(std::string path, Access access = Access::read_write);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const std::string& path() const { return path_; }
    sqlite3* handle() const { return handle_; }

    // For constant SQL written in this code base only (schema, pragmas,
    // transaction control); anything carrying data goes through Statement.
    void exec(const char* sql);

    // Throws StoreError: "<path>: <what>: <SQLite's message>".
    [[noreturn]] void fail(std::string_view what) const;
    // Throws StoreError: "<path>: <what>", for failures SQLite did not report.
    [[noreturn]] void fail_plain(std::string_view what) const;

  private:
    std::string path_;
    sqlite3* handle_ = nullptr;
};

// A prepared statement; parameters are bound, never spliced into the SQL.
class Statement {
  public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are numbered from 1, like ?1, ?2 in the SQL.
    void bind(int index, std::int64_t value);
    void bind(int index, std::string_view value);
    void bind(int index, const std::string& value) { bind(index, std::string_view(value)); }
    void bind(int index, const std::optional<std::int64_t>& value);
    void bind(int index, const std::optional<std::string>& value);

    // Binds ?1, ?2, ... in order.
    template <typename... Values>
    Statement& bind_all(const Values&... values) {
        int index = 0;
        (bind(++index, values), ...);
        return *this;
    }

    // True while a row is ready; at the end (or on error) the statement is
    // reset, so it holds no read snapshot and can be bound again.
    bool step();
    // Steps to the end: for statements that return no rows.
    void run();
    void reset();

    std::int64_t int64_at(int column) const;
    std::optional<std::int64_t> optional_int64_at(int column) const;
    std::string text_at(int column) const;
    int column_count() const;

  private:
    Database* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT; rolled back unless commit() ran. IMMEDIATE
// takes the write lock up front, so a concurrent writer waits on the busy
// timeout at the start instead of failing half-way.
class Transaction {
  public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

  private:
    Database* db_;
    bool open_ = true;
};

}  // namespace sqlite
}  // namespace sigaudit
