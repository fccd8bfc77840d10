#include <algorithm>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "report/render_parts.h"
#include "sigaudit/audit/audit_report.h"
#include "sigaudit/report/criterion_words.h"
#include "sigaudit/report/renderer.h"
#include "support/golden.h"
#include "support/scenario.h"

using sigaudit::AuditEntry;
using sigaudit::AuditReport;
using sigaudit::AuditSections;
using sigaudit::CheckReport;
using sigaudit::Criterion;
using sigaudit::CriterionResult;
using sigaudit::CriterionType;
using sigaudit::Format;
using sigaudit::PersonResult;
using sigaudit::Role;
using sigaudit::Rule;
using sigaudit::RuleResult;
using sigaudit::RuleSet;
using sigaudit::Style;
using sigaudit::testing::Scenario;
using sigaudit::testing::shipped_rules;
namespace detail = sigaudit::render_detail;

namespace {

const std::string kAsOf = "2026-06-30";
const std::string kFramework = "mindspore/mindspore";
const std::string kModels = "mindspore/models";

// alice and dave are Members, bob is listed only as a Committer (so he holds
// every lower role too); carol is in no list. dave's name needs escaping.
const char* const kRoster = R"(Members:
- name: Alice Wu
  gitee_id: alice
- name: "大卫 | D*ve"
  gitee_id: dave
Committers:
- name: Bob
  gitee_id: bob
)";

// A SIG in miniature, one person per situation an audit must tell apart:
//  - alice: a Member meeting the Reviewer criteria (a promotion candidate);
//  - bob: a Committer with 3 of 5 merged PRs (holds a role below its criteria);
//  - carol: meets the Reviewer criteria without being a Member (waiting), and
//    both developer titles (candidates for rules without a role);
//  - dave: close on several criteria: 9 of 10 review comments, one month of
//    bug reports, 22 of 40 helping contributions.
Scenario sig() {
    Scenario s;
    s.roster(kRoster);
    s.ledger("alice", "meeting", "2026-03-10").ledger("alice", "meeting", "2026-03-24");
    for (int i = 0; i < 10; ++i) {
        s.pr_comment("alice", kModels, 100 + i % 2, "bob", "2026-04-02T10:00:00+08:00");
    }
    s.ledger("bob", "meeting", "2026-03-10").ledger("bob", "meeting", "2026-04-07");
    for (int i = 0; i < 3; ++i) {
        s.merged_pr("bob", kModels, 200 + i, "2026-05-05T12:00:00+08:00");
    }
    for (int i = 0; i < 10; ++i) {
        s.pr_comment("carol", kFramework, 300 + i % 2, "alice", "2026-05-12T09:30:00+08:00");
    }
    s.merged_pr("carol", kModels, 400, "2026-05-20T18:00:00+08:00");
    s.merged_pr("carol", kFramework, 401, "2026-06-01T18:00:00+08:00");
    s.ledger("carol", "article", "2026-06-10");
    s.ledger("dave", "meeting", "2026-04-21");
    for (int i = 0; i < 9; ++i) {
        s.pr_comment("dave", kFramework, 500, "bob", "2026-05-03T11:00:00+08:00");
    }
    s.issue("dave", kFramework, "I8QX2B", "2026-05-06T10:00:00+08:00", "缺陷", "closed");
    for (int i = 0; i < 12; ++i) {
        s.issue_comment("dave", "mindspore/docs", "I9AB" + std::to_string(i), "erin",
                        i < 6 ? "2026-05-15T10:00:00+08:00" : "2026-06-15T10:00:00+08:00");
    }
    s.ledger("dave", "qa_answer", "2026-06-20", 10);
    return s;
}

AuditReport audit_of(const std::vector<std::string>& logins) {
    const Scenario s = sig();
    AuditReport report;
    report.as_of = *sigaudit::parse_iso_date(kAsOf);
    report.roster_path = "sig_members.yaml";
    report.rules = &shipped_rules();
    for (const std::string& login : logins) {
        report.people.push_back(s.evaluate(login, kAsOf));
    }
    return report;
}

// The whole SIG, deliberately not in login order: the renderers sort.
AuditReport whole_sig() {
    return audit_of({"dave", "carol", "bob", "alice"});
}

CheckReport check_of(const std::string& login) {
    CheckReport report;
    report.as_of = *sigaudit::parse_iso_date(kAsOf);
    report.roster_path = "sig_members.yaml";
    report.person = sig().evaluate(login, kAsOf);
    return report;
}

