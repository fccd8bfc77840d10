#include <deque>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "sigaudit/audit/ci_report.h"
#include "sigaudit/report/renderer.h"
#include "support/golden.h"

using namespace sigaudit;

namespace {

RoleChange change(std::string login, std::string name, Role role, int line) {
    RoleChange c;
    c.login = std::move(login);
    c.name = std::move(name);
    c.role = role;
    c.where = {"head/sig_members.yaml", line, 3};
    return c;
}

// Results point at the criteria and rules they judge: these live as long as
// the test program, as a loaded rule set lives as long as a run.
const Criterion* criterion(std::string id, CriterionType type, bool optional = false) {
    static std::deque<Criterion> criteria;
    Criterion& c = criteria.emplace_back();
    c.id = std::move(id);
    c.type = type;
    c.optional = optional;
    c.description = "the rule file's words for " + c.id;
    return &c;
}

const Rule* rule_named(std::string id) {
    static std::deque<Rule> rules;
    Rule& r = rules.emplace_back();
    r.title = id;
    r.id = std::move(id);
    return &r;
}

CriterionResult count(std::string id, std::int64_t actual, std::int64_t required,
                      bool optional = false) {
    CriterionResult c;
    c.criterion = criterion(std::move(id), CriterionType::count, optional);
    c.actual = actual;
    c.required = required;
    c.passed = actual >= required;
    return c;
}

// A group that settles as the evaluator does: optional children never decide.
CriterionResult group(std::string id, CriterionType type, std::vector<CriterionResult> children) {
    CriterionResult c;
    c.criterion = criterion(std::move(id), type);
    std::int64_t passed = 0;
    std::int64_t required = 0;
    for (const CriterionResult& child : children) {
        passed += child.passed && !child.optional() ? 1 : 0;
        required += child.optional() ? 0 : 1;
    }
    c.actual = passed;
    c.required = type == CriterionType::any ? std::min<std::int64_t>(required, 1) : required;
    c.passed = c.actual >= c.required;
    c.children = std::move(children);
    return c;
}

RuleResult rule_result(std::string rule, std::vector<PrerequisiteResult> prerequisites,
                       CriterionResult criteria) {
    RuleResult r;
    r.rule = rule_named(std::move(rule));
    r.prerequisites = std::move(prerequisites);
    r.prerequisites_met = true;
    for (const PrerequisiteResult& p : r.prerequisites) {
        r.prerequisites_met = r.prerequisites_met && p.held;
    }
    r.criteria_met = criteria.passed;
    r.eligible = r.prerequisites_met && r.criteria_met;
    r.criteria = std::move(criteria);
    return r;
}

CiAddition addition(RoleChange c, std::optional<RuleResult> result) {
    CiAddition a;
    a.change = std::move(c);
    a.justified = result && result->eligible;
    a.result = std::move(result);
    return a;
}

CiAddition justified_committer() {
    CriterionResult merged = count("merged-prs-in-sig", 6, 5);
    return addition(change("jxlang910", "Mr. Jin", Role::committer, 14),
                    rule_result("committer", {{Role::reviewer, true}},
                                group("committer", CriterionType::all, {merged})));
}

CiAddition unjustified_committer() {
    return addition(
        change("Li_Na", "Li | Na", Role::committer, 16),
        rule_result("committer", {{Role::reviewer, true}},
                    group("committer", CriterionType::all, {count("merged-prs-in-sig", 3, 5)})));
}

// Reviewer criteria pass, but the head roster does not list a Member.
CiAddition reviewer_without_member() {
    return addition(
        change("qmckw", "Kewei", Role::reviewer, 10),
        rule_result("reviewer", {{Role::member, false}},
                    group("reviewer", CriterionType::all,
                          {count("reviewed-prs", 1, 2), count("review-comments", 12, 10)})));
}

CiAddition maintainer_without_rule() {
    return addition(change("randywangze", "Ze Wang", Role::maintainer, 20), std::nullopt);
}

CiReport base_report() {
    CiReport report;
    report.base_path = "base/sig_members.yaml";
    report.head_path = "head/sig_members.yaml";
    report.as_of = {2026, 6, 30};
    return report;
}

// Every kind of line the renderers can print, in an order the renderers must fix.
CiReport full_report() {
    CiReport report = base_report();
    report.additions = {reviewer_without_member(), maintainer_without_rule(),
                        unjustified_committer(), justified_committer()};
    report.removals = {change("jxlang910", "Mr. Jin", Role::reviewer, 8)};
    report.removals[0].where.file = "base/sig_members.yaml";
    report.lint = {make_diagnostic(Code::ladder_gap, {"head/sig_members.yaml", 20, 3},
                                   "'randywangze' is listed under 'Maintainers' but not under "
                                   "Committers, Reviewers or Contributors")};
    return report;
}

void check_golden(const std::string& name, const std::string& actual) {
    const auto golden = sigaudit::testing::check_golden(name, actual);
    INFO(golden.message);
    CHECK(golden.matches);
}

std::string render_ci_markdown(const CiReport& report) {
    return render(report, Format::markdown, RenderOptions{});
}

std::string render_ci_json(const CiReport& report) {
    return render(report, Format::json, RenderOptions{});
}

std::string render_ci_text(const CiReport& report, Style style) {
    return render(report, Format::text, RenderOptions{style, false});
}

}  // namespace

