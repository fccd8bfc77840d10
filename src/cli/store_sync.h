#pragma once

#include <string>
#include <vector>

#include "data_flags.h"
#include "sigaudit/report/fetch_report.h"
#include "sigaudit/store/store.h"

namespace sigaudit {

// Fetches `repos` into `store`, saving each repository as soon as its lists
// are complete, with live progress on a terminal and -v request logs on
// stderr. Failures are in the summary's stats, never thrown.
FetchSummary sync_store(Store& store, const std::vector<std::string>& repos, const DataFlags& flags,
                        const DataSource& source);

}  // namespace sigaudit
