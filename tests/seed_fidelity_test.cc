// Readings of the seed texts that the data alone cannot settle, through the
// real binary over a real store: commands are not help, "core code" waits
// for a maintainer's confirmation, a SIG may count only diff comments, and
// an audit dated in the past says that states are today's.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "support/process.h"
#include "support/report_json.h"
#include "support/store_fixture.h"

using nlohmann::json;
using sigaudit::testing::ProcessResult;
using sigaudit::testing::run_sigaudit;
using sigaudit::testing::StoreFixture;

namespace {

// What the shipped framework-core-code asks a maintainer to confirm.
const std::string kCoreCode = "at least 1 of the merged PRs is core framework code";

const json& rule_of(const json& person, const std::string& rule) {
    return sigaudit::testing::rule_json(person, rule);
}

const json& node_of(const json& person, const std::string& rule, const std::string& id) {
    const json* found = sigaudit::testing::find_criterion_json(rule_of(person, rule), id);
    REQUIRE(found != nullptr);
    return *found;
}

// Meets the Excellent Developer criteria with nothing to confirm: a merged
// model and a sharing session.
void excellent_without_confirmation(StoreFixture& f, const std::string& login) {
    f.data.merged_pr("mindspore/models", 900, login);
    f.ledger("  - {login: " + login + ", type: talk, date: 2026-05-20}\n");
}

}  // namespace

TEST_CASE("triage commands are not help: 36 answers and 6 commands fall short of 40",
          "[seeds][cli]") {
    StoreFixture f;
    excellent_without_confirmation(f, "tina");
    for (int i = 0; i < 42; ++i) {
        const std::string number = "I" + std::to_string(100 + i);
        f.data.issue("mindspore/mindspore", number, "someone");
        f.data.issue_comment("mindspore/mindspore", number, "tina",
                             i < 36 ? "try setting the context first" : "/assign @tina");
    }
    const ProcessResult result = f.run({"check", "tina", "--format", "json"});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    const json person = json::parse(result.out)["people"][0];
    CHECK(rule_of(person, "excellent-developer")["eligible"] == true);
    CHECK(rule_of(person, "senior-developer")["eligible"] == false);
    const json& helping = node_of(person, "senior-developer", "helping-contributions");
    CHECK(helping["actual"] == 36);
    CHECK(helping["criteria"][0]["command_policy"] == "excluded");

    // The text says so where the figure stands, and rules explain says it too.
    const ProcessResult text = f.run({"check", "tina"});
    CHECK_THAT(text.out, Catch::Contains("36/40") &&
                             Catch::Contains("commands such as /retest or /assign not counted"));
    const ProcessResult explain = run_sigaudit({"rules", "explain", "senior-developer"});
    CHECK_THAT(explain.out, Catch::Contains("commands not counted"));
}

