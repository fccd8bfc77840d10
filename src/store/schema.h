#pragma once

#include <string_view>

#include "sigaudit/activity/gitee_records.h"
#include "sigaudit/store/sqlite.h"

namespace sigaudit::store_detail {

// Connection settings (WAL, foreign keys, busy timeout), then the schema:
// created in a new file, checked in an existing one, upgraded in an older.
void prepare_database(sqlite::Database& db);

// For a connection opened read-only: the file must be a sigaudit store of
// the current schema, since nothing can be created or upgraded.
void check_readable(sqlite::Database& db);

// At the close of a writer: the file goes back to a rollback journal, so
// that at rest it is one file, and a read-only run beside it (which could
// not remove a WAL it had to create) leaves it as it found it. WAL is for
// while a writer works, when readers must not wait for it.
void settle_database(sqlite::Database& db);

}  // namespace sigaudit::store_detail
