// sig-info.yaml's ladder: contributors, committers, maintainers, and no
// Reviewers list. Whoever needs the Reviewer rung there shows it by meeting
// the Reviewer rule; a contributor moved up is one promotion.

#include <catch2/catch.hpp>

#include "sigaudit/report/renderer.h"
#include "support/scenario.h"

using namespace sigaudit;
using sigaudit::testing::rule_result;
using sigaudit::testing::Scenario;

namespace {

const std::string kModels = "mindspore/models";

// A contributor of mindspore/models, as the real files write one.
const char* const kContributor = R"(name: ModelZoo
maintainers:
- gitee_id: wchen
  name: Chen Wei
repositories:
- repo:
  - mindspore/models/
  committers:
  - gitee_id: bob
    name: Bob
  contributors:
  - gitee_id: alice
    name: Alice
)";

// The same file with alice moved from contributors up to committers.
const char* const kAlicePromoted = R"(name: ModelZoo
maintainers:
- gitee_id: wchen
  name: Chen Wei
repositories:
- repo:
  - mindspore/models/
  committers:
  - gitee_id: bob
    name: Bob
  - gitee_id: alice
    name: Alice
)";

// `comments` review comments by alice over two of bob's PRs, and `merged`
// merged PRs of hers, all in mindspore/models.
Scenario active(int comments, int merged) {
    Scenario s;
    for (int i = 0; i < comments; ++i) {
        s.pr_comment("alice", kModels, 100 + i % 2, "bob", "2026-03-02T10:00:00+08:00");
    }
    for (int i = 0; i < merged; ++i) {
        s.merged_pr("alice", kModels, 500 + i, "2026-03-05T12:00:00+08:00");
    }
    return s;
}

std::string check_text(const PersonResult& person) {
    CheckReport report{Date{2026, 6, 30}, "sig-info.yaml", person};
    return render(report, Format::text, RenderOptions{});
}

}  // namespace

TEST_CASE("sig-info: a contributor who meets the Reviewer rule holds the rung for Committer",
          "[sig-info][ladder]") {
    Scenario s = active(10, 5);
    s.roster(kContributor, "sig-info.yaml");
    const PersonResult alice = s.evaluate("alice", "2026-06-30");
    const RuleResult& committer = rule_result(alice, "committer");
    REQUIRE(committer.prerequisites.size() == 1);
    CHECK(committer.prerequisites[0].role == Role::reviewer);
    CHECK(committer.prerequisites[0].held);
    CHECK(committer.prerequisites[0].unlisted_in == RosterFormat::sig_info);
    CHECK(committer.eligible);
    CHECK_THAT(
        check_text(alice),
        Catch::Contains("Reviewer (not a listed role in sig-info.yaml; its criteria are met)"));
}

TEST_CASE("sig-info: one review comment short, the Reviewer rung is not held",
          "[sig-info][ladder]") {
    Scenario s = active(9, 5);
    s.roster(kContributor, "sig-info.yaml");
    const PersonResult alice = s.evaluate("alice", "2026-06-30");
    const RuleResult& committer = rule_result(alice, "committer");
    CHECK(committer.criteria_met);
    CHECK_FALSE(committer.prerequisites[0].held);
    CHECK_FALSE(committer.eligible);
    const std::string text = check_text(alice);
    CHECK_THAT(
        text,
        Catch::Contains("Reviewer (not a listed role in sig-info.yaml; its criteria are not met)"));
    CHECK_THAT(text, Catch::Contains("not yet a Reviewer (not a listed role in sig-info.yaml; "
                                     "its criteria are not met)"));
}

TEST_CASE("sig-info: the stand-in rung still needs the rungs below it", "[sig-info][ladder]") {
    // Someone who meets every criterion but is listed nowhere is not a
    // Member, so not a Reviewer by criteria either.
    Scenario s = active(10, 5);
    s.roster(
        "maintainers:\n- gitee_id: wchen\nrepositories:\n- repo: mindspore/models\n"
        "  committers:\n  - gitee_id: bob\n",
        "sig-info.yaml");
    const PersonResult alice = s.evaluate("alice", "2026-06-30");
    const PrerequisiteResult& reviewer = rule_result(alice, "committer").prerequisites[0];
    CHECK_FALSE(reviewer.held);
    CHECK(reviewer.criteria_met);
    CHECK_THAT(check_text(alice), Catch::Contains("not yet a Reviewer (not a listed role in "
                                                  "sig-info.yaml; its criteria are met, not its "
                                                  "prerequisites)"));
}

