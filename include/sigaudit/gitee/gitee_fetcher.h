#pragma once

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "sigaudit/activity/gitee_records.h"
#include "sigaudit/common/calendar.h"
#include "sigaudit/config/defaults.h"

namespace sigaudit {

// How the fetcher talks to Gitee: by default, as a polite and patient client.
struct FetchOptions {
    std::string api_url{defaults::kApiUrl};
    std::string token;                 // sent as access_token; empty: anonymous (lower rate limits)
    int jobs = defaults::kJobs;        // requests in flight at once
    int retries = defaults::kRetries;  // further tries of a request after a transient failure
    std::chrono::milliseconds first_backoff{defaults::kFirstBackoffMilliseconds};
    std::chrono::seconds max_wait{defaults::kMaxWaitSeconds};  // backoff one request may spend
    std::chrono::seconds connect_timeout{defaults::kConnectTimeoutSeconds};
    std::chrono::seconds request_timeout{defaults::kTimeoutSeconds};
    // Pages one list may have: past it, the list is an inconsistency.
    int max_pages = defaults::kMaxPages;
    // An incremental fetch asks for changes since the high-water mark minus
    // this, so an item updated in the same second as the mark is not missed.
    std::chrono::seconds overlap{defaults::kOverlapSeconds};
    // When the fetch starts, for telling a future-dated item; 0: the clock.
    Instant now = 0;
};

// What to fetch for one repository: its four lists, each since its stored
// high-water mark (nothing: from the beginning).
struct RepositoryPlan {
    std::string repo;  // "owner/name"
    std::array<std::optional<Instant>, kGiteeListCount> high_water;
};

// One finished HTTP exchange, for -v logs. The URL is already redacted.
struct RequestLog {
    std::string url;
    int status = 0;     // 0: no HTTP answer (connection error, timeout)
    std::string error;  // the transport error, redacted; empty on an HTTP answer
    std::chrono::milliseconds elapsed{0};
    int attempt = 1;
};

struct RepositoryProgress {
    std::string repo;
    int pages_done = 0;
    int pages_known = 0;  // pages the lists announced so far (total_page)
    long items = 0;
};

// Why a repository's sync failed. `endpoint` is the request that kept
// failing ("GET /repos/o/r/pulls?page=3"), redacted.
struct FetchFailure {
    std::string repo;
    std::string endpoint;
    std::string message;          // the cause and how often it was tried: "...: refused (6 tries)"
    bool token_rejected = false;  // a 401: the whole fetch stopped
    // The last try could make no connection (name, refused, TLS): the
    // host, not the repository, is what failed.
    bool unreachable = false;
    std::string cause;  // the message without the tries
    int tries = 0;
};

// The fetcher reports through this as it goes, on the calling thread.
class FetchObserver {
  public:
    virtual ~FetchObserver() = default;
    // All four lists of a repository are in and consistent: save them now
    // (in one transaction), before the other repositories finish.
    virtual void repository_fetched(FetchedRepository&& fetched) = 0;
    virtual void repository_failed(const FetchFailure&) {}
    virtual void request_finished(const RequestLog&) {}
    virtual void progress(const RepositoryProgress&) {}
};

struct FetchStats {
    int repositories_fetched = 0;
    int requests = 0;
    int retries = 0;
    int pages = 0;
    std::vector<FetchFailure> failures;
    bool token_rejected = false;
};

// Fetches pull requests, the repository-wide PR comments, issues and the
// repository-wide issue comments of every planned repository: page 1 of each
// list first, then the pages its total_page announces, concurrently, up to
// options.jobs at a time. A list that changed under the fetch (its
// total_count moved, or fewer distinct items came than announced) is read
// again, at most three times, so a shifted page cannot silently lose items.
// Transient failures are retried; a repository whose request keeps failing
// is reported failed and nothing of it is handed to the observer. A 401
// stops everything. Never throws for what the server does.
FetchStats fetch_repositories(const std::vector<RepositoryPlan>& plans, const FetchOptions& options,
                              FetchObserver& observer);

}  // namespace sigaudit
