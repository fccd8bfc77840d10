// The three workflows end to end: the real binary fetches from the fake Gitee
// server, evaluates the shipped rules and reports. The expected figures come
// from an independent count over the server's own pages, not from sigaudit.
#include <catch2/catch.hpp>

#include <httplib.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "support/fake_gitee.h"
#include "support/process.h"
#include "support/report_json.h"
#include "support/temp_dir.h"

using nlohmann::json;
using sigaudit::testing::FakeGitee;
using sigaudit::testing::ProcessResult;
using sigaudit::testing::run_sigaudit;
using sigaudit::testing::TempDir;

namespace {

const std::vector<std::string> kPeople = {"alice", "bob", "carol", "dave", "erin"};

constexpr const char* kRoster = R"(Description: test SIG
Contributors:
- name: Alice
  gitee_id: alice
- name: Bob
  gitee_id: bob
- name: Carol
  gitee_id: carol
Reviewers:
- name: Bob
  gitee_id: bob
- name: Carol
  gitee_id: carol
Committers:
- name: Carol
  gitee_id: carol
)";

json all_items(const FakeGitee& server, const std::string& repo, const std::string& list) {
    httplib::Client client("127.0.0.1", server.port());
    json items = json::array();
    for (int page = 1;; ++page) {
        const auto answer = client.Get("/api/v5/repos/" + repo + "/" + list +
                                       "?state=all&per_page=100&page=" + std::to_string(page));
        REQUIRE(answer);
        const json body = json::parse(answer->body);
        if (body.empty()) {
            return items;
        }
        items.insert(items.end(), body.begin(), body.end());
    }
}

std::string login_of(const json& item) {
    return item["user"].is_null() ? "" : item["user"]["login"].get<std::string>();
}

// What the shipped rules count, counted by hand: merged PRs in the SIG
// repository (committer), and plain comments on others' PRs (reviewer).
struct Oracle {
    std::map<std::string, int> merged_in_models;
    std::map<std::string, int> merged_in_docs;
    std::map<std::string, int> review_comments;
};

Oracle count_by_hand(const FakeGitee& server) {
    Oracle oracle;
    for (const json& pull : all_items(server, "mindspore/docs", "pulls")) {
        oracle.merged_in_docs[login_of(pull)] += pull["merged_at"].is_null() ? 0 : 1;
    }
    for (const std::string repo : {"mindspore/models", "mindspore/mindspore"}) {
        std::map<std::string, std::string> author_of_pull;
        for (const json& pull : all_items(server, repo, "pulls")) {
            author_of_pull[std::to_string(pull["number"].get<long>())] = login_of(pull);
            if (repo == "mindspore/models" && !pull["merged_at"].is_null()) {
                ++oracle.merged_in_models[login_of(pull)];
            }
        }
        for (const json& comment : all_items(server, repo, "pulls/comments")) {
            const std::string url = comment["pull_request_url"];
            const std::string number = url.substr(url.rfind('/') + 1);
            const std::string body = comment["body"].is_null() ? "" : comment["body"];
            const bool command = body.find_first_not_of(" \t\r\n") != std::string::npos &&
                                 body[body.find_first_not_of(" \t\r\n")] == '/';
            const std::string author = login_of(comment);
            if (!command && !author.empty() && author_of_pull[number] != author) {
                ++oracle.review_comments[author];
            }
        }
    }
    return oracle;
}

const json& criterion(const json& person, const std::string& rule, const std::string& id) {
    for (const json& result : person["results"]) {
        if (result["rule"] == rule) {
            for (const json& c : result["criteria"]) {
                if (c["id"] == id) {
                    return c;
                }
            }
        }
    }
    FAIL("no criterion " << rule << "/" << id);
    static const json none;
    return none;
}

const json& rule_result(const json& person, const std::string& rule) {
    return sigaudit::testing::rule_json(person, rule);
}

struct Workflow {
    FakeGitee server;
    TempDir dir;
    std::string store = (dir.path() / "gitee.db").string();
    std::string roster = dir.write("sig_members.yaml", kRoster);

