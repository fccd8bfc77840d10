#pragma once

#include <string>
#include <vector>

#include "data_source.h"
#include "sigaudit/audit/fetch_summary.h"
#include "sigaudit/cli/terminal.h"
#include "sigaudit/store/store.h"

namespace sigaudit {

// Fetches `repos` into `store`, saving each repository as soon as its lists
// are complete, with live progress on a terminal (unless --no-progress) and
// -v request logs on stderr. Failures are in the summary, never thrown.
FetchSummary sync_store(Store& store, const std::vector<std::string>& repos, const DataFlags& flags,
                        const DataSource& source, Terminal& terminal);

// What a sync that left repositories unsaved ends the command with: every
// failure in words (one line when the host could not be reached at all),
// then `consequence` and `hint` when there are some.
DataSourceError incomplete_sync(const FetchSummary& summary, const DataSource& source,
                                const std::string& consequence = {},
                                const std::string& hint = {});

}  // namespace sigaudit
