#include <catch2/catch.hpp>

#include <signal.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "sigaudit/store/sqlite.h"
#include "sigaudit/store/store.h"
#include "support/fake_gitee.h"
#include "support/process.h"
#include "support/temp_dir.h"

using namespace std::chrono_literals;
using sigaudit::GiteeList;
using sigaudit::Store;
using sigaudit::testing::FakeGitee;
using sigaudit::testing::ProcessResult;
using sigaudit::testing::run_sigaudit;
using sigaudit::testing::TempDir;
using List = FakeGitee::List;
using Fault = FakeGitee::Fault;
using FaultKind = FakeGitee::FaultKind;

namespace {

constexpr const char* kRepo = "mindspore/models";
constexpr const char* kToken = "tok-5ecret-c0ffee";

struct FetchRig {
    FakeGitee server;
    TempDir dir;
    std::string store = (dir.path() / "gitee.db").string();

    ProcessResult fetch(std::vector<std::string> extra = {},
                        std::map<std::string, std::string> environment = {}) {
        std::vector<std::string> args = {"fetch",   "--api-url", server.api_url(),
                                         "--store", store,       "--no-progress"};
        if (std::none_of(extra.begin(), extra.end(),
                         [](const std::string& a) { return a == "--repo" || a == "--rules"; })) {
            args.insert(args.end(), {"--repo", kRepo});
        }
        args.insert(args.end(), extra.begin(), extra.end());
        if (!environment.count("GITEE_TOKEN")) {
            environment["GITEE_TOKEN"] = kToken;
        }
        return run_sigaudit(args, environment);
    }

    struct Timed {
        ProcessResult run;
        std::chrono::steady_clock::duration took;
    };
    Timed timed_fetch(std::vector<std::string> extra) {
        const auto started = std::chrono::steady_clock::now();
        ProcessResult run = fetch(std::move(extra));
        return {std::move(run), std::chrono::steady_clock::now() - started};
    }

    Store::Counts stored(const std::string& repo = kRepo) const {
        return Store::open(store).counts(repo);
    }
};

// A fault on page 2 of `list`, for `times` requests (-1: every one).
Fault page_two(FaultKind kind, List list, int times = 1) {
    Fault fault;
    fault.kind = kind;
    fault.list = list;
    fault.page = 2;
    fault.times = times;
    return fault;
}

int pages_of(int items) {
    return std::max(1, (items + 99) / 100);
}

void check_complete(const FetchRig& rig, const std::string& repo = kRepo) {
    const FakeGitee::Sizes sizes = rig.server.sizes(repo);
    const Store::Counts counts = rig.stored(repo);
    CHECK(counts.pulls == sizes.pulls);
    CHECK(counts.pull_comments == sizes.pull_comments);
    CHECK(counts.issues == sizes.issues);
    CHECK(counts.issue_comments == sizes.issue_comments);
}

std::size_t requests_to(const FakeGitee& server, const std::string& fragment) {
    const auto requests = server.requests();
    return static_cast<std::size_t>(std::count_if(
        requests.begin(), requests.end(),
        [&](const FakeGitee::Request& r) { return r.path.find(fragment) != std::string::npos; }));
}

}  // namespace

TEST_CASE("fetch reads every page of the four lists, once each, concurrently", "[fetch_e2e]") {
    FetchRig rig;
    rig.server.generate(kRepo, {1234, 2345, 567, 890}, 7);
    rig.server.set_latency(5ms);  // long enough for requests to overlap

    const ProcessResult run = rig.fetch();
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    check_complete(rig);
    // Pages that exist, and not one request more.
    const int pages = pages_of(1234) + pages_of(2345) + pages_of(567) + pages_of(890);
    CHECK(rig.server.request_count() == static_cast<std::size_t>(pages));
    CHECK(rig.server.peak_concurrency() > 1);
    CHECK(rig.server.peak_concurrency() <= 8);
    CHECK(rig.server.connection_count() <= 8);  // kept alive and reused, not one per page
    for (const FakeGitee::Request& request : rig.server.requests()) {
        INFO(request.path);
        CHECK(request.query.at("per_page") == "100");
        CHECK(request.query.at("sort") == "updated");
        CHECK(request.query.at("direction") == "asc");
        CHECK(request.query.at("access_token") == kToken);
        CHECK(request.headers.at("user-agent").rfind("sigaudit/", 0) == 0);
        CHECK_THAT(request.headers.at("accept-encoding"), Catch::Contains("gzip"));
        if (request.path.ends_with("/pulls") || request.path.ends_with("/issues")) {
            CHECK(request.query.at("state") == "all");
        }
    }
    CHECK_THAT(run.out, Catch::Contains("fetched 1 of 1 repository"));
    CHECK_THAT(run.out, Catch::Contains("5,036 new, 0 updated"));
    CHECK_THAT(run.out, Catch::Contains(std::to_string(pages) + " pages"));
}

