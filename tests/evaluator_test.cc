#include <catch2/catch.hpp>

#include "support/scenario.h"

using sigaudit::PersonResult;
using sigaudit::testing::criterion;
using sigaudit::testing::rule_result;
using sigaudit::testing::Scenario;

namespace {

const std::string kFramework = "mindspore/mindspore";
const std::string kModels = "mindspore/models";
const std::string kDocs = "mindspore/docs";

const char* const kMemberRoster = "Members:\n- gitee_id: alice\n";
const char* const kReviewerRoster = "Members:\n- gitee_id: alice\nReviewers:\n- gitee_id: alice\n";

// `comments` review comments by alice, spread over PRs of bob in mindspore/models.
Scenario& review_comments(Scenario& s, int comments, int prs, const std::string& repo = kModels) {
    for (int i = 0; i < comments; ++i) {
        s.pr_comment("alice", repo, 100 + i % prs, "bob", "2026-03-02T10:00:00+08:00");
    }
    return s;
}

Scenario& merged_in(Scenario& s, const std::string& login, const std::string& repo, int count,
                    const std::string& when = "2026-03-05T12:00:00+08:00") {
    for (int i = 0; i < count; ++i) {
        s.merged_pr(login, repo, 500 + i, when);
    }
    return s;
}

}  // namespace

// --- Member ----------------------------------------------------------------

TEST_CASE("member: two meetings on distinct dates, and one short", "[evaluator][member]") {
    Scenario s;
    s.ledger("alice", "meeting", "2026-03-10");
    CHECK_FALSE(s.rule("alice", "2026-06-30", "member").eligible);
    s.ledger("alice", "meeting", "2026-03-24");
    const PersonResult person = s.evaluate("alice", "2026-06-30");
    CHECK(rule_result(person, "member").eligible);
    CHECK(criterion(person, "member", "sig-meetings").actual == 2);
    CHECK(criterion(person, "member", "sig-meetings").evidence.size() == 2);
}

TEST_CASE("member: two meetings on one date count once", "[evaluator][member]") {
    Scenario s;
    s.ledger("alice", "meeting", "2026-03-10").ledger("alice", "meeting", "2026-03-10");
    const PersonResult person = s.evaluate("alice", "2026-06-30");
    CHECK(criterion(person, "member", "sig-meetings").actual == 1);
    CHECK_FALSE(rule_result(person, "member").criteria_met);
}

TEST_CASE("ledger entries dated after the as-of date do not count", "[evaluator][as-of]") {
    Scenario s;
    s.ledger("alice", "meeting", "2026-06-30").ledger("alice", "meeting", "2026-07-01");
    CHECK(s.measure("alice", "2026-06-30", "member", "sig-meetings").actual == 1);
    CHECK(s.measure("alice", "2026-07-01", "member", "sig-meetings").actual == 2);
}

// --- Reviewer --------------------------------------------------------------

TEST_CASE("reviewer: exactly 2 reviewed PRs and 10 review comments pass", "[evaluator][reviewer]") {
    Scenario s;
    review_comments(s.roster(kMemberRoster), 10, 2);
    const PersonResult person = s.evaluate("alice", "2026-06-30");
    CHECK(criterion(person, "reviewer", "reviewed-prs").actual == 2);
    CHECK(criterion(person, "reviewer", "review-comments").actual == 10);
    CHECK(rule_result(person, "reviewer").eligible);
}

TEST_CASE("reviewer: 9 review comments, or 1 reviewed PR, is one short", "[evaluator][reviewer]") {
    Scenario nine;
    review_comments(nine.roster(kMemberRoster), 9, 2);
    CHECK_FALSE(nine.rule("alice", "2026-06-30", "reviewer").eligible);
    Scenario one_pr;
    review_comments(one_pr.roster(kMemberRoster), 12, 1);
    const PersonResult person = one_pr.evaluate("alice", "2026-06-30");
    CHECK(criterion(person, "reviewer", "reviewed-prs").actual == 1);
    CHECK_FALSE(rule_result(person, "reviewer").eligible);
}

TEST_CASE("reviewer: comments on one's own PR never count", "[evaluator][reviewer]") {
    Scenario s;
    review_comments(s.roster(kMemberRoster), 9, 2);
    s.pr_comment("alice", kModels, 300, "alice", "2026-03-03T10:00:00+08:00");
    s.pr_comment("alice", kModels, 300, "ALICE", "2026-03-03T10:00:00+08:00", "/lgtm");
    const PersonResult person = s.evaluate("alice", "2026-06-30");
    CHECK(criterion(person, "reviewer", "review-comments").actual == 9);
    CHECK(criterion(person, "reviewer", "reviewed-prs").actual == 2);
}