template <typename Report>
std::string rendered(const Report& report, Format format, bool colour = false) {
    return sigaudit::render(report, format, sigaudit::RenderOptions{Style(colour), false});
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

std::vector<std::string> described(const std::vector<AuditEntry>& entries) {
    std::vector<std::string> out;
    for (const AuditEntry& entry : entries) {
        out.push_back(entry.person->login + " " + entry.result->id());
    }
    return out;
}

void check_golden(const std::string& name, const std::string& actual) {
    const auto golden = sigaudit::testing::check_golden(name, actual);
    INFO(golden.message);
    CHECK(golden.matches);
}

}  // namespace

// --- describe_missing --------------------------------------------------------

TEST_CASE("describe_missing: one review comment short, in words", "[report]") {
    Criterion count;
    count.type = CriterionType::count;
    count.id = "review-comments";
    count.source = sigaudit::ActivityKind::pr_comment;
    count.filter.on_others = true;
    count.filter.repos = {kFramework, kModels};
    count.filter.repo_groups = {"framework", "models"};
    count.at_least = 10;
    CriterionResult result;
    result.criterion = &count;
    result.actual = 9;
    result.required = 10;
    CHECK(sigaudit::describe_missing(result) ==
          "1 more PR comment on someone else's PR in mindspore/mindspore or mindspore/models");
    result.actual = 7;
    CHECK(sigaudit::describe_missing(result) ==
          "3 more PR comments on others' PRs in mindspore/mindspore or mindspore/models");
    result.actual = 10;
    result.passed = true;
    CHECK(sigaudit::describe_missing(result).empty());
}

TEST_CASE("describe_missing: the shipped rules' criteria, as measured", "[report]") {
    const PersonResult dave = sig().evaluate("dave", kAsOf);
    const auto missing = [&](const std::string& rule, const std::string& id) {
        return sigaudit::describe_missing(sigaudit::testing::criterion(dave, rule, id));
    };
    CHECK(missing("member", "sig-meetings") ==
          "1 more 'meeting' entry in the evidence ledger, on a date not yet counted");
    // Counted once per PR: what is missing is another PR to review.
    CHECK(missing("reviewer", "reviewed-prs") ==
          "a PR comment, /lgtm or /approve on 1 more of someone else's PRs in "
          "mindspore/mindspore or mindspore/models");
    CHECK(missing("committer", "merged-prs-in-sig") == "5 more merged PRs in mindspore/models");
    CHECK(missing("maintainer", "maintainer-review") ==
          "1 more 'maintainer_review' entry in the evidence ledger");
    // A window: the month without a bug report is what fails, and which run is nearest.
    CHECK(missing("excellent-developer", "bug-reports") ==
          "a run of 2 consecutive months meeting both criteria; best run so far 2026-05..2026-06");
    CHECK(missing("excellent-developer", "contribution") == "any 1 of its 3 alternatives");
    CHECK(missing("senior-developer", "excellent-developer-criteria") ==
          "meet the excellent-developer criteria first");
    CHECK(missing("senior-developer", "helping-others") ==
          "a run of 2 consecutive months with 18 more, counting issue comments on others' "
          "issues in the framework, models, docs or toolkits repositories and 'qa_answer' "
          "entries in the evidence ledger; best run so far 2026-05..2026-06");
}

TEST_CASE("describe_missing: groups say how many of their criteria are missing", "[report]") {
    Criterion group;
    group.type = CriterionType::all;
    group.children.resize(3);
    CriterionResult result;
    result.criterion = &group;
    result.children.resize(3);
    for (std::size_t i = 0; i < 3; ++i) {
        result.children[i].criterion = &group.children[i];
    }
    result.children[0].passed = true;
    result.actual = 1;
    result.required = 3;
    CHECK(sigaudit::describe_missing(result) == "2 more of the 3 criteria");
    result.actual = 0;
    CHECK(sigaudit::describe_missing(result) == "all 3 criteria");
}

TEST_CASE("describe_missing: a per-month criterion says what each month needs", "[report]") {
    const PersonResult dave = sig().evaluate("dave", kAsOf);
    const CriterionResult& per_month =
        sigaudit::testing::criterion(dave, "excellent-developer", "bug-reports-per-month");
    CHECK(detail::per_month_missing(per_month) ==
          "at least 1 issue opened in mindspore/mindspore (of type 缺陷 or labelled kind/bug) in "
          "each month (the weakest has 0)");
}

