#pragma once

#include <string_view>

#include "sigaudit/activity/gitee_records.h"
#include "sigaudit/store/sqlite.h"

namespace sigaudit::store_detail {

// Connection settings (WAL, foreign keys, busy timeout), then the schema:
// created in a new file, checked in an existing one.
void prepare_database(sqlite::Database& db);

// The name a list is stored under in sync_state.
std::string_view list_name(GiteeList list);

}  // namespace sigaudit::store_detail