TEST_CASE("one framework PR makes a Senior Developer whose core code waits for confirmation",
          "[seeds][cli]") {
    StoreFixture f;
    excellent_without_confirmation(f, "fiona");
    f.data.merged_pr("mindspore/mindspore", 4821, "fiona");
    const std::string pr = "https://gitee.com/mindspore/mindspore/pulls/4821";

    SECTION("check names what to confirm, and the PR to look at") {
        const ProcessResult text = f.run({"check", "fiona"});
        INFO(text.err);
        REQUIRE(text.exit_code == 0);
        CHECK_THAT(text.out,
                   Catch::Contains("Senior Developer (senior-developer): eligible, 1 item "
                                   "to confirm"));
        CHECK_THAT(text.out, Catch::Contains("to confirm by a maintainer: " + kCoreCode));
        CHECK_THAT(
            text.out,
            Catch::Contains("To confirm for Senior Developer: a SIG maintainer must check") &&
                Catch::Contains("framework-core-code: " + kCoreCode + "\n      " + pr));
        CHECK_THAT(text.out, Catch::Contains("once checked, record type confirmation, criterion "
                                             "senior-developer/framework-core-code\n"));

        const ProcessResult data = f.run({"check", "fiona", "--format", "json"});
        const json person = json::parse(data.out)["people"][0];
        const json& senior = rule_of(person, "senior-developer");
        CHECK(senior["eligible"] == true);
        REQUIRE(senior["to_confirm"].size() == 1);
        CHECK(senior["to_confirm"][0]["criterion"] == "framework-core-code");
        CHECK(senior["to_confirm"][0]["evidence"] == json::array({pr}));
        CHECK(node_of(person, "senior-developer", "framework-core-code")["confirm"]["status"] ==
              "pending");
        // Excellent Developer rests on nothing unconfirmed.
        CHECK(rule_of(person, "excellent-developer")["to_confirm"].empty());
    }
    SECTION("audit gathers every pending confirmation in one section") {
        const std::string roster = f.dir.write("sig_members.yaml", "Description: x\n");
        const ProcessResult audit = f.run({"audit", roster, "--format", "markdown"});
        INFO(audit.err);
        CHECK_THAT(
            audit.out,
            Catch::Contains("### To confirm before the vote (1)") &&
                Catch::Contains(
                    "- **fiona**: Senior Developer\n  - `senior-developer/framework-core-code`: " +
                    kCoreCode + " — "));
    }
    SECTION("a confirmation in the ledger clears it") {
        f.ledger(
            "  - login: fiona\n    type: confirmation\n"
            "    criterion: senior-developer/framework-core-code\n    by: zheng_wei\n"
            "    date: 2026-06-01\n    url: https://example.org/votes/7\n");
        const ProcessResult text = f.run({"check", "fiona"});
        INFO(text.err);
        REQUIRE(text.exit_code == 0);
        CHECK_THAT(text.out, Catch::Contains("Senior Developer (senior-developer): eligible\n"));
        CHECK_THAT(text.out, !Catch::Contains("To confirm") && !Catch::Contains("to confirm by"));
        CHECK_THAT(text.out, Catch::Contains("confirmed by zheng_wei on 2026-06-01: " + kCoreCode));
        const json person =
            json::parse(f.run({"check", "fiona", "--format", "json"}).out)["people"][0];
        const json& confirm = node_of(person, "senior-developer", "framework-core-code")["confirm"];
        CHECK(confirm["status"] == "confirmed");
        CHECK(confirm["by"] == "zheng_wei");
        CHECK(rule_of(person, "senior-developer")["to_confirm"].empty());
    }
    SECTION("a confirmation dated after the as-of day does not count yet") {
        f.ledger(
            "  - {login: fiona, type: confirmation, criterion: framework-core-code, by: zheng_wei,"
            " date: 2026-07-15}\n");
        CHECK_THAT(f.run({"check", "fiona"}).out, Catch::Contains("eligible, 1 item to confirm"));
    }
    SECTION("a confirmation of a criterion that asks for none is an error, by line") {
        f.ledger(
            "  - {login: fiona, type: confirmation, criterion: senior-developer/arxiv-paper,"
            " by: zheng_wei, date: 2026-06-01}\n");
        const ProcessResult result = f.run({"check", "fiona"});
        CHECK(result.exit_code == 2);
        CHECK_THAT(result.err, Catch::Contains("evidence.yaml:3:") &&
                                   Catch::Contains("evidence-unknown-criterion") &&
                                   Catch::Contains("senior-developer/framework-core-code"));
        CHECK(result.out.empty());
    }
    SECTION("criterion and by belong to confirmations only") {
        f.ledger("  - {login: fiona, type: talk, date: 2026-05-21, by: zheng_wei}\n");
        const ProcessResult result = f.run({"check", "fiona"});
        CHECK(result.exit_code == 2);
        CHECK_THAT(result.err, Catch::Contains("'by' belongs to confirmation entries only"));
    }
}