// --- Sections ----------------------------------------------------------------

TEST_CASE("sort_into_sections: candidates, holders below criteria, and the waiting", "[report]") {
    const AuditReport report = whole_sig();  // the sections point into it
    const AuditSections sections = sigaudit::sort_into_sections(report);
    CHECK(described(sections.candidates) == std::vector<std::string>{"alice reviewer",
                                                                     "carol excellent-developer",
                                                                     "carol senior-developer"});
    CHECK(described(sections.unmet_holders) ==
          std::vector<std::string>{"bob reviewer", "bob committer", "dave member"});
    CHECK(described(sections.waiting) == std::vector<std::string>{"carol reviewer"});
    CHECK(sections.candidates.front().result->title() == "Reviewer");
}

TEST_CASE("sort_into_sections: a held role is no candidacy, whatever the criteria", "[report]") {
    Rule rule;
    rule.id = "member";
    rule.title = "Member";
    rule.role = Role::member;
    RuleResult member;
    member.rule = &rule;
    member.eligible = member.criteria_met = member.prerequisites_met = true;
    PersonResult held{"zoe", "", {Role::member}, {member}};
    PersonResult not_held{"amy", "", {}, {member}};
    AuditReport report;
    report.people = {held, not_held};
    const AuditSections sections = sigaudit::sort_into_sections(report);
    CHECK(described(sections.candidates) == std::vector<std::string>{"amy member"});
    CHECK(sections.unmet_holders.empty());
    CHECK(sections.waiting.empty());
}

// --- JSON --------------------------------------------------------------------

TEST_CASE("report JSON: the documented contract", "[report]") {
    const auto json = nlohmann::json::parse(rendered(whole_sig(), Format::json));
    CHECK(json["schema"] == "sigaudit/report@1");
    CHECK(json["as_of"] == "2026-06-30");
    std::vector<std::string> logins;
    for (const auto& person : json["people"]) {
        logins.push_back(person["login"]);
    }
    CHECK(logins == std::vector<std::string>{"alice", "bob", "carol", "dave"});
    const auto& bob = json["people"][1];
    CHECK(bob["name"] == "Bob");
    CHECK(bob["roles"] == nlohmann::json::array({"member", "reviewer", "committer"}));
    std::vector<std::string> rules;
    for (const auto& result : bob["results"]) {
        rules.push_back(result["rule"]);
    }
    // Rule-set order: the shipped files load by name, developer-growth.yaml first.
    CHECK(rules == std::vector<std::string>{"excellent-developer", "senior-developer", "member",
                                            "reviewer", "committer", "maintainer"});
    const auto& committer = bob["results"][4];
    CHECK(committer["eligible"] == false);
    CHECK(committer["criteria_met"] == false);
    REQUIRE(committer["criteria"].size() == 1);
    const auto& merged = committer["criteria"][0];
    CHECK(merged["id"] == "merged-prs-in-sig");
    CHECK(merged["passed"] == false);
    CHECK(merged["actual"] == 3);
    CHECK(merged["required"] == 5);
    CHECK(merged["evidence"].size() == 3);
    CHECK(merged["evidence"][0].get<std::string>().starts_with(
        "https://gitee.com/mindspore/models/pulls/"));
}

TEST_CASE("report JSON: nested criteria mirror the rule tree", "[report]") {
    const auto json = nlohmann::json::parse(rendered(audit_of({"dave"}), Format::json));
    const auto& results = json["people"][0]["results"];
    const auto& excellent = results[0];
    CHECK(excellent["criteria_combine"] == "all");
    const auto& contribution = excellent["criteria"][0];
    CHECK(contribution["id"] == "contribution");
    CHECK(contribution["type"] == "any");
    const auto& bugs = contribution["criteria"][0];
    CHECK(bugs["type"] == "window");
    CHECK(bugs["window"] == "2026-05..2026-06");
    CHECK(bugs["criteria"][0]["id"] == "bug-reports-per-month");
    CHECK(bugs["criteria"][0]["per_month"] == true);
    CHECK(bugs["criteria"][1]["id"] == "accepted-bug-reports");
    CHECK_FALSE(bugs["criteria"][1].contains("per_month"));
    const auto& senior = results[1];
    CHECK(senior["criteria"][0]["meets"] == "excellent-developer");
    CHECK_FALSE(senior["criteria"][0].contains("criteria"));
    CHECK(senior["criteria"][2]["optional"] == true);
}