    // `docs_active`: mindspore/docs has work too, as a docs SIG's would.
    explicit Workflow(bool docs_active = false) {
        server.generate("mindspore/models", {300, 900, 50, 100}, 31, kPeople);
        server.generate("mindspore/mindspore", {200, 600, 50, 100}, 32, kPeople);
        if (docs_active) {
            server.generate("mindspore/docs", {150, 100, 20, 20}, 33, kPeople);
        } else {
            server.add_empty_repo("mindspore/docs");
        }
        // The other repositories the shipped rules name.
        for (const char* repo :
             {"mindspore/tutorials", "mindspore/mindarmour", "mindspore/mindscience",
              "mindspore/mindquantum", "mindspore/golden-stick", "mindspore/mindinsight"}) {
            server.add_empty_repo(repo);
        }
    }

    ProcessResult run(std::vector<std::string> args) const {
        args.insert(args.end(), {"--api-url", server.api_url(), "--store", store, "--no-progress"});
        if (args.front() != "fetch") {
            args.insert(args.end(), {"--as-of", "2026-11-01"});
        }
        return run_sigaudit(args, {{"GITEE_TOKEN", "workflow-token"}, {"NO_COLOR", "1"}});
    }
};

}  // namespace

TEST_CASE("audit fetches, then gives every person the verdicts the rules imply", "[workflow]") {
    const Workflow workflow;
    const ProcessResult audit = workflow.run({"audit", workflow.roster, "--format", "json"});
    INFO(audit.err);
    REQUIRE(audit.exit_code == 0);
    const json report = json::parse(audit.out);
    CHECK(report["schema"] == "sigaudit/report@1");
    CHECK(report["as_of"] == "2026-11-01");

    const Oracle oracle = count_by_hand(workflow.server);
    std::vector<std::string> logins;
    for (const json& person : report["people"]) {
        const std::string login = person["login"];
        logins.push_back(login);
        INFO(login);
        const json& merged = criterion(person, "committer", "merged-prs-in-sig");
        CHECK(merged["actual"] == oracle.merged_in_models.at(login));
        CHECK(merged["passed"] == (oracle.merged_in_models.at(login) >= 5));
        const json& comments = criterion(person, "reviewer", "review-comments");
        CHECK(comments["actual"] == oracle.review_comments.at(login));
        // Committer needs Reviewer in the roster: only Bob and Carol hold it.
        const bool reviewer = login == "bob" || login == "carol";
        CHECK(rule_result(person, "committer")["eligible"] ==
              (reviewer && oracle.merged_in_models.at(login) >= 5));
    }
    // The roster's people, by login; no one else without --discover.
    CHECK(logins == std::vector<std::string>{"alice", "bob", "carol"});
}

TEST_CASE("audit --discover adds the active people the roster does not list", "[workflow]") {
    const Workflow workflow;
    const ProcessResult audit =
        workflow.run({"audit", workflow.roster, "--discover", "--format", "json"});
    INFO(audit.err);
    REQUIRE(audit.exit_code == 0);
    std::set<std::string> logins;
    const json report = json::parse(audit.out);
    for (const json& person : report["people"]) {
        logins.insert(person["login"].get<std::string>());
    }
    CHECK(logins.count("dave") == 1);
    CHECK(logins.count("erin") == 1);
}

TEST_CASE("audit --offline reads the store alone and agrees with the online run", "[workflow]") {
    Workflow workflow;
    const ProcessResult online = workflow.run({"audit", workflow.roster, "--format", "json"});
    REQUIRE(online.exit_code == 0);
    workflow.server.clear_requests();
    const ProcessResult offline =
        workflow.run({"audit", workflow.roster, "--format", "json", "--offline"});
    REQUIRE(offline.exit_code == 0);
    CHECK(workflow.server.request_count() == 0);
    CHECK(offline.out == online.out);
}

TEST_CASE("check shows one person's progress with the same figures", "[workflow]") {
    const Workflow workflow;
    const ProcessResult check =
        workflow.run({"check", "Alice", "--roster", workflow.roster, "--format", "json"});
    INFO(check.err);
    REQUIRE(check.exit_code == 0);
    const json report = json::parse(check.out);
    REQUIRE(report["people"].size() == 1);
    CHECK(report["people"][0]["login"] == "alice");
    const Oracle oracle = count_by_hand(workflow.server);
    CHECK(criterion(report["people"][0], "committer", "merged-prs-in-sig")["actual"] ==
          oracle.merged_in_models.at("alice"));

    const ProcessResult text = workflow.run({"check", "alice", "--offline"});
    REQUIRE(text.exit_code == 0);
    CHECK_THAT(text.out, Catch::Contains("merged-prs-in-sig"));
}