TEST_CASE("a SIG that counts only diff comments changes one line, and a Reviewer verdict",
          "[seeds][cli]") {
    StoreFixture f;
    f.ledger("  - {login: rita, type: meeting, date: 2026-05-01}\n");
    f.ledger("  - {login: rita, type: meeting, date: 2026-05-15}\n");
    f.data.open_pr("mindspore/models", 10, "someone");
    f.data.open_pr("mindspore/models", 11, "someone");
    for (int i = 0; i < 10; ++i) {
        f.data.pr_comment("mindspore/models", 10 + i % 2, "rita",
                          i < 6 ? "diff_comment" : "pr_comment");
    }
    const std::string roster = f.dir.write("sig_members.yaml",
                                           "Description: x\nMembers:\n- name: Rita\n  gitee_id: "
                                           "rita\n");
    const auto reviewer = [&](const std::vector<std::string>& rules) {
        std::vector<std::string> args = {"check", "rita", "--roster", roster, "--format", "json"};
        args.insert(args.end(), rules.begin(), rules.end());
        const ProcessResult result = f.run(args);
        INFO(result.err);
        REQUIRE(result.exit_code == 0);
        return rule_of(json::parse(result.out)["people"][0], "reviewer");
    };
    CHECK(reviewer({})["eligible"] == true);

    const std::string shipped = sigaudit::testing::source_file("rules/sig-roles.yaml");
    const std::string line = "        # comment_type: [diff_comment]\n";
    REQUIRE(shipped.find(line) != std::string::npos);
    std::string strict = shipped;
    strict.replace(strict.find(line), line.size(), "        comment_type: [diff_comment]\n");
    const std::string strict_path = f.dir.write("strict/sig-roles.yaml", strict);

    const json strict_reviewer = reviewer({"--rules", strict_path});
    CHECK(strict_reviewer["eligible"] == false);
    const json& comments =
        *sigaudit::testing::find_criterion_json(strict_reviewer, "review-comments");
    CHECK(comments["actual"] == 6);
    CHECK(comments["comment_types"] == json::array({"diff_comment"}));
    CHECK_THAT(comments["description"].get<std::string>(),
               Catch::Contains("only line comments on the diff (diff_comment)"));

    // Comments stored before comment types were kept cannot be told apart:
    // the strict rules refuse them rather than count them as neither.
    f.data.marked_lists_ = {sigaudit::GiteeList::pulls};
    const ProcessResult untyped =
        f.run({"check", "rita", "--roster", roster, "--rules", strict_path});
    CHECK(untyped.exit_code == 3);
    CHECK_THAT(untyped.err,
               Catch::Contains("stored PR comments of mindspore/models were fetched before "
                               "sigaudit kept comment types") &&
                   Catch::Contains("sigaudit fetch --repo mindspore/models"));
    CHECK(untyped.out.empty());
}

TEST_CASE("an audit dated in the past says that issue states are today's", "[seeds][cli]") {
    StoreFixture f;
    f.data.merged_pr("mindspore/models", 1, "alice");
    const std::string roster = f.dir.write("sig_members.yaml", "Description: x\n");
    const std::string note = "Issue and PR states are today's, not those of 2026-06-30";
    const ProcessResult past = f.run({"audit", roster, "--format", "json"});
    INFO(past.err);
    CHECK(json::parse(past.out)["states_read_today"] == true);
    CHECK_THAT(f.run({"audit", roster}).out, Catch::Contains(note));
    CHECK_THAT(f.run({"check", "alice", "--format", "markdown"}).out, Catch::Contains(note));

    // Today's audit reads today's states: nothing to say.
    const ProcessResult today =
        f.run({"audit", roster, "--format", "json", "--as-of", "2099-01-01"});
    CHECK(json::parse(today.out)["states_read_today"] == false);
}

TEST_CASE("ci says what a justified addition leaves a maintainer to confirm", "[seeds][cli]") {
    StoreFixture f;
    f.ledger("  - {login: rita, type: meeting, date: 2026-05-01}\n");
    f.ledger("  - {login: rita, type: meeting, date: 2026-05-15}\n");
    const std::string rules = f.dir.write("rules/member.yaml", R"(rules:
  - id: member
    title: Member
    role: member
    criteria:
      - id: sig-meetings
        description: at least 2 'meeting' ledger entries
        confirm: the meetings were this SIG's
        count: meeting
        at_least: 2
)");
    const std::string base = f.dir.write("base.yaml", "Description: x\n");
    const std::string head = f.dir.write(
        "sig_members.yaml", "Description: x\nMembers:\n- name: Rita\n  gitee_id: rita\n");
    const ProcessResult md =
        f.run({"ci", "--base", base, "--head", head, "--rules", rules, "--format", "markdown"});
    INFO(md.err);
    CHECK(md.exit_code == 0);
    CHECK_THAT(md.out, Catch::Contains("a maintainer must still confirm sig-meetings: the meetings "
                                       "were this SIG's"));
    const ProcessResult data =
        f.run({"ci", "--base", base, "--head", head, "--rules", rules, "--format", "json"});
    const json addition = json::parse(data.out)["additions"][0];
    CHECK(addition["justified"] == true);
    REQUIRE(addition["to_confirm"].size() == 1);
    CHECK(addition["to_confirm"][0]["criterion"] == "sig-meetings");
}