TEST_CASE("reviewer: /retest counts as neither a comment nor a review", "[evaluator][reviewer]") {
    Scenario s;
    review_comments(s.roster(kMemberRoster), 9, 1);
    s.pr_comment("alice", kModels, 200, "bob", "2026-03-03T10:00:00+08:00", "  /retest\n");
    const PersonResult person = s.evaluate("alice", "2026-06-30");
    CHECK(criterion(person, "reviewer", "review-comments").actual == 9);
    CHECK(criterion(person, "reviewer", "reviewed-prs").actual == 1);
}

TEST_CASE("reviewer: /lgtm and /approve review a PR but are not comments",
          "[evaluator][reviewer]") {
    Scenario s;
    review_comments(s.roster(kMemberRoster), 10, 1);
    s.pr_comment("alice", kFramework, 7, "carol", "2026-03-03T10:00:00+08:00", "/lgtm");
    s.pr_comment("alice", kFramework, 8, "carol", "2026-03-03T10:00:00+08:00", "/approve");
    const PersonResult person = s.evaluate("alice", "2026-06-30");
    CHECK(criterion(person, "reviewer", "review-comments").actual == 10);
    CHECK(criterion(person, "reviewer", "reviewed-prs").actual == 3);
    CHECK(rule_result(person, "reviewer").eligible);
}

TEST_CASE("reviewer: repositories outside the group do not count", "[evaluator][reviewer]") {
    Scenario s;
    review_comments(s.roster(kMemberRoster), 20, 5, kDocs);
    review_comments(s, 20, 5, "mindspore/mindarmour");
    const PersonResult person = s.evaluate("alice", "2026-06-30");
    CHECK(criterion(person, "reviewer", "review-comments").actual == 0);
    CHECK(criterion(person, "reviewer", "reviewed-prs").actual == 0);
}

TEST_CASE("reviewer: criteria met without being a Member", "[evaluator][reviewer][prerequisite]") {
    Scenario s;
    review_comments(s, 10, 2);
    const PersonResult person = s.evaluate("alice", "2026-06-30");
    const auto& result = rule_result(person, "reviewer");
    CHECK(result.criteria_met);
    CHECK_FALSE(result.prerequisites_met);
    CHECK_FALSE(result.eligible);
    REQUIRE(result.prerequisites.size() == 1);
    CHECK_FALSE(result.prerequisites[0].held);
}

TEST_CASE("an activity one minute after the as-of date does not count", "[evaluator][as-of]") {
    Scenario s;
    review_comments(s.roster(kMemberRoster), 9, 2);
    s.pr_comment("alice", kModels, 100, "bob", "2026-07-01T00:00:59+08:00");
    CHECK(s.measure("alice", "2026-06-30", "reviewer", "review-comments").actual == 9);
    s.pr_comment("alice", kModels, 100, "bob", "2026-06-30T23:59:00+08:00");
    CHECK(s.measure("alice", "2026-06-30", "reviewer", "review-comments").actual == 10);
}

// --- Committer and Maintainer ------------------------------------------------

TEST_CASE("committer: 5 merged PRs in the SIG repository, and 4", "[evaluator][committer]") {
    Scenario s;
    s.roster(kReviewerRoster);
    merged_in(s, "alice", kModels, 4);
    s.opened_pr("alice", kModels, 900, "2026-03-01T10:00:00+08:00", "closed");
    merged_in(s, "alice", kFramework, 3, "2026-03-01T10:00:00+08:00");
    PersonResult person = s.evaluate("alice", "2026-06-30");
    CHECK(criterion(person, "committer", "merged-prs-in-sig").actual == 4);
    CHECK_FALSE(rule_result(person, "committer").eligible);
    s.merged_pr("alice", kModels, 950, "2026-04-01T00:30:00+08:00");
    person = s.evaluate("alice", "2026-06-30");
    CHECK(criterion(person, "committer", "merged-prs-in-sig").actual == 5);
    CHECK(rule_result(person, "committer").eligible);
}

TEST_CASE("a PR counts as merged from merged_at", "[evaluator][committer][as-of]") {
    Scenario s;
    s.roster(kReviewerRoster);
    merged_in(s, "alice", kModels, 5, "2026-07-02T09:00:00+08:00");
    CHECK(s.measure("alice", "2026-06-30", "committer", "merged-prs-in-sig").actual == 0);
    CHECK(s.rule("alice", "2026-07-02", "committer").eligible);
}

