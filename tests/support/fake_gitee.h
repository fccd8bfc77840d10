#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "support/fake_comment_board.h"

namespace sigaudit::testing {

// A Gitee API v5 look-alike on 127.0.0.1 (ephemeral port) for tests and
// benchmarks. It serves the four repository lists sigaudit fetches, in the
// shapes of tests/fixtures/gitee, with Gitee's pagination headers
// (total_count, total_page; no Link header), its filters (state, since,
// sort=updated|created, direction=asc|desc, page, per_page ≤ 100) and
// injectable faults. Everything is thread-safe: tests change data and faults
// while a fetch runs.
//
// Defaults are Gitee's: without `state` pulls and issues list only open ones;
// without sort/direction a list runs created, newest first; per_page is 20.
// A `since` that does not parse (an unencoded '+' arrives as a space) answers
// 400. Unknown paths answer 404 {"message":"Not Found"}, unknown repositories
// 404 {"message":"Not Found Project"}.
class FakeGitee {
  public:
    // Which list an item or fault belongs to; the paths are
    // /repos/{o}/{r}/pulls, /pulls/comments, /issues, /issues/comments.
    enum class List { pulls, pull_comments, issues, issue_comments };

    struct Sizes {
        int pulls = 0;
        int pull_comments = 0;
        int issues = 0;
        int issue_comments = 0;
    };

    enum class FaultKind {
        bad_gateway,          // 502 with an HTML body
        service_unavailable,  // 503 with an HTML body
        too_many_requests,    // 429 {"message":"Too Many Requests"} with Retry-After: retry_after
        rate_limited,         // 403 {"message":"Rate Limit Exceeded"}
        unauthorized,         // 401 {"message":"401 Unauthorized: Access token does not exist"}
        not_found,            // 404 {"message":"Not Found Project"}
        truncated_json,       // 200, headers right, body cut in the middle of an item
        html_body,            // 200 with an HTML body instead of JSON
        empty_page,           // 200 with [] although the page should have items
        slow,                 // answers correctly after `delay`
        drop_connection,      // closes the connection mid-body
        trickle,              // 200, then the body 16 bytes per `delay`, forever if need be
        repeating_page,       // 200 with page 1's items whatever the page, and no total headers
        inflated_total_page,  // 200, right items and total_count, but total_page: 1000000000
        lying_totals,         // 200, right items, but total_page 1000000000 and total_count 1000000
        no_totals,            // 200, right items, and no total headers
        bad_request,          // 400 {"message":"per_page is invalid"}
        unprocessable,        // 422 {"message":"Validation Failed"}
        oversized,            // 200 with a 65 MiB body, past the client's 64 MiB cap
        deep_json,            // 200 with 20 MiB of '[': nesting no parser should follow
    };

    struct Fault {
        FaultKind kind = FaultKind::bad_gateway;
        std::optional<std::string> repo;     // "owner/name"; any repository when empty
        std::optional<List> list;            // any list when empty
        std::optional<int> page;             // any page when empty
        int times = 1;                       // how many matching requests it hits; -1 = forever
        int retry_after = 1;                 // seconds, for too_many_requests
        std::chrono::milliseconds delay{0};  // for slow and trickle
    };

    struct Request {
        std::string path;                            // "/api/v5/repos/o/r/pulls"
        std::map<std::string, std::string> query;    // decoded parameters, access_token included
        std::map<std::string, std::string> headers;  // request headers, names lower case
        int status = 0;                              // what was answered
    };

    FakeGitee();   // starts listening; the server runs on its own threads
    ~FakeGitee();  // stops and joins
    FakeGitee(const FakeGitee&) = delete;
    FakeGitee& operator=(const FakeGitee&) = delete;

    // "http://127.0.0.1:<port>/api/v5"
    std::string api_url() const;
    // The pull-request comments and accounts a CI job's comment step talks to.
    CommentBoard& comments();
    int port() const;

    // --- data -----------------------------------------------------------
    // Deterministic generated data for `repo` (lower-case "owner/name"):
    // authors drawn from `logins` (default: user0..user49), timestamps spread
    // (creation) over 2025-01-01..2026-06-30 in +08:00, updates up to 40 days later, PR states
    // mixed (open, closed, merged with merged_at), issue states and types mixed (缺陷, 任务, 需求),
    // comments spread over the repository's PRs/issues; some comment bodies
    // are commands like "/lgtm" or "/approve"; a few items have user: null.
    // Ids are unique across the whole server. Replaces what `repo` had.
    void generate(const std::string& repo, Sizes sizes, std::uint32_t seed = 1,
                  std::vector<std::string> logins = {});
    // A repository that exists but has nothing in it (its lists answer []).
    void add_empty_repo(const std::string& repo);
    // Marks `count` existing items of `list` as updated now (+1 s per item,
    // strictly after every existing updated_at), which moves them to the end
    // of the updated-ascending order. Returns their ids. It takes the oldest
    // items, so every page of an updated-ascending listing shifts.
    std::vector<std::int64_t> touch(const std::string& repo, List list, int count);
    // Marks the `count` oldest items of `list` as updated at `when` (+1 s
    // per item), wherever that puts them: a far-future date included.
    std::vector<std::int64_t> touch_at(const std::string& repo, List list, int count,
                                       std::chrono::system_clock::time_point when);
    // Appends `count` new items to `list` (updated after everything else).
    std::vector<std::int64_t> add_items(const std::string& repo, List list, int count);
    // Every id the server has for (repo, list).
    std::vector<std::int64_t> ids(const std::string& repo, List list) const;
    Sizes sizes(const std::string& repo) const;

    // --- behaviour ------------------------------------------------------
    // When set, a request whose access_token differs answers 401.
    void require_token(std::string token);
    // Every request waits this long before answering (benchmarks use 50 ms).
    void set_latency(std::chrono::milliseconds latency);
    // Every answer carries a Date header, as Gitee's do: the real time plus
    // this (a server whose clock is wrong).
    void set_clock_offset(std::chrono::seconds offset);
    void add_fault(Fault fault);
    void clear_faults();
    // A hook run (on the server thread, before answering) for every request;
    // tests use it to change data in the middle of a fetch.
    void on_request(std::function<void(const Request&)> hook);

    // --- observation ----------------------------------------------------
    std::vector<Request> requests() const;
    std::size_t request_count() const;
    void clear_requests();
    // The most requests that were being answered at the same moment.
    int peak_concurrency() const;
    // How many client connections (distinct remote address and port) sent
    // requests: a client that reuses connections keeps this low.
    std::size_t connection_count() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace sigaudit::testing
