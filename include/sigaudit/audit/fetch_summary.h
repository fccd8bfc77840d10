#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "sigaudit/common/exit_code.h"
#include "sigaudit/gitee/gitee_fetcher.h"

namespace sigaudit {

// One repository a sync saved.
struct SavedRepository {
    std::string repo;
    std::int64_t items = 0;  // what the fetch brought, overlap included
    std::int64_t inserted = 0;
    std::int64_t updated = 0;
    std::int64_t removed = 0;  // gone from a list read from the start
    // Items dated more than a day after the fetch began, by list label
    // ("pull requests"): kept, but not trusted to move the high-water mark.
    std::vector<std::pair<std::string, std::int64_t>> future_dated = {};
    std::vector<std::string> warnings = {};  // the fetcher's, as FetchedRepository has them
};

// What a sync of the store did.
struct FetchSummary {
    std::string api_url;
    std::vector<SavedRepository> saved;  // in the order they finished
    FetchStats stats;
    std::chrono::milliseconds elapsed{0};
    std::string store_path;
    std::uintmax_t store_bytes = 0;
};

// A sync that left a repository unsaved is incomplete: verdicts on its data
// would mislead, so it ends the command with exit 3.
bool complete(const FetchSummary& summary);
ExitCode exit_code(const FetchSummary& summary);

}  // namespace sigaudit
