#pragma once

#include <string_view>

#include "sigaudit/activity/gitee_records.h"
#include "sigaudit/store/sqlite.h"

namespace sigaudit::store_detail {

// Connection settings (WAL, foreign keys, busy timeout), then the schema:
// created in a new file, checked in an existing one.
void prepare_database(sqlite::Database& db);

}  // namespace sigaudit::store_detail
