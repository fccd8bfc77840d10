// What a report says when its data cannot stand for the person asked about,
// through the real binary over a real store.
#include <catch2/catch.hpp>

#include <algorithm>
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

// Warnings wrap like any paragraph; read each as one line.
std::string unwrapped(std::string out) {
    for (std::size_t at; (at = out.find("\n  ")) != std::string::npos;) {
        out.replace(at, 3, " ");
    }
    return out;
}

}  // namespace

TEST_CASE("check of a login nobody in the data has warns first, with near logins", "[data][cli]") {
    StoreFixture f;
    two_people(f);
    const ProcessResult text = f.run({"check", "alcie"});
    INFO(text.err);
    REQUIRE(text.exit_code == 0);
    const std::string out = unwrapped(text.out);
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

TEST_CASE("a repository the rules read but the store never fetched stops the run", "[data][cli]") {
    StoreFixture f;
    two_people(f);
    auto& fetched = f.data.fetched_repos_;
    fetched.erase(std::find(fetched.begin(), fetched.end(), "mindspore/docs"));
    const std::string roster = f.dir.write("sig_members.yaml", "Description: x\n");
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"check", "alice"}, std::vector<std::string>{"audit", roster}}) {
        const ProcessResult run = f.run(command);
        INFO(run.err);
        CHECK(run.exit_code == 3);
        CHECK_THAT(run.err,
                   Catch::Contains("has never been completely fetched for mindspore/docs") &&
                       Catch::Contains("--repo mindspore/docs"));
        CHECK(run.out.empty());
    }

    SECTION("rows of a fetch that never completed do not count as fetched") {
        fetched.push_back("mindspore/docs");
        f.data.merged_pr("mindspore/docs", 3, "alice");
        f.data.unfetched_ = {"mindspore/docs"};
        CHECK(f.run({"check", "alice"}).exit_code == 3);
    }
}

TEST_CASE("every report says what its Gitee data stands on", "[data][cli]") {
    StoreFixture f;
    two_people(f);
    const ProcessResult text = f.run({"check", "alice"});
    INFO(text.err);
    REQUIRE(text.exit_code == 0);
    // The line alone is matched: std::regex recurses per character, and a
    // pattern spanning the whole report overflows the stack on a long one.
    const std::size_t line_at = text.out.find("Gitee data: ");
    REQUIRE(line_at != std::string::npos);
    const std::string line = text.out.substr(line_at, text.out.find('\n', line_at) - line_at);
    CHECK_THAT(line, Catch::Matches("Gitee data: 9 repositories, synced up to "
                                    "\\d{4}-\\d\\d-\\d\\d"));
    CHECK_THAT(text.out, !Catch::Contains("last synced on"));
    const json data = json::parse(f.run({"check", "alice", "--format", "json"}).out)["data"];
    REQUIRE(data["repositories"].size() == 9);
    CHECK(data["repositories"][0]["repo"] == "mindspore/docs");
    CHECK(data["repositories"][0]["synced_at"].is_string());
    CHECK(data["behind_as_of"] == false);

    // An as-of day later than the last sync is data that is not there yet.
    const ProcessResult later = f.run({"check", "alice", "--as-of", "2099-01-01"});
    REQUIRE(later.exit_code == 0);
    CHECK_THAT(later.out, Catch::Contains("warning: the Gitee data was last synced on"));
    const json later_data =
        json::parse(f.run({"check", "alice", "--as-of", "2099-01-01", "--format", "json"}).out);
    CHECK(later_data["data"]["behind_as_of"] == true);
    const std::string roster = f.dir.write("sig_members.yaml", "Description: x\n");
    CHECK_THAT(f.run({"audit", roster, "--as-of", "2099-01-01", "--format", "markdown"}).out,
               Catch::Contains("> **Warning:** the Gitee data was last synced on"));
}

