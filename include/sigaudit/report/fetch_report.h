#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "sigaudit/gitee/gitee_fetcher.h"
#include "sigaudit/report/style.h"

namespace sigaudit {

// What `sigaudit fetch` tells its user once it is done.
struct SavedRepository {
    std::string repo;
    std::int64_t items = 0;  // what the fetch brought, overlap included
    std::int64_t inserted = 0;
    std::int64_t updated = 0;
};

struct FetchSummary {
    std::string api_url;
    std::vector<SavedRepository> saved;  // in the order they finished
    FetchStats stats;
    std::chrono::milliseconds elapsed{0};
    std::string store_path;
    std::uintmax_t store_bytes = 0;
};

std::string render_fetch_summary(const FetchSummary& summary, const Style& style);

// "sigaudit: mindspore/models: GET /repos/...: HTTP 502 ... (6 tries);
// nothing of it was saved". A rejected token names the variable it came from.
std::string render_fetch_failure(const FetchFailure& failure, const std::string& token_source);

// The live line on a terminal: "fetching 3/10 · mindspore/models 12/48 pages, 1,234 items".
std::string render_progress_line(const RepositoryProgress& progress, int finished, int total);

// One -v line per HTTP exchange: "GET URL -> 200 in 53 ms".
std::string render_request_log(const RequestLog& log);

}  // namespace sigaudit