TEST_CASE("a maintainer-only roster entry holds committer", "[evaluator][maintainer]") {
    Scenario s;
    s.roster("Maintainers:\n- name: Ze Wang\n  gitee_home: https://gitee.com/randywangze\n");
    s.ledger("randywangze", "maintainer_review", "2026-01-15");
    const PersonResult person = s.evaluate("RandyWangZe", "2026-06-30");
    CHECK(person.roles.size() == 4);
    const auto& maintainer = rule_result(person, "maintainer");
    CHECK(maintainer.prerequisites_met);
    CHECK(maintainer.eligible);
}

TEST_CASE("maintainer: the review vote is required", "[evaluator][maintainer]") {
    Scenario s;
    s.roster("Committers:\n- gitee_id: alice\n");
    CHECK_FALSE(s.rule("alice", "2026-06-30", "maintainer").eligible);
}

// --- Excellent Developer ----------------------------------------------------

namespace {

// Bug reports in two months with `accepted` of them closed.
Scenario& bug_reports(Scenario& s, const std::string& first_month, const std::string& second_month,
                      const std::string& first_state, const std::string& second_state) {
    s.issue("alice", kFramework, "IA0001", first_month + "-10T10:00:00+08:00", "缺陷", first_state);
    s.issue("alice", kFramework, "IA0002", second_month + "-10T10:00:00+08:00", "任务",
            second_state, {"kind/bug"});
    s.ledger("alice", "article", "2026-02-01");
    return s;
}

}  // namespace

TEST_CASE("excellent: bugs in two consecutive months, both accepted", "[evaluator][excellent]") {
    Scenario s;
    bug_reports(s, "2026-03", "2026-04", "closed", "closed");
    const PersonResult person = s.evaluate("alice", "2026-06-30");
    const auto& bugs = criterion(person, "excellent-developer", "bug-reports");
    CHECK(bugs.passed);
    CHECK(bugs.window == "2026-03..2026-04");
    CHECK(criterion(person, "excellent-developer", "accepted-bug-reports").actual == 2);
    CHECK(rule_result(person, "excellent-developer").eligible);
}

TEST_CASE("excellent: months that are not consecutive do not make a run",
          "[evaluator][excellent]") {
    Scenario s;
    bug_reports(s, "2026-03", "2026-05", "closed", "closed");
    const PersonResult person = s.evaluate("alice", "2026-06-30");
    CHECK_FALSE(criterion(person, "excellent-developer", "bug-reports").passed);
    CHECK_FALSE(rule_result(person, "excellent-developer").eligible);
}

TEST_CASE("excellent: open and rejected issues are not accepted", "[evaluator][excellent]") {
    for (const std::string state : {"open", "rejected", "progressing"}) {
        INFO(state);
        Scenario s;
        bug_reports(s, "2026-03", "2026-04", "closed", state);
        const PersonResult person = s.evaluate("alice", "2026-06-30");
        CHECK(criterion(person, "excellent-developer", "accepted-bug-reports").actual == 1);
        CHECK_FALSE(criterion(person, "excellent-developer", "bug-reports").passed);
    }
}

TEST_CASE("excellent: 00:30 +08:00 on the 1st belongs to that month",
          "[evaluator][excellent][timezone]") {
    // 2026-04-01T00:30+08:00 is 2026-03-31 in UTC; read in +08:00 it is April,
    // so March and April are consecutive months with one report each.
    Scenario s;
    s.issue("alice", kFramework, "IB0001", "2026-03-15T10:00:00+08:00", "缺陷", "closed");
    s.issue("alice", kFramework, "IB0002", "2026-04-01T00:30:00+08:00", "缺陷", "closed");
    s.ledger("alice", "talk", "2026-05-01");
    const PersonResult person = s.evaluate("alice", "2026-06-30");
    CHECK(criterion(person, "excellent-developer", "bug-reports").passed);
    CHECK(criterion(person, "excellent-developer", "bug-reports").window == "2026-03..2026-04");

    Scenario utc_march;  // the same instant written in UTC is still April in +08:00
    utc_march.issue("alice", kFramework, "IB0001", "2026-02-15T10:00:00+08:00", "缺陷", "closed");
    utc_march.issue("alice", kFramework, "IB0002", "2026-03-31T16:30:00Z", "缺陷", "closed");
    CHECK_FALSE(
        utc_march.measure("alice", "2026-06-30", "excellent-developer", "bug-reports").passed);
}

