// The Gitee token must not leak through anything a user, a CI log or a later
// reader can see: stdout, stderr, -v request logs, libcurl's error strings,
// reports, and every file sigaudit writes (the store and its journal).
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "sigaudit/store/store.h"
#include "support/fake_gitee.h"
#include "support/process.h"
#include "support/temp_dir.h"

using namespace std::chrono_literals;
using sigaudit::Store;
using sigaudit::testing::FakeGitee;
using sigaudit::testing::ProcessResult;
using sigaudit::testing::run_sigaudit;
using sigaudit::testing::TempDir;
using Fault = FakeGitee::Fault;
using FaultKind = FakeGitee::FaultKind;
using List = FakeGitee::List;

namespace {

constexpr const char* kToken = "tok-9f3c7e-secret";
constexpr const char* kRepo = "mindspore/models";

constexpr const char* kRules = R"(groups:
  sig: [mindspore/models]
rules:
  - id: committer
    title: Committer
    role: committer
    criteria:
      id: merged
      count: pr_merged
      repos: sig
      at_least: 2
)";

constexpr const char* kRoster = R"(Description: secrets test
Committers:
- name: User One
  gitee_id: user1
)";

constexpr const char* kHeadRoster = R"(Description: secrets test
Committers:
- name: User One
  gitee_id: user1
- name: User Two
  gitee_id: user2
)";

std::string read_all(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

struct SecretRig {
    FakeGitee server;
    TempDir dir;
    std::string cache = (dir.path() / "cache").string();
    std::string store = (dir.path() / "cache" / "gitee.db").string();
    std::string token_file = dir.write("token", std::string(kToken) + "\n");
    std::string rules = dir.write("rules.yaml", kRules);
    std::string roster = dir.write("sig_members.yaml", kRoster);
    std::string head = dir.write("head.yaml", kHeadRoster);
    std::vector<ProcessResult> runs;

    SecretRig() {
        std::filesystem::permissions(
            token_file, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
        server.generate(kRepo, {260, 300, 120, 150}, 5);
        server.require_token(kToken);
    }

    // Runs sigaudit with the token from the file and every store write under
    // the rig's directory; keeps the output for the final scan.
    const ProcessResult& run(std::vector<std::string> args, const std::string& api_url = {}) {
        args.insert(args.end(), {"--api-url", api_url.empty() ? server.api_url() : api_url,
                                 "--store", store, "--token-file", token_file, "--no-progress"});
        runs.push_back(run_sigaudit(args, {{"XDG_CACHE_HOME", cache}, {"NO_COLOR", "1"}}));
        return runs.back();
    }
};

}  // namespace

TEST_CASE("no output and no file sigaudit writes holds the token", "[secrets]") {
    SecretRig rig;
    std::filesystem::create_directories(rig.cache);

    // Requests that succeed, logged with -v.
    CHECK(rig.run({"fetch", "-v", "--repo", kRepo}).exit_code == 0);
    CHECK_THAT(rig.runs.back().err, Catch::Contains("access_token=***"));

    // Faults whose libcurl error strings name the URL, retried.
    rig.server.touch(kRepo, List::pulls, 200);
    for (const FaultKind kind :
         {FaultKind::drop_connection, FaultKind::trickle, FaultKind::truncated_json}) {
        Fault fault;
        fault.kind = kind;
        fault.list = List::pulls;
        fault.delay = 200ms;
        rig.server.add_fault(fault);
    }
    CHECK(rig.run({"fetch", "-v", "--repo", kRepo, "--timeout", "1"}).exit_code == 0);
    CHECK_THAT(rig.runs.back().err, Catch::Contains("timed out"));

    // A page that keeps failing, an unreachable server, a rejected token.
    Fault broken;
    broken.kind = FaultKind::bad_gateway;
    broken.times = -1;
    rig.server.add_fault(broken);
    CHECK(rig.run({"fetch", "-v", "--repo", kRepo, "--retries", "0"}).exit_code == 3);
    rig.server.clear_faults();
    CHECK(rig.run({"fetch", "-v", "--repo", kRepo, "--retries", "0"}, "http://127.0.0.1:1/api/v5")
              .exit_code == 3);
    rig.server.require_token("another-token");
    CHECK(rig.run({"fetch", "-v", "--repo", kRepo}).exit_code == 3);
    CHECK_THAT(rig.runs.back().err, Catch::Contains("token rejected"));
    rig.server.require_token(kToken);

    // The three workflows, fetching first, in every format.
    for (const char* format : {"text", "markdown", "json"}) {
        CHECK(rig.run({"audit", rig.roster, "--rules", rig.rules, "-v", "--format", format})
                  .exit_code == 0);
        CHECK(
            rig.run({"check", "user1", "--rules", rig.rules, "-v", "--format", format}).exit_code ==
            0);
        const int ci = rig.run({"ci", "--base", rig.roster, "--head", rig.head, "--rules",
                                rig.rules, "-v", "--format", format})
                           .exit_code;
        CHECK((ci == 0 || ci == 1));
    }

    for (const ProcessResult& run : rig.runs) {
        INFO(run.err);
        CHECK(run.out.find(kToken) == std::string::npos);
        CHECK(run.err.find(kToken) == std::string::npos);
    }

    // The store holds what was fetched, so a clean scan of it means something.
    REQUIRE(Store::open(rig.store).counts(kRepo).pull_comments == 300);
    bool scanned_store = false;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(rig.dir.path())) {
        if (entry.is_regular_file() && entry.path() != rig.token_file) {
            INFO(entry.path());
            CHECK(read_all(entry.path()).find(kToken) == std::string::npos);
            scanned_store = scanned_store || entry.path() == rig.store;
        }
    }
    CHECK(scanned_store);
}

TEST_CASE("a token file others can read draws a warning, and is used either way", "[secrets]") {
    SecretRig rig;
    const auto fetch = [&rig] { return rig.run({"fetch", "--repo", kRepo}); };

    const ProcessResult& private_file = fetch();
    CHECK(private_file.exit_code == 0);
    CHECK(private_file.err.find("warning") == std::string::npos);

    ::chmod(rig.token_file.c_str(), 0644);
    const ProcessResult& shared_file = fetch();
    CHECK(shared_file.exit_code == 0);
    CHECK_THAT(shared_file.err, Catch::Contains(rig.token_file + " can be read by other users"));
    CHECK(shared_file.err.find(kToken) == std::string::npos);
}

TEST_CASE("a token file that is not a token says why without showing it", "[secrets]") {
    SecretRig rig;
    const std::string secret_line = std::string(kToken) + "\x01\x02 binary\n";
    const std::string binary = rig.dir.write("binary-token", secret_line);
    ::chmod(binary.c_str(), 0600);
    rig.token_file = binary;
    const ProcessResult& run = rig.run({"fetch", "--repo", kRepo});
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Catch::Contains(binary));
    CHECK(run.err.find(kToken) == std::string::npos);
    CHECK(rig.server.request_count() == 0);
}