TEST_CASE("ci exits 0 when every addition is justified", "[ci][report]") {
    CiReport report = base_report();
    CHECK(exit_code(report) == kExitOk);
    report.additions = {justified_committer()};
    CHECK(exit_code(report) == kExitOk);
    SECTION("lint warnings alone do not fail") {
        report.lint = {make_diagnostic(Code::ladder_gap, {"head/sig_members.yaml", 2, 1}, "gap")};
        CHECK(exit_code(report) == kExitOk);
    }
}

TEST_CASE("ci exits 1 for an unjustified addition", "[ci][report]") {
    CiReport report = base_report();
    report.additions = {justified_committer(), unjustified_committer()};
    CHECK(exit_code(report) == kExitFindings);
    report.additions = {maintainer_without_rule()};
    CHECK(exit_code(report) == kExitFindings);
}

TEST_CASE("ci exits 1 when the head roster has a lint error", "[ci][report]") {
    CiReport report = base_report();
    report.lint = {
        make_diagnostic(Code::duplicate_entry, {"head/sig_members.yaml", 6, 3}, "twice")};
    CHECK(exit_code(report) == kExitFindings);
}

TEST_CASE("ci JSON carries the contract keys", "[ci][report]") {
    const nlohmann::json doc = nlohmann::json::parse(render_ci_json(full_report()));
    CHECK(doc["schema"] == "sigaudit/ci@1");
    CHECK(doc["base"] == "base/sig_members.yaml");
    CHECK(doc["head"] == "head/sig_members.yaml");
    CHECK(doc["as_of"] == "2026-06-30");
    REQUIRE(doc["additions"].size() == 4);
    for (const auto& a : doc["additions"]) {
        CHECK(a.contains("login"));
        CHECK(a.contains("role"));
        CHECK(a["justified"].is_boolean());
    }
    // Sorted by login, logins lower case.
    const auto& first = doc["additions"][0];
    CHECK(first["login"] == "jxlang910");
    CHECK(first["role"] == "committer");
    CHECK(first["justified"] == true);
    CHECK(first["criteria"].empty());
    const auto& li_na = doc["additions"][1];
    CHECK(li_na["login"] == "li_na");
    CHECK(li_na["justified"] == false);
    CHECK(li_na["rule"] == "committer");
    REQUIRE(li_na["criteria"].size() == 1);
    CHECK(li_na["criteria"][0]["id"] == "merged-prs-in-sig");
    CHECK(li_na["criteria"][0]["actual"] == 3);
    CHECK(li_na["criteria"][0]["required"] == 5);
    CHECK(li_na["criteria"][0]["passed"] == false);
    CHECK(doc["additions"][2]["prerequisites_missing"] == nlohmann::json::array({"member"}));
    CHECK(doc["additions"][3]["rule"].is_null());
    REQUIRE(doc["removals"].size() == 1);
    CHECK(doc["removals"][0]["login"] == "jxlang910");
    CHECK(doc["removals"][0]["role"] == "reviewer");
    REQUIRE(doc["lint"].size() == 1);
    CHECK(doc["lint"][0]["severity"] == "warning");
    CHECK(doc["lint"][0]["code"] == "ladder-gap");
    CHECK(doc["lint"][0]["line"] == 20);
    CHECK(doc["ok"] == false);
}

TEST_CASE("ci markdown shows what is not justified and why", "[ci][report]") {
    const std::string md = render_ci_markdown(full_report());
    CHECK(md.rfind("### sigaudit: 4 role additions, 3 not justified\n", 0) == 0);
    CHECK_THAT(md, Catch::Contains("| Person | Role added | Justified | Why |"));
    CHECK_THAT(md, Catch::Contains("| ✗ | merged-prs-in-sig 3/5 |"));
    CHECK_THAT(md,
               Catch::Contains("not a Member in the base or the head roster; reviewed-prs 1/2"));
    CHECK_THAT(md, Catch::Contains("no rule admits to this role"));
    CHECK_THAT(md, Catch::Contains("| ✓ |"));
    // A criterion that passes is not a reason.
    CHECK_THAT(md, !Catch::Contains("review-comments"));
    // A '|' in a name must not split the table cell.
    CHECK_THAT(md, Catch::Contains("Li \\| Na (`li_na`)"));
    CHECK_THAT(md, Catch::Contains("`head/sig_members.yaml:20:3` ladder-gap:"));
    CHECK_THAT(md, Catch::Contains("no longer listed as Reviewer"));
}