TEST_CASE("excellent: the docs and code items, and influence", "[evaluator][excellent]") {
    Scenario docs;
    docs.merged_pr("alice", kDocs, 1, "2026-03-01T10:00:00+08:00");
    PersonResult person = docs.evaluate("alice", "2026-06-30");
    CHECK(criterion(person, "excellent-developer", "contribution").passed);
    CHECK_FALSE(criterion(person, "excellent-developer", "influence").passed);
    CHECK_FALSE(rule_result(person, "excellent-developer").eligible);
    docs.ledger("alice", "wechat_post", "2026-03-02");
    CHECK(docs.rule("alice", "2026-06-30", "excellent-developer").eligible);

    Scenario code;
    code.ledger("alice", "project", "2026-03-01").ledger("alice", "talk", "2026-03-02");
    CHECK(code.rule("alice", "2026-06-30", "excellent-developer").eligible);

    Scenario models;
    models.merged_pr("alice", kModels, 3, "2026-03-01T10:00:00+08:00")
        .ledger("alice", "article", "2026-03-02");
    CHECK(models.measure("alice", "2026-06-30", "excellent-developer", "code-contribution").passed);
}

// --- Senior Developer -------------------------------------------------------

namespace {

Scenario& excellent(Scenario& s) {
    s.ledger("alice", "doc", "2026-01-05").ledger("alice", "article", "2026-01-06");
    return s;
}

}  // namespace

TEST_CASE("senior: requires the excellent criteria", "[evaluator][senior]") {
    Scenario s;
    s.merged_pr("alice", kFramework, 42, "2026-03-01T10:00:00+08:00");
    CHECK(s.measure("alice", "2026-06-30", "senior-developer", "framework-core-code").passed);
    CHECK_FALSE(s.rule("alice", "2026-06-30", "senior-developer").eligible);
    excellent(s);
    const PersonResult person = s.evaluate("alice", "2026-06-30");
    CHECK(criterion(person, "senior-developer", "excellent-developer-criteria").passed);
    CHECK(rule_result(person, "senior-developer").eligible);
}

TEST_CASE("senior: 3 merged toolkit PRs, and 2", "[evaluator][senior]") {
    Scenario s;
    excellent(s);
    s.merged_pr("alice", "mindspore/mindarmour", 1, "2026-03-01T10:00:00+08:00");
    s.merged_pr("alice", "mindspore/golden-stick", 2, "2026-03-01T10:00:00+08:00");
    CHECK_FALSE(s.rule("alice", "2026-06-30", "senior-developer").eligible);
    s.merged_pr("alice", "mindspore/mindquantum", 3, "2026-03-01T10:00:00+08:00");
    CHECK(s.rule("alice", "2026-06-30", "senior-developer").eligible);
}

TEST_CASE("senior: 40 helping contributions in two consecutive months, with the ledger count",
          "[evaluator][senior][window]") {
    Scenario s;
    excellent(s);
    for (int i = 0; i < 27; ++i) {
        s.issue_comment("alice", kFramework, "IC" + std::to_string(i), "bob",
                        "2026-03-20T10:00:00+08:00");
    }
    s.issue_comment("alice", kFramework, "ID0001", "alice",
                    "2026-03-21T10:00:00+08:00");  // own issue
    s.ledger("alice", "qa_answer", "2026-04-02", 12);
    PersonResult person = s.evaluate("alice", "2026-06-30");
    const auto& helping = criterion(person, "senior-developer", "helping-contributions");
    CHECK(helping.actual == 39);
    CHECK_FALSE(rule_result(person, "senior-developer").eligible);
    s.issue_comment("alice", kModels, "IE0001", "carol", "2026-04-30T23:00:00+08:00");
    person = s.evaluate("alice", "2026-06-30");
    CHECK(criterion(person, "senior-developer", "helping-contributions").actual == 40);
    CHECK(criterion(person, "senior-developer", "helping-others").window == "2026-03..2026-04");
    CHECK(rule_result(person, "senior-developer").eligible);
}

TEST_CASE("senior: helping contributions spread over three months do not add up",
          "[evaluator][senior][window]") {
    Scenario s;
    excellent(s);
    s.ledger("alice", "qa_answer", "2026-03-02", 20);
    s.ledger("alice", "qa_answer", "2026-05-02", 20);
    const PersonResult person = s.evaluate("alice", "2026-06-30");
    CHECK(criterion(person, "senior-developer", "helping-contributions").actual == 20);
    CHECK_FALSE(rule_result(person, "senior-developer").eligible);
}