// A ledger entry for a mistyped login would stand in the audit as a person
// of its own; the audit warns at the entry, with the login it likely means.
TEST_CASE("an audit warns at ledger entries for logins that match no one", "[data][cli]") {
    StoreFixture f;
    f.data.merged_pr("mindspore/models", 1, "alice");
    f.ledger(
        "  - {login: alcie, type: meeting, date: 2026-05-01}\n"
        "  - {login: ALICE, type: meeting, date: 2026-05-02}\n"
        "  - {login: bob, type: meeting, date: 2026-05-03}\n"
        "  - {login: alcie, type: meeting, date: 2026-05-04}\n");
    const std::string roster = f.dir.write("sig_members.yaml",
                                           "Description: x\nContributors:\n- name: Bob\n  "
                                           "gitee_home: https://gitee.com/bob\n");
    const ProcessResult text = f.run({"audit", roster});
    INFO(text.err);
    CHECK(text.exit_code == 0);
    const std::string out = unwrapped(text.out);
    CHECK_THAT(out, Catch::Contains("Ledger warnings (1): these logins match no one on the roster "
                                    "or in the Gitee data"));
    CHECK_THAT(out, Catch::Contains((f.dir.path() / "evidence.yaml").string() + ":2:") &&
                        Catch::Contains("'alcie' is neither on the roster nor in the Gitee data "
                                        "of 9 repositories; did you mean alice?") &&
                        Catch::Contains("[evidence-unknown-login]"));

    const json data = json::parse(f.run({"audit", roster, "--format", "json"}).out);
    REQUIRE(data["ledger_warnings"].size() == 1);
    CHECK(data["ledger_warnings"][0]["line"] == 2);
    CHECK(data["ledger_warnings"][0]["code"] == "evidence-unknown-login");
    CHECK_THAT(f.run({"audit", roster, "--format", "markdown"}).out,
               Catch::Contains("### Ledger warnings (1)"));
}

// check and ci read the same ledger as an audit: a mistyped login there is
// a fact missing from the person it was meant for, whatever the command.
TEST_CASE("check and ci warn at ledger entries for logins that match no one", "[data][cli]") {
    StoreFixture f;
    f.data.merged_pr("mindspore/models", 1, "alice");
    f.ledger("  - {login: alcie, type: meeting, date: 2026-05-01}\n");
    const ProcessResult check = f.run({"check", "alice"});
    INFO(check.err);
    REQUIRE(check.exit_code == 0);
    CHECK_THAT(unwrapped(check.out),
               Catch::Contains("Ledger warnings (1): these logins match no one") &&
                   Catch::Contains("evidence.yaml:2:") &&
                   Catch::Contains("'alcie' is neither on the roster nor in the Gitee data of 9 "
                                   "repositories; did you mean alice?"));
    const json check_data = json::parse(f.run({"check", "alice", "--format", "json"}).out);
    REQUIRE(check_data["ledger_warnings"].size() == 1);
    CHECK(check_data["ledger_warnings"][0]["code"] == "evidence-unknown-login");
    CHECK_THAT(f.run({"check", "alice", "--format", "markdown"}).out,
               Catch::Contains("### Ledger warnings (1)"));

    const std::string base = f.dir.write("base.yaml", "Description: x\n");
    const std::string head = f.dir.write("head.yaml",
                                         "Description: x\nContributors:\n- name: Alice\n  "
                                         "gitee_home: https://gitee.com/alice\n");
    const ProcessResult ci = f.run({"ci", "--base", base, "--head", head, "--format", "markdown"});
    INFO(ci.err);
    CHECK_THAT(ci.out, Catch::Contains("### Ledger warnings (1)") &&
                           Catch::Contains("did you mean alice?"));
    const json ci_data =
        json::parse(f.run({"ci", "--base", base, "--head", head, "--format", "json"}).out);
    REQUIRE(ci_data["ledger_warnings"].size() == 1);
    CHECK(ci_data["ledger_warnings"][0]["line"] == 2);
}

TEST_CASE("check says nothing of ledger logins that the data knows", "[data][cli]") {
    StoreFixture f;
    f.data.merged_pr("mindspore/models", 1, "alice");
    f.ledger("  - {login: ALICE, type: meeting, date: 2026-05-01}\n");
    const ProcessResult check = f.run({"check", "alice"});
    REQUIRE(check.exit_code == 0);
    CHECK_THAT(check.out, !Catch::Contains("Ledger warnings"));
    CHECK_FALSE(
        json::parse(f.run({"check", "alice", "--format", "json"}).out).contains("ledger_warnings"));
}