TEST_CASE("ci justifies additions against the head roster, with exit codes", "[workflow]") {
    const Workflow workflow;
    // Alice becomes a Reviewer.
    std::string with_alice = kRoster;
    with_alice.replace(with_alice.find("Reviewers:\n"), 11,
                       "Reviewers:\n- name: Alice\n  gitee_id: alice\n");
    const std::string reviewers_added = workflow.dir.write("alice-reviewer.yaml", with_alice);
    const ProcessResult ci = workflow.run(
        {"ci", "--base", workflow.roster, "--head", reviewers_added, "--format", "json"});
    INFO(ci.err);
    const json report = json::parse(ci.out);
    CHECK(report["schema"] == "sigaudit/ci@1");
    REQUIRE(report["additions"].size() == 1);
    CHECK(report["additions"][0]["login"] == "alice");
    CHECK(report["additions"][0]["role"] == "reviewer");
    const bool justified = report["additions"][0]["justified"];
    CHECK(ci.exit_code == (justified ? 0 : 1));

    SECTION("no change is justified, exit 0") {
        const ProcessResult same =
            workflow.run({"ci", "--base", workflow.roster, "--head", workflow.roster});
        CHECK(same.exit_code == 0);
    }
    SECTION("a committer without the reviewer role is not justified, exit 1") {
        const std::string dave = workflow.dir.write(
            "dave.yaml", std::string(kRoster) + "- name: Dave\n  gitee_id: dave\n");
        const ProcessResult unjustified = workflow.run(
            {"ci", "--base", workflow.roster, "--head", dave, "--format", "json", "--offline"});
        CHECK(unjustified.exit_code == 1);
        const json verdict = json::parse(unjustified.out);
        REQUIRE(verdict["additions"].size() == 1);
        CHECK(verdict["additions"][0]["login"] == "dave");
        CHECK(verdict["additions"][0]["role"] == "committer");
        CHECK(verdict["additions"][0]["justified"] == false);
    }
    SECTION("a head roster with lint errors fails, exit 1") {
        const std::string broken = workflow.dir.write(
            "broken.yaml", std::string(kRoster) + "- name: Nobody\n  email: x@example.com\n");
        const ProcessResult linted = workflow.run(
            {"ci", "--base", workflow.roster, "--head", broken, "--format", "json", "--offline"});
        CHECK(linted.exit_code == 1);
        CHECK_FALSE(json::parse(linted.out)["lint"].empty());
    }
}

TEST_CASE("the workflows refuse bad invocations with exit 2", "[workflow]") {
    const Workflow workflow;
    CHECK(workflow.run({"check", "not a login!", "--offline"}).exit_code == 2);
    CHECK(
        workflow.run({"audit", workflow.roster, "--as-of", "2026-13-01", "--offline"}).exit_code ==
        2);
    CHECK(workflow.run({"audit", "/no/such/roster.yaml", "--offline"}).exit_code == 2);
    CHECK(workflow.run({"ci", "--head", workflow.roster, "--offline"}).exit_code == 2);
}

// A docs SIG, as its sig-info.yaml says: its repository is mindspore/docs.
constexpr const char* kDocsSigInfo = R"(name: docs
description: MindSpore docs SIG
mailing_list: NA
maintainers:
- gitee_id: carol
  name: Carol
repositories:
- repo:
  - mindspore/docs/
  committers:
  - gitee_id: bob
    name: Bob
  contributors:
  - gitee_id: alice
    name: Alice
)";