TEST_CASE("senior: the optional invited criterion never decides", "[evaluator][senior][optional]") {
    Scenario invited_only;
    excellent(invited_only).ledger("alice", "invited", "2026-02-01");
    PersonResult person = invited_only.evaluate("alice", "2026-06-30");
    CHECK(criterion(person, "senior-developer", "invited-developer").passed);
    CHECK_FALSE(rule_result(person, "senior-developer").eligible);

    Scenario not_invited;
    excellent(not_invited).ledger("alice", "arxiv_paper", "2026-02-01");
    person = not_invited.evaluate("alice", "2026-06-30");
    CHECK_FALSE(criterion(person, "senior-developer", "invited-developer").passed);
    CHECK(rule_result(person, "senior-developer").eligible);
}

TEST_CASE("results come in rule-file order (files by name) with the person's roles",
          "[evaluator]") {
    Scenario s;
    s.roster(kReviewerRoster);
    const PersonResult person = s.evaluate("ALICE", "2026-06-30");
    CHECK(person.login == "alice");
    REQUIRE(person.results.size() == 6);
    CHECK(person.results[0].id() == "excellent-developer");
    CHECK(person.results[1].id() == "senior-developer");
    CHECK(person.results[2].id() == "member");
    CHECK(person.results[5].id() == "maintainer");
    CHECK(person.roles.size() == 2);
}

TEST_CASE("senior: each ledger item at its threshold, and one short", "[evaluator][senior]") {
    struct Item {
        const char* type;
        int threshold;
        const char* criterion;
    };
    for (const Item item :
         {Item{"arxiv_paper", 1, "arxiv-paper"}, Item{"community_project", 4, "community-projects"},
          Item{"business_application", 1, "business-application"},
          Item{"competition_award", 1, "competition-award"},
          Item{"feature_lead", 1, "feature-lead"}}) {
        INFO(item.type);
        Scenario short_one;
        excellent(short_one);
        for (int i = 1; i < item.threshold; ++i) {
            short_one.ledger("alice", item.type, "2026-02-0" + std::to_string(i));
        }
        PersonResult person = short_one.evaluate("alice", "2026-06-30");
        CHECK(criterion(person, "senior-developer", item.criterion).actual == item.threshold - 1);
        CHECK_FALSE(rule_result(person, "senior-developer").eligible);
        short_one.ledger("alice", item.type, "2026-03-01");
        person = short_one.evaluate("alice", "2026-06-30");
        CHECK(criterion(person, "senior-developer", item.criterion).passed);
        CHECK(rule_result(person, "senior-developer").eligible);
    }
}

TEST_CASE("excellent: two accepted bugs in one month and none in the next is no run",
          "[evaluator][excellent]") {
    Scenario s;
    s.issue("alice", kFramework, "IF0001", "2026-03-02T10:00:00+08:00", "缺陷", "closed");
    s.issue("alice", kFramework, "IF0002", "2026-03-20T10:00:00+08:00", "缺陷", "closed");
    s.ledger("alice", "article", "2026-01-01");
    const PersonResult person = s.evaluate("alice", "2026-06-30");
    const auto& bugs = criterion(person, "excellent-developer", "bug-reports");
    CHECK_FALSE(bugs.passed);
    CHECK(criterion(person, "excellent-developer", "bug-reports-per-month").actual == 0);
    CHECK(criterion(person, "excellent-developer", "accepted-bug-reports").actual == 2);
}

TEST_CASE("excellent: bug reports in another repository do not count", "[evaluator][excellent]") {
    Scenario s;
    s.issue("alice", kModels, "IG0001", "2026-03-02T10:00:00+08:00", "缺陷", "closed");
    s.issue("alice", kModels, "IG0002", "2026-04-02T10:00:00+08:00", "缺陷", "closed");
    CHECK_FALSE(s.measure("alice", "2026-06-30", "excellent-developer", "bug-reports").passed);
}

TEST_CASE("excellent: a PR opened but not merged is no code contribution",
          "[evaluator][excellent]") {
    Scenario s;
    s.opened_pr("alice", kModels, 12, "2026-03-01T10:00:00+08:00", "closed")
        .ledger("alice", "talk", "2026-03-02");
    const PersonResult person = s.evaluate("alice", "2026-06-30");
    CHECK_FALSE(criterion(person, "excellent-developer", "code-contribution").passed);
    CHECK_FALSE(rule_result(person, "excellent-developer").eligible);
}

TEST_CASE("evidence links are capped at 10 and the total is kept", "[evaluator]") {
    Scenario s;
    review_comments(s.roster(kMemberRoster), 25, 5);
    const PersonResult person = s.evaluate("alice", "2026-06-30");
    const auto& comments = criterion(person, "reviewer", "review-comments");
    CHECK(comments.evidence.size() == 10);
    CHECK(comments.evidence_total == 25);
    CHECK_THAT(comments.evidence[0],
               Catch::StartsWith("https://gitee.com/mindspore/models/pulls/"));
}