TEST_CASE("sig_members.yaml lists Reviewers, so there the list decides", "[sig-info][ladder]") {
    Scenario s = active(10, 5);
    s.roster("Members:\n- gitee_id: alice\n");
    const RuleResult committer = s.rule("alice", "2026-06-30", "committer");
    CHECK_FALSE(committer.prerequisites[0].held);
    CHECK_FALSE(committer.prerequisites[0].unlisted_in);
    CHECK_FALSE(committer.eligible);
}

TEST_CASE("ci: a sig-info contributor moved up to committer is one justified promotion",
          "[sig-info][ladder][ci]") {
    const CiReport report = active(10, 5).ci(kContributor, kAlicePromoted, "2026-06-30");
    REQUIRE(report.additions.size() == 1);
    const CiAddition& added = report.additions[0];
    CHECK(added.change.login == "alice");
    CHECK(added.change.role == Role::committer);
    CHECK(added.change.other_rung == Role::member);
    CHECK(added.justified);
    CHECK(report.removals.empty());
    CHECK(exit_code(report) == kExitOk);
    const std::string md = render(report, Format::markdown, RenderOptions{});
    CHECK_THAT(md, Catch::Contains("| Alice (`alice`) | Committer (promoted from Member) | ✓ |"));
    CHECK_THAT(md, !Catch::Contains("Removed"));
}

TEST_CASE("ci: short of the Reviewer criteria, the promotion says so", "[sig-info][ladder][ci]") {
    const CiReport report = active(3, 5).ci(kContributor, kAlicePromoted, "2026-06-30");
    REQUIRE(report.additions.size() == 1);
    CHECK_FALSE(report.additions[0].justified);
    const std::string text = render(report, Format::text, RenderOptions{});
    CHECK_THAT(text, Catch::Contains("not a Reviewer: not a listed role in sig-info.yaml; its "
                                     "criteria are not met"));
}

TEST_CASE("ci: a renamed id is named as a probable rename, and not confirmed",
          "[sig-info][ladder][ci]") {
    const std::string renamed = [] {
        std::string head = kContributor;
        head.replace(head.find("gitee_id: bob"), 13, "gitee_id: bob-2026");
        return head;
    }();
    const CiReport report = active(0, 0).ci(kContributor, renamed, "2026-06-30");
    REQUIRE(report.renames.size() == 1);
    CHECK(report.renames[0].old_login == "bob");
    CHECK(report.renames[0].new_login == "bob-2026");
    REQUIRE(report.additions.size() == 1);
    REQUIRE(report.additions[0].rename);
    CHECK_FALSE(report.additions[0].justified);
    CHECK(exit_code(report) == kExitFindings);
    const std::string md = render(report, Format::markdown, RenderOptions{});
    CHECK_THAT(md, Catch::Contains("1 probable rename to confirm"));
    CHECK_THAT(md, Catch::Contains("probably a rename of bob (same name), who held the role; "
                                   "sigaudit cannot confirm an identity: a maintainer must"));
    CHECK_THAT(md, Catch::Contains("- Bob (`bob`): no longer listed as Committer; probably "
                                   "renamed to bob-2026"));
}

TEST_CASE("audit: a rung sig-info has no list for is no promotion to write down",
          "[sig-info][ladder]") {
    Scenario s = active(10, 5);
    s.roster(kContributor, "sig-info.yaml");
    AuditReport report;
    report.rules = &sigaudit::testing::shipped_rules();
    report.people = {s.evaluate("alice", "2026-06-30")};
    std::vector<std::string> candidates;
    for (const AuditEntry& entry : sort_into_sections(report).candidates) {
        candidates.push_back(entry.result->id());
    }
    // Eligible for both, but only Committer is a list alice can be added to.
    CHECK(rule_result(report.people[0], "reviewer").eligible);
    CHECK(candidates == std::vector<std::string>{"committer"});
}
