// Where the Gitee token may go, and what is left of it on disk: a config
// file in a pull request is written by whoever the CI job judges, so it
// must not be able to pick the secret or the server it is sent to.
#include <catch2/catch.hpp>

#include <sys/prctl.h>
#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "cli/data_source.h"
#include "sigaudit/cli/deps.h"
#include "sigaudit/config/config.h"
#include "support/fake_gitee.h"
#include "support/process.h"
#include "support/temp_dir.h"

using sigaudit::api_url_problem;
using sigaudit::testing::FakeGitee;
using sigaudit::testing::ProcessResult;
using sigaudit::testing::run_sigaudit;
using sigaudit::testing::TempDir;

namespace {

constexpr const char* kRepo = "mindspore/models";
constexpr const char* kSecret = "ci-secret-9f8e7d6c";

// Whether any request the server saw carried `secret`, anywhere.
bool server_saw(const FakeGitee& server, const std::string& secret) {
    for (const FakeGitee::Request& request : server.requests()) {
        for (const auto& [name, value] : request.query) {
            if (value.find(secret) != std::string::npos) {
                return true;
            }
        }
        for (const auto& [name, value] : request.headers) {
            if (value.find(secret) != std::string::npos) {
                return true;
            }
        }
    }
    return false;
}

ProcessResult fetch_with_config(const FakeGitee& server, TempDir& dir, const std::string& config,
                                std::map<std::string, std::string> environment) {
    const std::string path = dir.write("sigaudit.yaml", config);
    return run_sigaudit({"fetch", "--config", path, "--api-url", server.api_url(), "--store",
                         (dir.path() / "gitee.db").string(), "--repo", kRepo, "--no-progress"},
                        std::move(environment));
}

}  // namespace

TEST_CASE("a config cannot choose which secret is sent as the token", "[security][fetch_e2e]") {
    FakeGitee server;
    server.generate(kRepo, {3, 0, 0, 0}, 2);
    TempDir dir;
    const ProcessResult run = fetch_with_config(server, dir, "token_env: ANY_CI_SECRET\n",
                                                {{"ANY_CI_SECRET", kSecret}, {"GITEE_TOKEN", ""}});
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Catch::Contains("sigaudit.yaml:1:") &&
                            Catch::Contains("token_env may name only GITEE_TOKEN or "
                                            "SIGAUDIT_GITEE_TOKEN") &&
                            Catch::Contains("--token-env"));
    CHECK(server.request_count() == 0);
    CHECK_FALSE(server_saw(server, kSecret));
    CHECK(run.err.find(kSecret) == std::string::npos);

    // Picking one of the documented few is the config's to do.
    const ProcessResult documented =
        fetch_with_config(server, dir, "token_env: SIGAUDIT_GITEE_TOKEN\n",
                          {{"SIGAUDIT_GITEE_TOKEN", "documented-token"}, {"GITEE_TOKEN", ""}});
    INFO(documented.err);
    CHECK(documented.exit_code == 0);
    CHECK(server_saw(server, "documented-token"));
}

TEST_CASE("the token comes from SIGAUDIT_GITEE_TOKEN when GITEE_TOKEN is unset",
          "[security][fetch_e2e]") {
    FakeGitee server;
    server.generate(kRepo, {3, 0, 0, 0}, 2);
    server.require_token("second-of-the-few");
    TempDir dir;
    const ProcessResult run = fetch_with_config(
        server, dir, "", {{"GITEE_TOKEN", ""}, {"SIGAUDIT_GITEE_TOKEN", "second-of-the-few"}});
    INFO(run.err);
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.err, !Catch::Contains("no Gitee token"));
}