TEST_CASE("report JSON: logins lower case, people sorted, whatever the input", "[report]") {
    AuditReport report;
    report.as_of = {2026, 1, 31};
    report.people = {PersonResult{"Zed", "Zed", {}, {}}, PersonResult{"amy", "", {}, {}}};
    const auto json = nlohmann::json::parse(rendered(report, Format::json));
    CHECK(json["people"][0]["login"] == "amy");
    CHECK(json["people"][1]["login"] == "zed");
    CHECK(json["roster"].is_null());
    CHECK(json["as_of"] == "2026-01-31");
}

// --- Audit text and Markdown -------------------------------------------------

TEST_CASE("audit text: overview, sections, details, plain without colour", "[report][golden]") {
    const std::string text = rendered(whole_sig(), Format::text);
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(text.find(
              "Promotions: the next role for each person (1)\n  alice (Alice Wu): Reviewer\n") !=
          std::string::npos);
    CHECK(text.find("Titles (1)\n  carol: Excellent Developer and Senior Developer\n") !=
          std::string::npos);
    CHECK(text.find("Committer — misses\n      merged-prs-in-sig (3/5)\n") != std::string::npos);
    CHECK(text.find("  carol: Reviewer — not yet a Member\n") != std::string::npos);
    // bob holds Member, Reviewer and Committer, and meets only Member's criteria.
    CHECK(text.find("\nbob         .        .      [+]      [.]        [.]         .\n") !=
          std::string::npos);
    for (const std::string& line : lines_of(text)) {
        INFO(line);
        CHECK(detail::display_width(line) <= detail::kLineWidth);
    }
    check_golden("audit.txt", text);
}

TEST_CASE("audit text: colour comes only from the style", "[report]") {
    const std::string text = rendered(whole_sig(), Format::text, true);
    CHECK(text.find("\x1b[1;32m+\x1b[0m") != std::string::npos);
}

TEST_CASE("audit text: empty sections say none", "[report]") {
    const std::string text = rendered(audit_of({"alice"}), Format::text);
    CHECK(text.find("Criteria met, prerequisite missing (0)\n  none\n") != std::string::npos);
}

TEST_CASE("audit markdown: table, headed sections, details, names escaped", "[report][golden]") {
    const std::string markdown = rendered(whole_sig(), Format::markdown);
    CHECK(markdown.find("| dave (大卫 \\| D\\*ve) |") != std::string::npos);
    CHECK(markdown.find("<summary><b>dave</b> (大卫 | D*ve) — holds member</summary>") !=
          std::string::npos);
    CHECK(markdown.find(
              "### Promotions: the next role for each person (1)\n\n- **alice** (Alice Wu): "
              "Reviewer\n") != std::string::npos);
    check_golden("audit.md", markdown);
}

TEST_CASE("audit JSON golden", "[report][golden]") {
    check_golden("audit.json", rendered(whole_sig(), Format::json));
}

// --- Check -------------------------------------------------------------------

TEST_CASE("check text: progress bars, what is missing, links that count", "[report][golden]") {
    const std::string text = rendered(check_of("dave"), Format::text);
    CHECK(text.find("x review-comments  [#########-] 9/10") != std::string::npos);
    CHECK(text.find("missing: 1 more PR comment on someone else's PR in mindspore/mindspore or") !=
          std::string::npos);
    CHECK(text.find(
              "Committer: not yet (0 of 1 criteria met)\n  prerequisites: Reviewer missing\n") !=
          std::string::npos);
    CHECK(text.find("... and 6 more") != std::string::npos);
    for (const std::string& line : lines_of(text)) {
        INFO(line);
        CHECK(detail::display_width(line) <= detail::kLineWidth);
    }
    check_golden("check.txt", text);
}

TEST_CASE("check markdown and JSON golden", "[report][golden]") {
    const CheckReport report = check_of("dave");
    const std::string markdown = rendered(report, Format::markdown);
    CHECK(markdown.find("- ❌ `review-comments` 9/10 `[#########-]`") != std::string::npos);
    check_golden("check.md", markdown);
    check_golden("check.json", rendered(report, Format::json));
}

// --- Layout helpers ----------------------------------------------------------

TEST_CASE("display width counts wide characters twice", "[report]") {
    CHECK(detail::display_width("alice") == 5);
    CHECK(detail::display_width("大卫") == 4);
    CHECK(detail::pad_right("大卫", 6) == "大卫  ");
    CHECK(detail::wrap_words("one two three", 7) == std::vector<std::string>{"one two", "three"});
}