// The pages of a fetch sit in the WAL until the store closes; the summary
// counts them, and the store is one file again when the fetch is done.
TEST_CASE("fetch reports the size of what it stored and leaves one file", "[fetch_e2e]") {
    FetchRig rig;
    rig.server.generate(kRepo, {300, 900, 100, 300}, 7);
    const ProcessResult run = rig.fetch();
    REQUIRE(run.exit_code == 0);
    const auto bytes = std::filesystem::file_size(rig.store);
    CHECK(bytes > 100'000);
    char size[32];
    std::snprintf(size, sizeof size, "(%.1f KiB)", static_cast<double>(bytes) / 1024);
    CHECK_THAT(run.out, Catch::Contains(rig.store + " " + size));
    CHECK(std::distance(std::filesystem::directory_iterator(rig.dir.path()),
                        std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("progress is live on a terminal, and silent elsewhere or with --no-progress",
          "[fetch_e2e]") {
    FakeGitee server;
    server.generate(kRepo, {450, 0, 0, 0}, 5);
    TempDir dir;
    const std::vector<std::string> args = {"fetch",
                                           "--repo",
                                           kRepo,
                                           "--api-url",
                                           server.api_url(),
                                           "--store",
                                           (dir.path() / "gitee.db").string()};

    const ProcessResult on_terminal = sigaudit::testing::run_sigaudit_on_terminal(args);
    REQUIRE(on_terminal.exit_code == 0);
    CHECK_THAT(on_terminal.err, Catch::Contains("fetching 0/1 · mindspore/models"));
    CHECK_THAT(on_terminal.err, Catch::Contains("8/8 pages, 450 items"));
    CHECK_THAT(on_terminal.out, Catch::Contains("fetched 1 of 1 repository"));

    std::vector<std::string> quiet = args;
    quiet.push_back("--no-progress");
    const ProcessResult asked_not = sigaudit::testing::run_sigaudit_on_terminal(quiet);
    REQUIRE(asked_not.exit_code == 0);
    CHECK(asked_not.err.find("fetching") == std::string::npos);

    const ProcessResult piped = run_sigaudit(args);
    REQUIRE(piped.exit_code == 0);
    CHECK(piped.err.find("fetching") == std::string::npos);
}

TEST_CASE("the --jobs flag bounds the requests in flight", "[fetch_e2e]") {
    FetchRig rig;
    rig.server.generate(kRepo, {900, 900, 0, 0}, 3);
    rig.server.set_latency(20ms);
    REQUIRE(rig.fetch({"--jobs", "3"}).exit_code == 0);
    CHECK(rig.server.peak_concurrency() <= 3);
    CHECK(rig.server.peak_concurrency() >= 2);
    check_complete(rig);
}

TEST_CASE("a second fetch asks only for what changed since the last", "[fetch_e2e]") {
    FetchRig rig;
    rig.server.generate(kRepo, {450, 620, 130, 240}, 11);
    REQUIRE(rig.fetch().exit_code == 0);

    rig.server.clear_requests();
    const ProcessResult unchanged = rig.fetch();
    REQUIRE(unchanged.exit_code == 0);
    CHECK(rig.server.request_count() == 4);  // one request per list
    for (const FakeGitee::Request& request : rig.server.requests()) {
        CHECK(request.query.count("since") == 1);
        CHECK(request.query.at("page") == "1");
    }
    CHECK_THAT(unchanged.out, Catch::Contains("0 new, 0 updated"));

    const auto touched = rig.server.touch(kRepo, List::pulls, 5);
    rig.server.add_items(kRepo, List::issue_comments, 3);
    rig.server.clear_requests();
    const ProcessResult changed = rig.fetch();
    REQUIRE(changed.exit_code == 0);
    CHECK(rig.server.request_count() == 4);
    CHECK_THAT(changed.out, Catch::Contains("3 new, 5 updated"));
    check_complete(rig);
}

TEST_CASE("items changing during the fetch are neither lost nor duplicated", "[fetch_e2e]") {
    FetchRig rig;
    rig.server.generate(kRepo, {2000, 100, 0, 0}, 5);
    std::atomic<int> seen{0};
    // Early in the fetch, 40 pull requests change: each moves to the end of
    // the updated-ascending order, shifting every later page by one.
    rig.server.on_request([&](const FakeGitee::Request& request) {
        if (request.path.ends_with("/pulls") && ++seen == 4) {
            rig.server.touch(kRepo, List::pulls, 40);
        }
    });
    rig.server.set_latency(10ms);
    const ProcessResult run = rig.fetch({"--jobs", "4"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    check_complete(rig);
    const auto ids = rig.server.ids(kRepo, List::pulls);
    CHECK(Store::open(rig.store).counts(kRepo).pulls == static_cast<std::int64_t>(ids.size()));
}

TEST_CASE("transient faults are retried and the data comes in whole", "[fetch_e2e]") {
    FetchRig rig;
    rig.server.generate(kRepo, {250, 250, 250, 250}, 2);
    const auto [kind, list] = GENERATE(table<FaultKind, List>({
        {FaultKind::bad_gateway, List::pulls},
        {FaultKind::service_unavailable, List::issues},
        {FaultKind::truncated_json, List::pull_comments},
        {FaultKind::html_body, List::issue_comments},
        {FaultKind::drop_connection, List::pulls},
        {FaultKind::empty_page, List::issues},
        {FaultKind::rate_limited, List::pull_comments},
    }));
    INFO("fault kind " << static_cast<int>(kind));
    rig.server.add_fault(page_two(kind, list));
    const ProcessResult run = rig.fetch();
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    check_complete(rig);
    CHECK_THAT(run.out, Catch::Contains("1 retry") || Catch::Contains("0 retries"));
}

TEST_CASE("429 waits as long as Retry-After says", "[fetch_e2e]") {
    FetchRig rig;
    rig.server.generate(kRepo, {150, 0, 0, 0}, 2);
    Fault fault = page_two(FaultKind::too_many_requests, List::pulls);
    fault.retry_after = 2;
    rig.server.add_fault(fault);
    const auto [run, took] = rig.timed_fetch({});
    REQUIRE(run.exit_code == 0);
    CHECK(took >= 2s);
    check_complete(rig);
    CHECK_THAT(run.out, Catch::Contains("1 retry"));
}

TEST_CASE("a slow answer past --timeout is retried", "[fetch_e2e]") {
    FetchRig rig;
    rig.server.generate(kRepo, {150, 0, 0, 0}, 2);
    Fault fault = page_two(FaultKind::slow, List::pulls);
    fault.delay = 3s;
    rig.server.add_fault(fault);
    const ProcessResult run = rig.fetch({"--timeout", "1"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    check_complete(rig);
}

TEST_CASE("an answer that trickles in is cut off by --timeout and retried", "[fetch_e2e]") {
    FetchRig rig;
    rig.server.generate(kRepo, {250, 0, 0, 0}, 2);
    Fault fault = page_two(FaultKind::trickle, List::pulls);
    fault.delay = 100ms;  // a page of 100 pulls would take minutes at 16 bytes a time
    rig.server.add_fault(fault);
    const auto [run, took] = rig.timed_fetch({"--timeout", "1"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(took < 15s);
    check_complete(rig);
    CHECK_THAT(run.out, Catch::Contains("1 retry"));
}

TEST_CASE("a server that only ever trickles fails the repository within the timeouts",
          "[fetch_e2e]") {
    FetchRig rig;
    rig.server.generate(kRepo, {250, 50, 0, 0}, 2);
    Fault fault = page_two(FaultKind::trickle, List::pulls, -1);
    fault.delay = 100ms;
    rig.server.add_fault(fault);
    const auto [run, took] = rig.timed_fetch({"--timeout", "1", "--retries", "1"});
    CHECK(run.exit_code == 3);
    CHECK(took < 15s);
    CHECK_THAT(run.err, Catch::Contains("GET /repos/mindspore/models/pulls?"));
    CHECK_THAT(run.err, Catch::Contains("timed out"));
    CHECK(rig.stored().pulls == 0);
    CHECK(rig.stored().pull_comments == 0);
}

TEST_CASE("a page that keeps failing fails its repository and saves nothing of it", "[fetch_e2e]") {
    FetchRig rig;
    rig.server.generate(kRepo, {350, 120, 80, 60}, 4);
    REQUIRE(rig.fetch().exit_code == 0);
    const Store::Counts before = rig.stored();
    const auto high_water = Store::open(rig.store).high_water(kRepo, GiteeList::pulls);

    rig.server.touch(kRepo, List::pulls, 150);
    rig.server.add_items(kRepo, List::pull_comments, 20);
    const FaultKind kind =
        GENERATE(FaultKind::bad_gateway, FaultKind::truncated_json, FaultKind::not_found,
                 FaultKind::empty_page, FaultKind::html_body, FaultKind::drop_connection);
    rig.server.add_fault(page_two(kind, List::pulls, -1));
    const ProcessResult run = rig.fetch({"--retries", "1"});
    CHECK(run.exit_code == 3);
    CHECK_THAT(run.err, Catch::Contains("mindspore/models: GET /repos/mindspore/models/pulls?"));
    CHECK_THAT(run.err, Catch::Contains("nothing of mindspore/models was saved"));
    CHECK(run.err.find(kToken) == std::string::npos);
    const Store::Counts after = rig.stored();
    CHECK(after.pulls == before.pulls);
    CHECK(after.pull_comments == before.pull_comments);
    CHECK(Store::open(rig.store).high_water(kRepo, GiteeList::pulls) == high_water);

    rig.server.clear_faults();
    REQUIRE(rig.fetch().exit_code == 0);
    check_complete(rig);
}

TEST_CASE("one failing repository does not keep the others from being saved", "[fetch_e2e]") {
    FetchRig rig;
    rig.server.generate("mindspore/models", {120, 0, 0, 0}, 1);
    rig.server.generate("mindspore/mindspore", {120, 0, 0, 0}, 2);
    Fault fault;
    fault.kind = FaultKind::not_found;
    fault.repo = "mindspore/models";
    fault.times = -1;
    rig.server.add_fault(fault);
    const ProcessResult run =
        rig.fetch({"--repo", "mindspore/models", "--repo", "mindspore/mindspore"});
    CHECK(run.exit_code == 3);
    CHECK_THAT(run.err, Catch::Contains("Not Found Project"));
    CHECK(rig.stored("mindspore/mindspore").pulls == 120);
    CHECK(rig.stored("mindspore/models").pulls == 0);
    CHECK_THAT(run.out, Catch::Contains("fetched 1 of 2 repositories"));
}

TEST_CASE("a rejected token stops the fetch at once, and no output shows it", "[fetch_e2e]") {
    FetchRig rig;
    rig.server.generate(kRepo, {500, 500, 500, 500}, 2);
    rig.server.require_token("the-right-one");
    const ProcessResult run = rig.fetch({"-v"});
    CHECK(run.exit_code == 3);
    CHECK_THAT(run.err, Catch::Contains("token rejected"));
    CHECK_THAT(run.err, Catch::Contains("$GITEE_TOKEN"));
    CHECK_THAT(run.err, Catch::Contains("access_token=***"));
    CHECK(run.err.find(kToken) == std::string::npos);
    CHECK(run.out.find(kToken) == std::string::npos);
    CHECK(rig.server.request_count() <= 8);  // nothing after the 401 but what was in flight
    CHECK(rig.stored().pulls == 0);
}

TEST_CASE("the token comes from the variable --token-env names", "[fetch_e2e]") {
    FetchRig rig;
    rig.server.generate(kRepo, {10, 0, 0, 0}, 2);
    rig.server.require_token("from-my-var");
    const ProcessResult run = rig.fetch({"--token-env", "MY_GITEE"}, {{"MY_GITEE", "from-my-var"}});
    CHECK(run.exit_code == 0);
    CHECK(rig.stored().pulls == 10);
}

TEST_CASE("verbose mode logs every request with the token masked", "[fetch_e2e]") {
    FetchRig rig;
    rig.server.generate(kRepo, {150, 0, 0, 0}, 2);
    const ProcessResult run = rig.fetch({"-v"});
    REQUIRE(run.exit_code == 0);
    CHECK_THAT(run.err, Catch::Contains("/repos/mindspore/models/pulls?state=all"));
    CHECK_THAT(run.err, Catch::Contains("access_token=*** -> 200"));
    CHECK(run.err.find(kToken) == std::string::npos);
    CHECK(run.out.find(kToken) == std::string::npos);
}

TEST_CASE("an unreachable server ends in exit 3 naming what failed", "[fetch_e2e]") {
    TempDir dir;
    const ProcessResult run =
        run_sigaudit({"fetch", "--repo", kRepo, "--api-url", "http://127.0.0.1:1/api/v5", "--store",
                      (dir.path() / "s.db").string(), "--retries", "1", "--no-progress"},
                     {{"GITEE_TOKEN", kToken}});
    CHECK(run.exit_code == 3);
    CHECK_THAT(run.err, Catch::Contains("Couldn't connect to server"));
    CHECK(run.err.find(kToken) == std::string::npos);
}

TEST_CASE("fetch takes the repositories the rules' groups name", "[fetch_e2e]") {
    FetchRig rig;
    rig.server.generate("sig/one", {5, 5, 5, 5}, 1);
    rig.server.generate("sig/two", {5, 5, 5, 5}, 2);
    const std::string rules = rig.dir.write("rules.yaml", R"(groups:
  sig: [sig/one, sig/two]
rules:
  - id: member
    title: Member
    role: member
    criteria:
      id: merged
      count: pr_merged
      repos: sig
      at_least: 1
)");
    const ProcessResult run = rig.fetch({"--rules", rules});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    check_complete(rig, "sig/one");
    check_complete(rig, "sig/two");
    CHECK(requests_to(rig.server, "/repos/sig/") == 8);
}

TEST_CASE("a fetch killed half-way leaves the previous data, and the next one resumes",
          "[fetch_e2e]") {
    FetchRig rig;
    rig.server.generate(kRepo, {600, 600, 300, 300}, 9);
    REQUIRE(rig.fetch().exit_code == 0);
    const Store::Counts before = rig.stored();
    rig.server.touch(kRepo, List::pulls, 300);
    rig.server.add_items(kRepo, List::pulls, 150);
    rig.server.set_latency(100ms);
    rig.server.clear_requests();

    const pid_t pid = sigaudit::testing::spawn_sigaudit(
        {"fetch", "--repo", kRepo, "--api-url", rig.server.api_url(), "--store", rig.store,
         "--jobs", "2", "--no-progress"},
        {{"GITEE_TOKEN", kToken}});
    while (rig.server.request_count() < 5) {
        std::this_thread::sleep_for(5ms);
    }
    ::kill(pid, SIGKILL);
    CHECK(sigaudit::testing::wait_for(pid) == -1);

    {
        sigaudit::sqlite::Database db(rig.store);
        sigaudit::sqlite::Statement check(db, "PRAGMA integrity_check");
        REQUIRE(check.step());
        CHECK(check.text_at(0) == "ok");
    }
    CHECK(rig.stored().pulls == before.pulls);
    rig.server.set_latency(0ms);
    REQUIRE(rig.fetch().exit_code == 0);
    check_complete(rig);
}

// One item dated in 2099 must not carry the high-water mark past every later
// change: the next incremental fetch still sees what changed after it.
TEST_CASE("fetch: a far-future updated_at does not poison the high-water mark", "[fetch]") {
    FetchRig rig;
    rig.server.generate(kRepo, {30, 30, 30, 30}, 7);
    REQUIRE(rig.fetch().exit_code == 0);
    const std::int64_t year_2099 = 4070908800;
    rig.server.touch_at(kRepo, List::pulls, 1,
                        std::chrono::system_clock::time_point(std::chrono::seconds(year_2099)));
    const ProcessResult second = rig.fetch();
    INFO(second.err);
    REQUIRE(second.exit_code == 0);
    CHECK_THAT(second.err + second.out,
               Catch::Contains("warning: mindspore/models: 1 of its pull requests is dated more "
                               "than a day after now"));
    std::int64_t mark = 0;
    {
        const Store store = Store::open(rig.store);
        REQUIRE(store.high_water(kRepo, GiteeList::pulls));
        mark = *store.high_water(kRepo, GiteeList::pulls);
        CHECK(mark < year_2099);
    }

    // A change made after the future-dated one is found by the next fetch.
    const auto changed =
        rig.server.touch_at(kRepo, List::pulls, 1, std::chrono::system_clock::now());
    REQUIRE(changed.size() == 1);
    const ProcessResult third = rig.fetch();
    INFO(third.err);
    REQUIRE(third.exit_code == 0);
    sigaudit::sqlite::Database db(rig.store);
    sigaudit::sqlite::Statement stored(db, "SELECT updated_at FROM pulls WHERE id = ?1");
    stored.bind_all(changed.front());
    REQUIRE(stored.step());
    CHECK(stored.int64_at(0) > mark);
    CHECK(stored.int64_at(0) < year_2099);
}

// A server that answers every page with page 1 and no page count would have
// a fetch read forever; it ends, exit 3, naming the list, nothing saved.
TEST_CASE("fetch: a server that repeats its page is stopped at the first repeat", "[fetch]") {
    FetchRig rig;
    rig.server.generate(kRepo, {250, 10, 10, 10}, 7);
    rig.server.add_fault(
        Fault{FaultKind::repeating_page, kRepo, List::pulls, std::nullopt, -1, 1, 0ms});
    const auto [run, took] = rig.timed_fetch({});
    INFO(run.err);
    CHECK(run.exit_code == 3);
    CHECK_THAT(run.err, Catch::Contains("is the same as page 1: the server repeats a page"));
    CHECK(rig.server.request_count() < 20);
    CHECK(took < 30s);
    CHECK(Store::open(rig.store).counts(kRepo).pulls == 0);
}

// total_page: 1000000000 beside a true total_count costs the real pages only.
TEST_CASE("fetch: an inflated total_page is held to what total_count fills", "[fetch]") {
    FetchRig rig;
    rig.server.generate(kRepo, {250, 10, 10, 10}, 7);
    rig.server.add_fault(
        Fault{FaultKind::inflated_total_page, kRepo, List::pulls, std::nullopt, -1, 1, 0ms});
    const auto [run, took] = rig.timed_fetch({});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(Store::open(rig.store).counts(kRepo).pulls == 250);
    // Three pages of pulls and one of each other list.
    CHECK(rig.server.request_count() == 6);
}

// A billion pages and a total_count of a million: each reading ends at the
// first empty page, with only the window of pages in flight asked for, and
// three short readings fail the repository, exit 3, nothing saved.
TEST_CASE("fetch: a billion-page server with a lying total_count is bounded in requests",
          "[fetch]") {
    FetchRig rig;
    rig.server.generate(kRepo, {250, 10, 10, 10}, 7);
    rig.server.add_fault(
        Fault{FaultKind::lying_totals, kRepo, List::pulls, std::nullopt, -1, 1, 0ms});
    const auto [run, took] = rig.timed_fetch({});
    CHECK(run.exit_code == 3);
    CHECK_THAT(run.err, Catch::Contains("the list announced 1000000 items but 250 distinct ones "
                                        "came, in 3 readings"));
    // Per reading: the three real pages and the window beyond them.
    CHECK(rig.server.request_count() <= 3 * (3 + 64) + 3);
    CHECK(took < 30s);
    CHECK(Store::open(rig.store).counts(kRepo).pulls == 0);
}

// Without page counts a list is read page after page; --max-pages bounds it.
TEST_CASE("fetch: a list read page after page stops at --max-pages", "[fetch]") {
    FetchRig rig;
    rig.server.generate(kRepo, {1000, 10, 10, 10}, 7);
    rig.server.add_fault(Fault{FaultKind::no_totals, kRepo, List::pulls, std::nullopt, -1, 1, 0ms});
    const ProcessResult capped = rig.fetch({"--max-pages", "4"});
    CHECK(capped.exit_code == 3);
    CHECK_THAT(capped.err,
               Catch::Contains(
                   "page 4 is full: the list goes on past 4 pages, the page cap (--max-pages)"));
    CHECK(rig.server.request_count() == 4 + 3);
    CHECK(Store::open(rig.store).counts(kRepo).pulls == 0);

    const ProcessResult whole = rig.fetch();
    INFO(whole.err);
    CHECK(whole.exit_code == 0);
    CHECK(Store::open(rig.store).counts(kRepo).pulls == 1000);
}

// An empty page in the middle of a list: the reading ends there, says so,
// and reads the list again, which brings the rest.
TEST_CASE("fetch: an empty page before the last is a warning, and the list is read again",
          "[fetch]") {
    FetchRig rig;
    rig.server.generate(kRepo, {450, 10, 10, 10}, 7);
    rig.server.add_fault(Fault{FaultKind::empty_page, kRepo, List::pulls, 2, 1, 1, 0ms});
    const ProcessResult run = rig.fetch();
    INFO(run.err);
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.out, Catch::Contains("warning: mindspore/models: GET /repos/mindspore/models/"
                                        "pulls?state=all&sort=updated&direction=asc&page=2&"
                                        "per_page=100 of 5 came back empty"));
    CHECK(Store::open(rig.store).counts(kRepo).pulls == 450);
}

// What asking again cannot change is asked once: a bad request, a missing
// repository, a refused query, an answer past the size cap.
TEST_CASE("fetch: permanent failures are not retried", "[fetch]") {
    const auto [kind, said] = GENERATE(
        table<FaultKind, std::string>({{FaultKind::bad_request, "HTTP 400: per_page is invalid"},
                                       {FaultKind::not_found, "HTTP 404: Not Found Project"},
                                       {FaultKind::unprocessable, "HTTP 422: Validation Failed"},
                                       {FaultKind::oversized, "the answer exceeded 64 MiB"}}));
    CAPTURE(said);
    FetchRig rig;
    rig.server.generate(kRepo, {250, 10, 10, 10}, 7);
    rig.server.add_fault(Fault{kind, kRepo, List::pulls, 1, -1, 1, 0ms});
    const ProcessResult run = rig.fetch();
    CHECK(run.exit_code == 3);
    CHECK_THAT(run.err, Catch::Contains(said + "; nothing of mindspore/models was saved"));
    const std::vector<FakeGitee::Request> requests = rig.server.requests();
    CHECK(std::count_if(requests.begin(), requests.end(), [](const FakeGitee::Request& r) {
              return r.path.ends_with("/pulls");
          }) == 1);
}

// nlohmann would build a value per '[' (60 MB of them took 4.6 GiB): the
// nesting is measured first, and such a page is refused before parsing.
TEST_CASE("fetch: a page nested past any Gitee answer is refused unparsed", "[fetch][security]") {
    FetchRig rig;
    rig.server.generate(kRepo, {50, 10, 10, 10}, 7);
    rig.server.add_fault(Fault{FaultKind::deep_json, kRepo, List::pulls, 1, -1, 1, 0ms});
    const ProcessResult run = rig.fetch({"--retries", "1"});
    CHECK(run.exit_code == 3);
    CHECK_THAT(run.err, Catch::Contains("the JSON nests deeper than 64 levels; no Gitee answer does"));
}

// A row the store holds in a version no incremental fetch will replace (dated
// in 2099 by a server that lied once), and one Gitee no longer has: --full
// reads the repository from the start and its rows replace the stored ones.
TEST_CASE("fetch --full replaces a repository's rows, dropping what is gone", "[fetch]") {
    FetchRig rig;
    rig.server.generate(kRepo, {30, 30, 30, 30}, 7);
    REQUIRE(rig.fetch().exit_code == 0);
    std::int64_t poisoned = 0;
    {
        sigaudit::sqlite::Database db(rig.store);
        sigaudit::sqlite::Statement first(db, "SELECT min(id) FROM pulls");
        REQUIRE(first.step());
        poisoned = first.int64_at(0);
        sigaudit::sqlite::Statement poison(
            db, "UPDATE pulls SET updated_at = 4070908800, title = 'stale' WHERE id = ?1");
        poison.bind_all(poisoned);
        poison.run();
        db.exec(
            "INSERT INTO pulls SELECT id + 1000000, repo, number + 1000000, state, author, "
            "title, labels, created_at, updated_at, merged_at, url FROM pulls WHERE id = "
            "(SELECT max(id) FROM pulls)");
    }
    const auto title_of = [&](std::int64_t id) {
        sigaudit::sqlite::Database db(rig.store);
        sigaudit::sqlite::Statement query(db, "SELECT title FROM pulls WHERE id = ?1");
        query.bind_all(id);
        return query.step() ? query.text_at(0) : std::string();
    };
    REQUIRE(rig.fetch().exit_code == 0);
    CHECK(title_of(poisoned) == "stale");
    CHECK(rig.stored().pulls == 31);

    rig.server.clear_requests();
    const ProcessResult full = rig.fetch({"--full"});
    INFO(full.err);
    REQUIRE(full.exit_code == 0);
    for (const FakeGitee::Request& request : rig.server.requests()) {
        CHECK(request.query.count("since") == 0);
    }
    CHECK(title_of(poisoned) != "stale");
    CHECK(rig.stored().pulls == 30);
    CHECK_THAT(full.out, Catch::Contains("0 new          1 updated          1 removed"));
    check_complete(rig);
}

TEST_CASE("store status shows each list's items, mark, syncs and future-dated rows",
          "[fetch][store]") {
    FetchRig rig;
    rig.server.generate(kRepo, {30, 40, 50, 60}, 7);
    REQUIRE(rig.fetch().exit_code == 0);
    rig.server.touch_at(kRepo, List::issues, 1,
                        std::chrono::system_clock::time_point(std::chrono::seconds(4070908800)));
    REQUIRE(rig.fetch().exit_code == 0);
    const std::string before = sigaudit::testing::read_file(rig.store);

    const ProcessResult json =
        run_sigaudit({"store", "status", "--store", rig.store, "--format", "json"});
    INFO(json.err);
    REQUIRE(json.exit_code == 0);
    const auto data = nlohmann::json::parse(json.out);
    REQUIRE(data["repositories"].size() == 1);
    const auto& repo = data["repositories"][0];
    CHECK(repo["repo"] == kRepo);
    CHECK(repo["synced_at"].is_string());
    CHECK(repo["full_synced_at"].is_string());
    std::vector<std::int64_t> items;
    for (const auto& list : repo["lists"]) {
        items.push_back(list["items"]);
        CHECK(list["high_water"].is_string());
        CHECK(list["future_dated"] == (list["list"] == "issues" ? 1 : 0));
    }
    CHECK(items == std::vector<std::int64_t>{30, 40, 50, 60});

    const ProcessResult text = run_sigaudit({"store", "status", "--store", rig.store});
    CHECK_THAT(text.out, Catch::Contains("pull request comments") &&
                             Catch::Contains("warning: 1 of its issues is dated more than a day "
                                             "after the last sync"));
    CHECK(sigaudit::testing::read_file(rig.store) == before);

    const ProcessResult missing = run_sigaudit({"store", "status", "--store", rig.store + ".typo"});
    CHECK(missing.exit_code == 3);
    CHECK_THAT(missing.err, Catch::Contains("there is no store at " + rig.store + ".typo"));
    CHECK_FALSE(std::filesystem::exists(rig.store + ".typo"));
}

// The server's clock bounds its own dates: against a server whose Date says
// three days ago, an item it dates today lies in its future, so it is kept
// but does not move the mark, whatever this machine's clock says.
TEST_CASE("fetch: the server's Date header bounds the high-water mark too", "[fetch]") {
    FetchRig rig;
    rig.server.generate(kRepo, {30, 30, 30, 30}, 7);
    REQUIRE(rig.fetch().exit_code == 0);
    const auto mark_before = Store::open(rig.store).high_water(kRepo, GiteeList::pulls);
    rig.server.set_clock_offset(std::chrono::hours(-72));
    rig.server.touch_at(kRepo, List::pulls, 1, std::chrono::system_clock::now());
    const ProcessResult run = rig.fetch();
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    CHECK_THAT(run.out, Catch::Contains("1 of its pull requests is dated more than a day after"));
    CHECK(Store::open(rig.store).high_water(kRepo, GiteeList::pulls) == mark_before);

    // With its clock right again, the same item moves the mark.
    rig.server.set_clock_offset(std::chrono::seconds(0));
    const ProcessResult right = rig.fetch();
    CHECK_THAT(right.out, !Catch::Contains("dated more than a day"));
    CHECK(Store::open(rig.store).high_water(kRepo, GiteeList::pulls) > mark_before);
}