TEST_CASE("a sig-info roster's repositories are the SIG's, and every report says so",
          "[workflow][sig-info]") {
    const Workflow workflow(true);
    const std::string roster = workflow.dir.write("docs/sig-info.yaml", kDocsSigInfo);
    const ProcessResult audit = workflow.run({"audit", roster, "--format", "json"});
    INFO(audit.err);
    REQUIRE(audit.exit_code == 0);
    const json report = json::parse(audit.out);
    CHECK(report["sig_repositories"]["repos"] == json::array({"mindspore/docs"}));
    CHECK(report["sig_repositories"]["from"] == "roster");
    CHECK(report["sig_repositories"]["line"] == 7);
    Oracle oracle = count_by_hand(workflow.server);
    for (const json& person : report["people"]) {
        const std::string login = person["login"];
        INFO(login);
        // Merged docs PRs are SIG work here; the models PRs are not.
        CHECK(criterion(person, "committer", "merged-prs-in-sig")["actual"] ==
              oracle.merged_in_docs[login]);
    }
    CHECK(oracle.merged_in_docs["alice"] != oracle.merged_in_models["alice"]);

    const ProcessResult text = workflow.run({"audit", roster, "--offline"});
    CHECK_THAT(text.out,
               Catch::Contains("SIG repositories: mindspore/docs (from " + roster + ":7)"));
    const ProcessResult check = workflow.run({"check", "alice", "--roster", roster, "--offline"});
    CHECK_THAT(check.out, Catch::Contains("SIG repositories: mindspore/docs (from "));
}

TEST_CASE("the config's sig group wins over the roster's repositories", "[workflow][sig-info]") {
    const Workflow workflow(true);
    const std::string roster = workflow.dir.write("docs/sig-info.yaml", kDocsSigInfo);
    const std::string config =
        workflow.dir.write("sigaudit.yaml", "groups:\n  sig: [mindspore/models]\n");
    const ProcessResult audit =
        workflow.run({"audit", roster, "--config", config, "--format", "markdown"});
    INFO(audit.err);
    REQUIRE(audit.exit_code == 0);
    CHECK_THAT(audit.out, Catch::Contains(
                              "SIG repositories: mindspore/models (from the config's groups.sig)"));
}

TEST_CASE("ci reads the SIG's repositories from the base, never the head", "[workflow][sig-info]") {
    const Workflow workflow(true);
    const std::string base = workflow.dir.write("base/sig-info.yaml", kDocsSigInfo);
    // The head points the SIG at mindspore/models, where alice has more merged work.
    std::string moved = kDocsSigInfo;
    moved.replace(moved.find("mindspore/docs/"), 15, "mindspore/models");
    const std::string contributor = "  contributors:\n  - gitee_id: alice";
    moved.replace(moved.find(contributor), contributor.size(), "  - gitee_id: alice");
    const std::string head = workflow.dir.write("head/sig-info.yaml", moved);
    const ProcessResult ci =
        workflow.run({"ci", "--base", base, "--head", head, "--format", "json"});
    INFO(ci.err);
    const json report = json::parse(ci.out);
    CHECK(report["sig_repositories"]["repos"] == json::array({"mindspore/docs"}));
    CHECK(report["head_sig_repositories"] == json::array({"mindspore/models"}));
    REQUIRE(report["additions"].size() == 1);
    CHECK(report["additions"][0]["login"] == "alice");
    CHECK(report["additions"][0]["promoted_from"] == "member");
    CHECK(report["removals"].empty());
}

TEST_CASE("fetch --roster fetches the SIG repositories the roster names", "[workflow][sig-info]") {
    Workflow workflow;
    workflow.server.add_empty_repo("mindspore/vllm-mindspore");
    std::string inference = kDocsSigInfo;
    inference.replace(inference.find("mindspore/docs/"), 15, "mindspore/vllm-mindspore");
    const std::string roster = workflow.dir.write("inference/sig-info.yaml", inference);
    const auto asked_for_vllm = [&] {
        for (const auto& request : workflow.server.requests()) {
            if (request.path.find("/repos/mindspore/vllm-mindspore/") != std::string::npos) {
                return true;
            }
        }
        return false;
    };
    REQUIRE(workflow.run({"fetch"}).exit_code == 0);
    CHECK_FALSE(asked_for_vllm());
    const ProcessResult fetch = workflow.run({"fetch", "--roster", roster});
    INFO(fetch.err);
    REQUIRE(fetch.exit_code == 0);
    CHECK(asked_for_vllm());
    // So the offline audit finds the SIG's repository in the store.
    const ProcessResult audit = workflow.run({"audit", roster, "--offline"});
    CHECK_THAT(audit.out, Catch::Contains("SIG repositories: mindspore/vllm-mindspore (from "));
}