TEST_CASE("ci markdown escapes what would turn into markup", "[ci][report]") {
    CiReport report = base_report();
    report.additions = {addition(change("bob", "*Bob*_<b>\nJr", Role::member, 2), std::nullopt)};
    report.lint = {make_diagnostic(Code::name_mismatch, {"head/sig_members.yaml", 2, 3},
                                   "'bob' is listed as '*Bob*' and as 'Bob_B'")};
    const std::string md = render_ci_markdown(report);
    CHECK_THAT(md, Catch::Contains("| \\*Bob\\*\\_\\<b\\> Jr (`bob`) | Member | ✗ |"));
    CHECK_THAT(md, Catch::Contains("'\\*Bob\\*' and as 'Bob\\_B'"));
    // An entity would turn back into markup once the page is rendered.
    report.additions = {addition(change("amy", "A&lt;b&gt;", Role::member, 2), std::nullopt)};
    CHECK_THAT(render_ci_markdown(report), Catch::Contains("| A&amp;lt;b&amp;gt; (`amy`) |"));
}

TEST_CASE("ci markdown says plainly when nothing is added", "[ci][report]") {
    const std::string md = render_ci_markdown(base_report());
    CHECK(md.rfind("### sigaudit: no role additions\n", 0) == 0);
    CHECK_THAT(md, Catch::Contains("adds no role"));
    CHECK_THAT(md, !Catch::Contains("| Person |"));
    CHECK_THAT(md, !Catch::Contains("Lint"));
}

TEST_CASE("ci verdict lines count additions and lint errors", "[ci][report]") {
    CiReport report = base_report();
    report.additions = {justified_committer()};
    CHECK(render_ci_markdown(report).rfind("### sigaudit: 1 role addition, justified\n", 0) == 0);
    report.additions.push_back(justified_committer());
    CHECK(render_ci_markdown(report).rfind("### sigaudit: 2 role additions, all justified\n", 0) ==
          0);
    report.additions = {unjustified_committer()};
    report.lint = {
        make_diagnostic(Code::duplicate_entry, {"head/sig_members.yaml", 6, 3}, "twice")};
    CHECK(render_ci_markdown(report).rfind(
              "### sigaudit: 1 role addition, not justified; the head roster has 1 lint error\n",
              0) == 0);
}

TEST_CASE("failing alternatives and windows are explained, optional criteria are not",
          "[ci][report]") {
    CriterionResult helping = count("helping-contributions", 12, 40);
    helping.window = "2026-04..2026-05";
    CriterionResult invited = count("invited-developer", 0, 1, /*optional=*/true);
    const CriterionResult root =
        group("senior-developer", CriterionType::all,
              {group("outstanding-contribution", CriterionType::any,
                     {count("toolkit-core-code", 1, 3),
                      group("helping-others", CriterionType::window, {helping})}),
               invited});
    CiReport report = base_report();
    // A title rule admitting to a role is unusual, but the renderer must not care.
    report.additions = {addition(change("amy", "Amy", Role::maintainer, 3),
                                 rule_result("senior-developer", {}, root))};
    const std::string md = render_ci_markdown(report);
    CHECK_THAT(md, Catch::Contains("one of: toolkit-core-code 1/3 or helping-contributions 12/40 "
                                   "in 2026-04..2026-05"));
    CHECK_THAT(md, !Catch::Contains("invited-developer"));
    const nlohmann::json doc = nlohmann::json::parse(render_ci_json(report));
    REQUIRE(doc["additions"][0]["criteria"].size() == 2);
    CHECK(doc["additions"][0]["criteria"][1]["window"] == "2026-04..2026-05");
}

TEST_CASE("ci text uses colour only through the style", "[ci][report]") {
    const CiReport report = full_report();
    const std::string plain = render_ci_text(report, Style(false));
    CHECK(plain.find('\x1b') == std::string::npos);
    CHECK_THAT(plain, Catch::Contains("✗ li_na (Li | Na) → Committer: not justified"));
    CHECK_THAT(plain, Catch::Contains("      merged-prs-in-sig 3/5\n"));
    CHECK_THAT(render_ci_text(report, Style(true)), Catch::Contains("\x1b["));
}

TEST_CASE("ci outputs match the golden files", "[ci][report][golden]") {
    const CiReport report = full_report();
    check_golden("ci.md", render_ci_markdown(report));
    check_golden("ci.json", render_ci_json(report));
    check_golden("ci.txt", render_ci_text(report, Style(false)));
}
