// What a report says when its data cannot stand for the person asked about,
// through the real binary over a real store.
#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/process.h"
#include "support/store_fixture.h"
#include "support/temp_dir.h"

using nlohmann::json;
using sigaudit::testing::ProcessResult;
using sigaudit::testing::StoreFixture;

namespace {

// alice has merged work; ada is in the ledger only.
void two_people(StoreFixture& f) {
    f.data.merged_pr("mindspore/models", 1, "alice");
    f.data.merged_pr("mindspore/mindspore", 2, "alicia");
    f.ledger("  - {login: ada, type: meeting, date: 2026-05-01}\n");
}

}  // namespace

TEST_CASE("check of a login nobody in the data has warns first, with near logins", "[data][cli]") {
    StoreFixture f;
    two_people(f);
    const ProcessResult text = f.run({"check", "alcie"});
    INFO(text.err);
    REQUIRE(text.exit_code == 0);
    // The warning wraps like any paragraph; read it as one line.
    std::string out = text.out;
    for (std::size_t at; (at = out.find("\n  ")) != std::string::npos;) {
        out.replace(at, 3, " ");
    }
    CHECK(out.rfind("warning: no contributions found for 'alcie' in 9 repositories, and "
                    "neither the roster nor the ledger names them; did you mean alice or "
                    "alicia?\n",
                    0) == 0);

    const json data = json::parse(f.run({"check", "alcie", "--format", "json"}).out);
    CHECK(data["unknown_login"]["repositories"] == 9);
    CHECK(data["unknown_login"]["suggestions"] == json::array({"alice", "alicia"}));
    CHECK_THAT(f.run({"check", "alcie", "--format", "markdown"}).out,
               Catch::Contains("> **Warning:** no contributions found for 'alcie'"));
}

TEST_CASE("check of a known login, in any case, says nothing of the kind", "[data][cli]") {
    StoreFixture f;
    two_people(f);
    for (const char* login : {"alice", "ALICE", "ada"}) {
        INFO(login);
        const ProcessResult text = f.run({"check", login});
        CHECK_THAT(text.out, !Catch::Contains("no contributions found"));
        CHECK(json::parse(f.run({"check", login, "--format", "json"}).out)["unknown_login"]
                  .is_null());
    }
    const ProcessResult stranger = f.run({"check", "zoltan"});
    CHECK_THAT(stranger.out, Catch::Contains("check the spelling of the login"));
}

TEST_CASE("offline, a store path that does not exist is exit 3, never an empty store",
          "[data][cli]") {
    sigaudit::testing::TempDir dir;
    const std::string missing = (dir.path() / "gitee.bd").string();
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"check", "alice"},
          std::vector<std::string>{"audit", dir.write("sig_members.yaml", "Description: x\n")}}) {
        std::vector<std::string> args = command;
        args.insert(args.end(), {"--offline", "--store", missing});
        const ProcessResult run = sigaudit::testing::run_sigaudit(args);
        INFO(run.err);
        CHECK(run.exit_code == 3);
        CHECK_THAT(run.err, Catch::Contains("--offline: there is no store at " + missing));
        CHECK(run.out.empty());
        CHECK_FALSE(std::filesystem::exists(missing));
    }
}