TEST_CASE("credentials in the API address are refused and never shown", "[security][fetch_e2e]") {
    FakeGitee server;
    server.generate(kRepo, {3, 0, 0, 0}, 2);
    TempDir dir;
    const std::string with_password = "http://user:" + std::string(kSecret) +
                                      "@127.0.0.1:" + std::to_string(server.port()) + "/api/v5";
    const std::string config = dir.write("sigaudit.yaml", "api_url: " + with_password + "\n");
    const ProcessResult from_config =
        run_sigaudit({"fetch", "--config", config, "--store", (dir.path() / "a.db").string(),
                      "--repo", kRepo, "--no-progress"},
                     {{"GITEE_TOKEN", "t0ken-abcdef"}});
    CHECK(from_config.exit_code == 2);
    CHECK_THAT(from_config.err, Catch::Contains("holds a user name or password"));
    CHECK(from_config.err.find(kSecret) == std::string::npos);

    const ProcessResult from_flag =
        run_sigaudit({"fetch", "--api-url", with_password, "--store",
                      (dir.path() / "b.db").string(), "--repo", kRepo, "--no-progress"},
                     {{"GITEE_TOKEN", "t0ken-abcdef"}});
    CHECK(from_flag.exit_code == 2);
    CHECK_THAT(from_flag.err, Catch::Contains("holds a user name or password"));
    CHECK(from_flag.err.find(kSecret) == std::string::npos);
    CHECK(server.request_count() == 0);
}

TEST_CASE("the token crosses the network only over https", "[security]") {
    CHECK_FALSE(api_url_problem("https://gitee.com/api/v5"));
    CHECK_FALSE(api_url_problem("HTTPS://gitee.example:8443/api/v5"));
    CHECK_FALSE(api_url_problem("http://127.0.0.1:8080/api/v5"));
    CHECK_FALSE(api_url_problem("http://127.9.0.1/api/v5"));
    CHECK_FALSE(api_url_problem("http://localhost:8080/api/v5"));
    CHECK_FALSE(api_url_problem("http://[::1]:8080/api/v5"));
    CHECK_THAT(api_url_problem("http://attacker.example/api/v5").value_or(""),
               Catch::Contains("plain text"));
    CHECK(api_url_problem("http://127.0.0.1.attacker.example/api/v5"));
    CHECK(api_url_problem("http://localhost.attacker.example/api/v5"));
    CHECK(api_url_problem("ftp://gitee.com/api/v5"));
    CHECK(api_url_problem("https:///api/v5"));
    CHECK_THAT(api_url_problem("https://a:b@gitee.com/api/v5").value_or(""),
               Catch::Contains("user name or password") && !Catch::Contains("a:b"));
    // '@' after the host is a path, not credentials.
    CHECK_FALSE(api_url_problem("https://gitee.com/api/v5?x=@y"));
}

TEST_CASE("a fetch without a token says so once", "[security][fetch_e2e]") {
    FakeGitee server;
    server.generate(kRepo, {3, 0, 0, 0}, 2);
    TempDir dir;
    const ProcessResult run = fetch_with_config(server, dir, "", {{"GITEE_TOKEN", ""}});
    INFO(run.err);
    CHECK(run.exit_code == 0);
    const std::string warning = "warning: no Gitee token ($GITEE_TOKEN is not set)";
    CHECK_THAT(run.err, Catch::Contains(warning) && Catch::Contains("anonymous"));
    CHECK(run.err.find(warning) == run.err.rfind(warning));
}

TEST_CASE("a new store is readable by its owner only", "[security][fetch_e2e]") {
    FakeGitee server;
    server.generate(kRepo, {3, 0, 0, 0}, 2);
    TempDir dir;
    const ProcessResult run = fetch_with_config(server, dir, "", {{"GITEE_TOKEN", "t0ken-abcdef"}});
    REQUIRE(run.exit_code == 0);
    struct stat status {};
    REQUIRE(::stat((dir.path() / "gitee.db").c_str(), &status) == 0);
    CHECK((status.st_mode & 0777) == 0600);
}

// In process: whether a process is dumpable is its own to ask (prctl), and
// the test binary may be made undumpable without harm.
TEST_CASE("a process holding a token cannot be dumped", "[security]") {
    std::string out;
    std::string err;
    sigaudit::Terminal terminal = sigaudit::Terminal::buffers(out, err);
    sigaudit::Deps deps{terminal, [] { return sigaudit::Instant{0}; },
                        [](const std::string& name) -> std::optional<std::string> {
                            if (name == "GITEE_TOKEN") {
                                return std::string("t0ken-abcdef");
                            }
                            return std::nullopt;
                        },
                        sigaudit::open_sqlite_store, ""};
    ::prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
    REQUIRE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 1);
    sigaudit::DataFlags flags;
    flags.store = "unused.db";
    const sigaudit::DataSource source =
        sigaudit::resolve_data_source(flags, sigaudit::Config{}, deps);
    CHECK(source.token == "t0ken-abcdef");
    CHECK(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0);
}
