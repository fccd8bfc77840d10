// Real-shaped rosters: the community's sig-info.yaml files and their
// histories (tests/fixtures/community, names, ids and emails replaced),
// replayed commit by commit in a git repository and judged as a pull
// request job would judge each commit.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "sigaudit/store/store.h"
#include "support/git_repo.h"

using nlohmann::json;
using sigaudit::testing::GitRepo;
using sigaudit::testing::ProcessResult;
using sigaudit::testing::run_sigaudit;

namespace {

const std::filesystem::path kFixtures =
    std::filesystem::path(SIGAUDIT_SOURCE_DIR) / "tests" / "fixtures" / "community";

std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// One history's steps, oldest first (their names start 01-, 02-, ...).
std::vector<std::filesystem::path> steps(const std::string& history) {
    std::vector<std::filesystem::path> out;
    for (const auto& entry : std::filesystem::directory_iterator(kFixtures / history)) {
        out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// A SIG's repository after its first `count` commits of `history`.
struct Replay {
    GitRepo repo;
    std::string store = repo.dir().write("gitee.db", "");

    Replay(const std::string& history, std::size_t count) {
        std::filesystem::copy_file(kFixtures.parent_path().parent_path().parent_path() /
                                       "examples" / "snapshot" / "gitee.db",
                                   store, std::filesystem::copy_options::overwrite_existing);
        mark_fetched_empty();
        const auto all = steps(history);
        for (std::size_t i = 0; i < count; ++i) {
            repo.commit_file("sig-info.yaml", read(all[i]), all[i].filename().string());
        }
    }

    // The histories name SIG repositories the example snapshot does not
    // hold; these tests are about rosters, so the store has fetched them
    // and found nothing.
    void mark_fetched_empty() const {
        sigaudit::Store snapshot = sigaudit::Store::open(store);
        for (const char* name : {"mindspore/python", "mindspore/vllm-mindspore",
                                 "mindspore/mindformers", "mindspore/lite"}) {
            sigaudit::Store::Sync sync = snapshot.begin_sync(name);
            sync.mark_synced(1780000000);  // 2026-05-29
            sync.commit();
        }
    }

    // `ci` of the last commit against the one before it.
    json ci_of_last_commit() const {
        const ProcessResult run =
            repo.sigaudit({"ci", "--base-ref", "HEAD~1", "--head", "sig-info.yaml", "--offline",
                           "--store", store, "--as-of", "2026-08-31", "--format", "json"});
        INFO(run.err);
        REQUIRE((run.exit_code == 0 || run.exit_code == 1));
        return json::parse(run.out);
    }
};

std::vector<std::string> logins(const json& changes) {
    std::vector<std::string> out;
    for (const json& change : changes) {
        out.push_back(change["login"]);
    }
    return out;
}

}  // namespace

TEST_CASE("community history: a contributor moved up to committer is one promotion",
          "[community][git][sig-info]") {
    // mindquantum, commit 2 of 4: a contributor of mindspore/mindquantum
    // becomes one of its committers.
    const Replay replay("mindquantum-history", 2);
    const json report = replay.ci_of_last_commit();
    json promoted;
    for (const json& addition : report["additions"]) {
        if (addition["promoted_from"] == "member") {
            promoted = addition;
        }
    }
    REQUIRE_FALSE(promoted.is_null());
    CHECK(promoted["role"] == "committer");
    // Not "no longer listed as Member": a Committer holds it.
    for (const json& removal : report["removals"]) {
        CHECK(removal["login"] != promoted["login"]);
    }
    // The Reviewer rung is decided by its rule, and the reason says so.
    CHECK_THAT(promoted["reasons"][0].get<std::string>(),
               Catch::Contains("not a listed role in sig-info.yaml"));
}

TEST_CASE("community history: ids renamed under the same name and email are probable renames",
          "[community][git][sig-info]") {
    // usability, commit 6 of 8 ("mod gitee id"): four committers' ids change.
    const Replay replay("usability-history", 6);
    const json report = replay.ci_of_last_commit();
    REQUIRE(report["probable_renames"].size() == 4);
    for (const json& rename : report["probable_renames"]) {
        CHECK(rename["same_name"] == true);
        CHECK(rename["same_email"] == true);
    }
    for (const json& addition : report["additions"]) {
        CHECK_FALSE(addition["probable_rename_of"].is_null());
    }
    CHECK_THAT(report["verdict"].get<std::string>(),
               Catch::Contains("4 probable renames to confirm"));
    // The SIG's repositories come from the base commit.
    CHECK(report["sig_repositories"]["repos"] ==
          json::array({"mindspore/mindspore", "mindspore/docs"}));
    CHECK(report["sig_repositories"]["file"] == "HEAD~1:sig-info.yaml");
}

TEST_CASE("community history: groups written under maintainers lose nobody",
          "[community][git][sig-info]") {
    // usability, commits 2 to 3: the groups move from under `maintainers:`
    // to `repositories:`. Read as groups both times, the move adds only the
    // people it really adds.
    const Replay replay("usability-history", 3);
    const json report = replay.ci_of_last_commit();
    CHECK(logins(report["additions"]).size() == 3);
    const ProcessResult lint = run_sigaudit(
        {"lint", (kFixtures / "usability-history" / "01-update-usability-sig-msg.yaml").string()});
    CHECK(lint.exit_code == 0);
    CHECK_THAT(lint.out, Catch::Contains("[misplaced-group]"));
}

TEST_CASE("community heads: every file reads, and its placeholders are named",
          "[community][lint][sig-info]") {
    for (const auto& entry : std::filesystem::directory_iterator(kFixtures / "heads")) {
        const std::string path = (entry.path() / "sig-info.yaml").string();
        INFO(path);
        const ProcessResult lint = run_sigaudit({"lint", path, "--format", "json"});
        REQUIRE((lint.exit_code == 0 || lint.exit_code == 1));
        const json report = json::parse(lint.out);
        for (const json& finding : report["findings"]) {
            // None of the template's own keys is taken for a typo.
            CHECK(finding["code"] != "unknown-key");
            CHECK(finding["code"] != "unknown-role-key");
        }
    }
    const ProcessResult mindelec =
        run_sigaudit({"lint", (kFixtures / "heads" / "mindelec" / "sig-info.yaml").string()});
    CHECK(mindelec.exit_code == 1);
    CHECK_THAT(mindelec.out, Catch::Contains("[placeholder-id]"));
    CHECK_THAT(mindelec.out, !Catch::Contains("[duplicate-entry]"));
}

TEST_CASE("community: the security SIG's two rosters are compared", "[community][lint]") {
    const ProcessResult lint =
        run_sigaudit({"lint", (kFixtures / "security" / "sig-info.yaml").string(),
                      (kFixtures / "security" / "sig_members.yaml").string()});
    CHECK(lint.exit_code == 1);
    CHECK_THAT(lint.out, Catch::Contains("[rosters-disagree]"));
}
