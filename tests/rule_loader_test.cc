#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "sigaudit/cli/rule_files.h"
#include "sigaudit/common/text_file.h"
#include "sigaudit/rules/rule.h"
#include "sigaudit/rules/rule_loader.h"
#include "support/scenario.h"
#include "support/temp_dir.h"

using namespace sigaudit;
using Catch::Contains;
using Strings = std::vector<std::string>;

namespace {

Loaded<RuleSet> load(const std::string& text, const GroupOverrides& overrides = {}) {
    return load_rules({make_text_file("rules.yaml", text)}, overrides);
}

Loaded<RuleSet> load_shipped(const GroupOverrides& overrides = {}) {
    return load_rules(read_rule_files({testing::shipped_rules_dir()}), overrides);
}

std::vector<Diagnostic> with_code(const Loaded<RuleSet>& result, const std::string& code) {
    std::vector<Diagnostic> found;
    std::copy_if(result.diagnostics.begin(), result.diagnostics.end(), std::back_inserter(found),
                 [&](const Diagnostic& d) { return code_name(d.code) == code; });
    return found;
}

// The one finding `code` gives for `text`, which must stand at line:column.
Diagnostic finding(const std::string& text, const std::string& code, int line, int column) {
    INFO(text);
    const Loaded<RuleSet> result = load(text);
    for (const Diagnostic& d : result.diagnostics) {
        UNSCOPED_INFO(d.where.line << ":" << d.where.column << " " << d.code << " " << d.message);
    }
    const std::vector<Diagnostic> found = with_code(result, code);
    REQUIRE(found.size() == 1);
    const Diagnostic& d = found.front();
    INFO(d.message);
    CHECK(d.where.file == "rules.yaml");
    CHECK(d.where.line == line);
    CHECK(d.where.column == column);
    CHECK_FALSE(d.snippet.empty());
    if (d.severity == Severity::error) {
        CHECK_FALSE(result.usable());
    }
    return d;
}

// A rule file whose one rule has one criterion, `c`, made of `lines` (each
// indented under `- id: c`). The criterion's first line is line 5, and its
// keys start in column 9.
std::string criterion(const Strings& lines) {
    std::string text =
        "rules:\n"
        "  - id: r\n"
        "    criteria:\n"
        "      - id: c\n";
    for (const std::string& line : lines) {
        text += "        " + line + "\n";
    }
    return text;
}

const Rule& rule(const RuleSet& rules, std::string_view id) {
    const Rule* found = rules.find(id);
    REQUIRE(found != nullptr);
    return *found;
}

// The criterion with `id` anywhere in `root`'s tree.
const Criterion* find_criterion(const Criterion& root, std::string_view id) {
    if (root.id == id) {
        return &root;
    }
    for (const Criterion& child : root.children) {
        if (const Criterion* found = find_criterion(child, id)) {
            return found;
        }
    }
    return nullptr;
}

const Criterion& criterion_of(const RuleSet& rules, std::string_view rule_id, std::string_view id) {
    const Criterion* found = find_criterion(rule(rules, rule_id).criteria, id);
    REQUIRE(found != nullptr);
    return *found;
}

}  // namespace

// --- the shipped rules -------------------------------------------------------

TEST_CASE("the shipped rule files load without a finding", "[rule-loader]") {
    const std::vector<TextFile> files = read_rule_files({testing::shipped_rules_dir()});
    REQUIRE(files.size() == 2);
    CHECK_THAT(files[0].path, Contains("developer-growth.yaml"));
    CHECK_THAT(files[1].path, Contains("sig-roles.yaml"));
    const Loaded<RuleSet> result = load_rules(files);
    for (const Diagnostic& d : result.diagnostics) {
        UNSCOPED_INFO(d.where.file << ":" << d.where.line << " " << d.code << " " << d.message);
    }
    CHECK(result.diagnostics.empty());
    Strings ids;
    for (const Rule& r : result.value->rules) {
        ids.push_back(r.id);
    }
    CHECK(ids == Strings{"excellent-developer", "senior-developer", "member", "reviewer",
                         "committer", "maintainer"});
}

TEST_CASE("the shipped SIG ladder compiles to what it says", "[rule-loader]") {
    const Loaded<RuleSet> result = load_shipped();
    const RuleSet& rules = *result.value;
    REQUIRE(rules.for_role(Role::reviewer) != nullptr);
    const Rule& reviewer = *rules.for_role(Role::reviewer);
    CHECK(reviewer.id == "reviewer");
    CHECK(reviewer.title == "Reviewer");
    CHECK(reviewer.prerequisites == std::vector<Role>{Role::member});
    CHECK(reviewer.criteria.type == CriterionType::all);
    CHECK(reviewer.criteria.id == "reviewer");
    REQUIRE(reviewer.criteria.children.size() == 2);

    const Criterion& reviewed = reviewer.criteria.children[0];
    CHECK(reviewed.id == "reviewed-prs");
    CHECK(reviewed.type == CriterionType::count);
    CHECK(reviewed.source == CountSource{ActivityKind::pr_comment});
    CHECK(reviewed.filter.repos == Strings{"mindspore/mindspore", "mindspore/models"});
    CHECK(reviewed.filter.repo_groups == Strings{"framework", "models"});
    CHECK(reviewed.filter.on_others == true);
    CHECK(reviewed.filter.commands == Strings{"lgtm", "approve"});
    CHECK_FALSE(reviewed.filter.all_commands);
    CHECK(reviewed.distinct == Distinct::target);
    CHECK(reviewed.at_least == 2);
    CHECK(reviewed.where.line > 0);

    const Criterion& comments = reviewer.criteria.children[1];
    CHECK(comments.filter.commands.empty());
    CHECK(comments.distinct == Distinct::none);
    CHECK(comments.at_least == 10);

    const Criterion& meetings = criterion_of(rules, "member", "sig-meetings");
    CHECK(meetings.source == CountSource{EvidenceType::meeting});
    CHECK(meetings.distinct == Distinct::date);
    CHECK(criterion_of(rules, "committer", "merged-prs-in-sig").filter.repos ==
          Strings{"mindspore/models"});
    CHECK(rule(rules, "maintainer").prerequisites == std::vector<Role>{Role::committer});
    CHECK_FALSE(rule(rules, "excellent-developer").role.has_value());
}

TEST_CASE("the shipped developer titles compile to what they say", "[rule-loader]") {
    const Loaded<RuleSet> result = load_shipped();
    const RuleSet& rules = *result.value;

    const Criterion& bugs = criterion_of(rules, "excellent-developer", "bug-reports");
    CHECK(bugs.type == CriterionType::window);
    CHECK(bugs.months == 2);
    CHECK(bugs.each_month_count == 1);
    REQUIRE(bugs.children.size() == 2);
    CHECK(bugs.children[0].id == "bug-reports-per-month");
    const Criterion& accepted = bugs.children[1];
    CHECK(accepted.id == "accepted-bug-reports");
    CHECK(accepted.filter.states == Strings{"closed"});
    REQUIRE(accepted.filter.any_of.size() == 2);
    CHECK(accepted.filter.any_of[0].issue_types == Strings{"缺陷"});
    CHECK(accepted.filter.any_of[1].labels == Strings{"kind/bug"});

    const Criterion& helping = criterion_of(rules, "senior-developer", "helping-contributions");
    CHECK(helping.type == CriterionType::sum);
    CHECK(helping.at_least == 40);
    REQUIRE(helping.children.size() == 2);
    const Criterion& comments = helping.children[0];
    CHECK(comments.source == CountSource{ActivityKind::issue_comment});
    CHECK(comments.id.empty());
    CHECK(comments.filter.all_commands);
    CHECK(comments.filter.on_others == true);
    CHECK(comments.filter.repos.size() == 9);
    CHECK(comments.filter.repo_groups == Strings{"framework", "models", "docs", "toolkits"});
    CHECK(helping.children[1].source == CountSource{EvidenceType::qa_answer});

    const Rule& senior = rule(rules, "senior-developer");
    REQUIRE(senior.criteria.children.size() == 3);
    CHECK(senior.criteria.children[0].type == CriterionType::meets);
    CHECK(senior.criteria.children[0].rule == "excellent-developer");
    CHECK(senior.criteria.children[2].id == "invited-developer");
    CHECK(senior.criteria.children[2].optional);
    CHECK_FALSE(senior.criteria.children[1].optional);

    CHECK(rules.groups.at("docs") == Strings{"mindspore/docs", "mindspore/tutorials"});
    CHECK(rules.groups.at("sig") == Strings{"mindspore/models"});
}

TEST_CASE("config overrides replace a group's repositories wholesale", "[rule-loader]") {
    const Loaded<RuleSet> result =
        load_shipped({{"models", {"MindSpore/Models", "mindspore/models-fork"}}});
    REQUIRE(result.diagnostics.empty());
    CHECK(result.value->groups.at("models") ==
          Strings{"mindspore/models", "mindspore/models-fork"});
    CHECK(criterion_of(*result.value, "reviewer", "reviewed-prs").filter.repos ==
          Strings{"mindspore/mindspore", "mindspore/models", "mindspore/models-fork"});
    // `sig` names the same repository, but it is a group of its own.
    CHECK(criterion_of(*result.value, "committer", "merged-prs-in-sig").filter.repos ==
          Strings{"mindspore/models"});
}

TEST_CASE("an override can define a group no rule file defines", "[rule-loader]") {
    const Loaded<RuleSet> result =
        load(criterion({"count: pr_merged", "repos: [mine]", "at_least: 1"}),
             {{"mine", {"me/project"}}});
    REQUIRE(result.diagnostics.empty());
    CHECK(criterion_of(*result.value, "r", "c").filter.repos == Strings{"me/project"});
}

// --- syntax that loads ---------------------------------------------------------

TEST_CASE("repos mixes groups and repositories, each repository once", "[rule-loader]") {
    const Loaded<RuleSet> result = load(
        "groups:\n"
        "  pair: [a/one, a/two]\n" +
        criterion({"count: pr_opened", "repos: [A/Two, pair, a/three]", "at_least: 0"}));
    REQUIRE(result.diagnostics.empty());
    const Criterion& c = criterion_of(*result.value, "r", "c");
    CHECK(c.filter.repos == Strings{"a/two", "a/one", "a/three"});
    CHECK(c.filter.repo_groups == Strings{"a/two", "pair", "a/three"});
    CHECK(c.at_least == 0);
}

TEST_CASE("a single value stands for a list of one", "[rule-loader]") {
    const Loaded<RuleSet> result =
        load(criterion({"count: issue_opened", "repos: x/y", "state: Closed", "labels: kind/bug",
                        "issue_type: 缺陷", "at_least: 1"}));
    REQUIRE(result.diagnostics.empty());
    const Criterion& c = criterion_of(*result.value, "r", "c");
    CHECK(c.filter.repos == Strings{"x/y"});
    CHECK(c.filter.states == Strings{"closed"});
    CHECK(c.filter.labels == Strings{"kind/bug"});
    CHECK(c.filter.issue_types == Strings{"缺陷"});
}

TEST_CASE("command words are read as Gitee users type them", "[rule-loader]") {
    const Loaded<RuleSet> words =
        load(criterion({"count: pr_comment", "commands: [/LGTM, approve]", "at_least: 1"}));
    REQUIRE(words.diagnostics.empty());
    CHECK(criterion_of(*words.value, "r", "c").filter.commands == Strings{"lgtm", "approve"});
    const Loaded<RuleSet> all =
        load(criterion({"count: issue_comment", "commands: all", "at_least: 1"}));
    REQUIRE(all.diagnostics.empty());
    CHECK(criterion_of(*all.value, "r", "c").filter.all_commands);
}

TEST_CASE("criteria may be one criterion instead of a list", "[rule-loader]") {
    const Loaded<RuleSet> result = load(
        "rules:\n"
        "  - id: solo\n"
        "    role: committer\n"
        "    requires: reviewer\n"
        "    criteria:\n"
        "      id: talks\n"
        "      count: talk\n"
        "      distinct: month\n"
        "      at_least: 3\n");
    REQUIRE(result.diagnostics.empty());
    const Rule& solo = rule(*result.value, "solo");
    CHECK(solo.title == "solo");
    CHECK(solo.role == Role::committer);
    CHECK(solo.prerequisites == std::vector<Role>{Role::reviewer});
    CHECK(solo.criteria.id == "talks");
    CHECK(solo.criteria.type == CriterionType::count);
    CHECK(solo.criteria.distinct == Distinct::month);
}

TEST_CASE("a window may say only in_window, or one criterion for each_month", "[rule-loader]") {
    const Loaded<RuleSet> result =
        load(criterion({"window_months: 3", "each_month:", "  id: monthly", "  count: pr_merged",
                        "  at_least: 1"}));
    REQUIRE(result.diagnostics.empty());
    const Criterion& c = criterion_of(*result.value, "r", "c");
    CHECK(c.months == 3);
    CHECK(c.each_month_count == 1);
    REQUIRE(c.children.size() == 1);
    CHECK(c.children[0].id == "monthly");
}

// --- the errors, one code at a time -------------------------------------------------

TEST_CASE("rule-unknown-key: a misspelt key, with a hint", "[rule-loader]") {
    const Diagnostic top = finding("rule:\n  - id: r\n", "rule-unknown-key", 1, 1);
    CHECK_THAT(top.message, Contains("unknown key 'rule' in a rule file; did you mean 'rules'?"));

    const Diagnostic in_rule =
        finding("rules:\n  - id: r\n    critera: []\n", "rule-unknown-key", 3, 5);
    CHECK_THAT(in_rule.message, Contains("did you mean 'criteria'?"));

    const Diagnostic in_criterion =
        finding(criterion({"cont: pr_merged", "at_least: 1"}), "rule-unknown-key", 5, 9);
    CHECK_THAT(in_criterion.message, Contains("did you mean 'count'?"));
    // The typo says it all: no "does not say what it checks" as well.
    CHECK(with_code(load(criterion({"cont: pr_merged", "at_least: 1"})), "rule-bad-criterion")
              .empty());
}

TEST_CASE("rule-unknown-key: a key of another criterion type", "[rule-loader]") {
    const Diagnostic d = finding(
        criterion({"any:", "  - id: x", "    count: doc", "    at_least: 1", "at_least: 1"}),
        "rule-unknown-key", 9, 9);
    CHECK_THAT(d.message,
               Contains("'at_least' does not belong with 'any'; it goes with 'count' or 'sum'"));
}

TEST_CASE("rule-unknown-key: any_of alternatives take filters only", "[rule-loader]") {
    const Diagnostic d = finding(criterion({"count: pr_opened", "any_of:", "  - state: open",
                                            "    at_least: 1", "at_least: 1"}),
                                 "rule-unknown-key", 8, 13);
    CHECK_THAT(d.message, Contains("unknown key 'at_least' in an any_of alternative"));
}

TEST_CASE("rule-missing-key: id, criteria and at_least", "[rule-loader]") {
    const Diagnostic no_id =
        finding("rules:\n  - title: Nameless\n    criteria: [{id: c, count: doc, at_least: 1}]\n",
                "rule-missing-key", 2, 5);
    CHECK_THAT(no_id.message, Contains("no 'id'"));
    const Diagnostic no_criteria =
        finding("rules:\n  - id: empty\n    title: Empty\n", "rule-missing-key", 2, 5);
    CHECK_THAT(no_criteria.message, Contains("rule 'empty' has no 'criteria'"));
    const Diagnostic no_threshold = finding(criterion({"count: doc"}), "rule-missing-key", 4, 9);
    CHECK_THAT(no_threshold.message, Contains("no 'at_least'"));
    const Diagnostic no_criterion_id = finding(
        criterion({"all:", "  - count: doc", "    at_least: 1"}), "rule-missing-key", 6, 13);
    CHECK_THAT(no_criterion_id.message, Contains("no 'id'"));
    const Diagnostic empty_window =
        finding(criterion({"window_months: 2"}), "rule-missing-key", 5, 9);
    CHECK_THAT(empty_window.message, Contains("each_month"));
}

TEST_CASE("rule-bad-criterion: no type key, several, or a sum item that is no count",
          "[rule-loader]") {
    const Diagnostic none =
        finding(criterion({"description: nothing"}), "rule-bad-criterion", 4, 9);
    CHECK_THAT(none.message, Contains("all, any, count, sum, window_months or meets"));
    const Diagnostic two =
        finding(criterion({"count: doc", "meets: r", "at_least: 1"}), "rule-bad-criterion", 6, 9);
    CHECK_THAT(two.message, Contains("both 'count' and 'meets'"));
    const Diagnostic in_sum = finding(criterion({"sum:", "  - meets: other", "at_least: 1"}),
                                      "rule-bad-criterion", 6, 13);
    CHECK_THAT(in_sum.message, Contains("the items of 'sum' are counts"));
}

TEST_CASE("rule-unknown-kind: with a hint", "[rule-loader]") {
    const Diagnostic d =
        finding(criterion({"count: pr_merge", "at_least: 1"}), "rule-unknown-kind", 5, 16);
    CHECK_THAT(d.message, Contains("'pr_merge' is neither an activity kind nor a ledger type; "
                                   "did you mean 'pr_merged'?"));
    const Diagnostic far =
        finding(criterion({"count: stars", "at_least: 1"}), "rule-unknown-kind", 5, 16);
    CHECK_THAT(far.message, Contains("known kinds: pr_opened"));
}

TEST_CASE("rule-unknown-group: with a hint", "[rule-loader]") {
    const Diagnostic d =
        finding("groups:\n  framework: [mindspore/mindspore]\n" +
                    criterion({"count: pr_merged", "repos: [framwork]", "at_least: 1"}),
                "rule-unknown-group", 8, 17);
    CHECK_THAT(d.message, Contains("'framwork'; did you mean 'framework'?"));
}

TEST_CASE("rule-bad-filter: filters the counted kind never matches", "[rule-loader]") {
    const Diagnostic commands =
        finding(criterion({"count: pr_merged", "commands: [lgtm]", "at_least: 1"}),
                "rule-bad-filter", 6, 9);
    CHECK_THAT(commands.message, Contains("'commands' never matches pr_merged"));
    const Diagnostic on_others =
        finding(criterion({"count: issue_opened", "on_others: true", "at_least: 1"}),
                "rule-bad-filter", 6, 9);
    CHECK_THAT(on_others.message, Contains("pr_comment and issue_comment"));
    const Diagnostic issue_type =
        finding(criterion({"count: pr_opened", "issue_type: [缺陷]", "at_least: 1"}),
                "rule-bad-filter", 6, 9);
    CHECK_THAT(issue_type.message, Contains("it applies to issue_opened"));
    finding(criterion({"count: pr_comment", "labels: [kind/bug]", "at_least: 1"}),
            "rule-bad-filter", 6, 9);
    const Diagnostic on_ledger = finding(
        criterion({"count: meeting", "repos: [a/b]", "at_least: 1"}), "rule-bad-filter", 6, 9);
    CHECK_THAT(on_ledger.message, Contains("ledger entries ('meeting')"));
    finding(criterion({"count: pr_merged", "any_of:", "  - commands: [lgtm]", "at_least: 1"}),
            "rule-bad-filter", 7, 13);
}

TEST_CASE("rule-bad-filter: distinct that does not fit the kind", "[rule-loader]") {
    const Diagnostic pr_on_issue =
        finding(criterion({"count: issue_comment", "distinct: pr", "at_least: 1"}),
                "rule-bad-filter", 6, 19);
    CHECK_THAT(pr_on_issue.message, Contains("but this one counts issue_comment"));
    finding(criterion({"count: pr_comment", "distinct: issue", "at_least: 1"}), "rule-bad-filter",
            6, 19);
    finding(criterion({"count: doc", "distinct: issue", "at_least: 1"}), "rule-bad-filter", 6, 19);
    CHECK(load(criterion({"count: doc", "distinct: date", "at_least: 1"})).diagnostics.empty());
}

TEST_CASE("rule-bad-filter: a state the kind never has, with a hint", "[rule-loader]") {
    const Diagnostic d =
        finding(criterion({"count: issue_opened", "state: [open, clsoed]", "at_least: 1"}),
                "rule-bad-filter", 6, 23);
    CHECK_THAT(d.message,
               Contains("issue_opened never has state 'clsoed'; did you mean 'closed'?"));
    finding(criterion({"count: pr_opened", "state: progressing", "at_least: 1"}), "rule-bad-filter",
            6, 16);
}

TEST_CASE("rule-bad-threshold: anything but a whole number up to a billion", "[rule-loader]") {
    for (const char* bad : {"-1", "1e400", "ten", "\"ten\"", "true", "1.5", "0x10", "1000000001",
                            "99999999999999999999999999"}) {
        INFO(bad);
        const Diagnostic d = finding(criterion({"count: doc", std::string("at_least: ") + bad}),
                                     "rule-bad-threshold", 6, 19);
        CHECK_THAT(d.message, Contains("'at_least' must be a whole number from 0 to 1000000000"));
    }
    const Loaded<RuleSet> largest = load(criterion({"count: doc", "at_least: 1000000000"}));
    REQUIRE(largest.diagnostics.empty());
    CHECK(criterion_of(*largest.value, "r", "c").at_least == 1'000'000'000);
}

TEST_CASE("rule-bad-threshold: a count inside sum has none of its own", "[rule-loader]") {
    const Diagnostic d =
        finding(criterion({"sum:", "  - count: doc", "    at_least: 2", "at_least: 3"}),
                "rule-bad-threshold", 7, 13);
    CHECK_THAT(d.message, Contains("the sum's at_least applies to the total"));
}

TEST_CASE("rule-bad-id: ids must be kebab-case", "[rule-loader]") {
    const Diagnostic rule_id = finding(
        "rules:\n  - id: Senior_Developer\n    criteria: [{id: c, count: doc, at_least: 1}]\n",
        "rule-bad-id", 2, 9);
    CHECK_THAT(rule_id.message, Contains("rule id 'Senior_Developer' must be kebab-case"));
    const Diagnostic criterion_id = finding(
        "rules:\n  - id: r\n    criteria:\n      - id: my criterion\n        count: doc\n"
        "        at_least: 1\n",
        "rule-bad-id", 4, 13);
    CHECK_THAT(criterion_id.message, Contains("criterion id 'my criterion'"));
    finding("groups:\n  Docs/All: [a/b]\nrules: []\n", "rule-bad-id", 2, 3);
}

TEST_CASE("rule-duplicate-id: a rule id twice across files names the first", "[rule-loader]") {
    const std::string text =
        "rules:\n  - id: member\n    criteria: [{id: c, count: doc, "
        "at_least: 1}]\n";
    const Loaded<RuleSet> result =
        load_rules({make_text_file("one.yaml", text), make_text_file("two.yaml", "\n" + text)});
    const std::vector<Diagnostic> found = with_code(result, "rule-duplicate-id");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.file == "two.yaml");
    CHECK(found[0].where.line == 3);
    CHECK(found[0].where.column == 9);
    CHECK_THAT(found[0].message, Contains("rule id 'member' is already used at one.yaml:2:9"));
    CHECK_FALSE(result.usable());
}

TEST_CASE("rule-duplicate-id: a criterion id twice in one rule", "[rule-loader]") {
    const Diagnostic d =
        finding(criterion({"any:", "  - id: x", "    count: doc", "    at_least: 1", "  - id: x",
                           "    count: talk", "    at_least: 1"}),
                "rule-duplicate-id", 9, 17);
    CHECK_THAT(d.message, Contains("criterion id 'x' is already used in this rule (at line 6)"));
    // The implicit root carries the rule's id.
    finding(criterion({"any:", "  - id: r", "    count: doc", "    at_least: 1"}),
            "rule-duplicate-id", 6, 17);
    // Two rules may use the same criterion ids.
    CHECK(load("rules:\n"
               "  - id: a\n    criteria: [{id: c, count: doc, at_least: 1}]\n"
               "  - id: b\n    criteria: [{id: c, count: doc, at_least: 1}]\n")
              .diagnostics.empty());
}

TEST_CASE("rule-unknown-rule: meets names no rule, with a hint", "[rule-loader]") {
    const Diagnostic d = finding(
        "rules:\n"
        "  - id: excellent-developer\n    criteria: [{id: c, count: doc, at_least: 1}]\n"
        "  - id: senior\n    criteria: [{id: m, meets: excelent-developer}]\n",
        "rule-unknown-rule", 5, 31);
    CHECK_THAT(d.message, Contains("rule 'excelent-developer', which no rule file defines; did "
                                   "you mean 'excellent-developer'?"));
}

TEST_CASE("rule-unknown-role: a role that is not on the ladder", "[rule-loader]") {
    const Diagnostic role = finding(
        "rules:\n  - id: r\n    role: reviewr\n    criteria: [{id: c, count: doc, at_least: 1}]\n",
        "rule-unknown-role", 3, 11);
    CHECK_THAT(role.message, Contains("did you mean 'reviewer'?"));
    finding(
        "rules:\n  - id: r\n    requires: [member, boss]\n"
        "    criteria: [{id: c, count: doc, at_least: 1}]\n",
        "rule-unknown-role", 3, 24);
}

TEST_CASE("rule-duplicate-role: two rules admitting to one role", "[rule-loader]") {
    const Diagnostic d = finding(
        "rules:\n"
        "  - id: a\n    role: member\n    criteria: [{id: c, count: doc, at_least: 1}]\n"
        "  - id: b\n    role: member\n    criteria: [{id: c, count: doc, at_least: 1}]\n",
        "rule-duplicate-role", 6, 11);
    CHECK_THAT(d.message, Contains("rule 'b' admits to member, but rule 'a' (at line 3)"));
}

TEST_CASE("rule-cycle: rules that meet each other, and themselves", "[rule-loader]") {
    const Diagnostic pair = finding(
        "rules:\n"
        "  - id: a\n    criteria: [{id: m, meets: b}]\n"
        "  - id: b\n    criteria: [{id: m, meets: a}]\n",
        "rule-cycle", 5, 31);
    CHECK_THAT(pair.message, Contains("a → b → a"));
    const Diagnostic self =
        finding("rules:\n  - id: a\n    criteria: [{id: m, meets: a}]\n", "rule-cycle", 3, 31);
    CHECK_THAT(self.message, Contains("a → a"));
}

TEST_CASE("rule-bad-value: values of the wrong shape", "[rule-loader]") {
    finding("rules: {id: r}\n", "rule-bad-value", 1, 8);
    finding("- id: r\n", "rule-bad-value", 1, 1);
    finding("rules:\n  - id: r\n    criteria: pr_merged\n", "rule-bad-value", 3, 15);
    finding("rules:\n  - id: r\n    criteria:\n", "rule-bad-value", 3, 5);
    finding(criterion({"count: pr_merged", "repos: {framework: true}", "at_least: 1"}),
            "rule-bad-value", 6, 16);
    finding(criterion({"count: pr_merged", "repos:", "at_least: 1"}), "rule-bad-value", 6, 9);
    finding(criterion({"count: doc", "optional: yes", "at_least: 1"}), "rule-bad-value", 6, 19);
    finding(criterion({"count: doc", "distinct: person", "at_least: 1"}), "rule-bad-value", 6, 19);
    finding(criterion({"count: pr_merged", "repos: [mindspore/models/extra]", "at_least: 1"}),
            "rule-bad-value", 6, 17);
    finding(criterion({"window_months: 25", "in_window: {id: w, count: doc, at_least: 1}"}),
            "rule-bad-value", 5, 24);
    finding(criterion({"any: []"}), "rule-bad-value", 5, 14);
}

TEST_CASE("rule-duplicate-key: a key written twice", "[rule-loader]") {
    const Diagnostic d = finding(criterion({"count: doc", "at_least: 1", "at_least: 2"}),
                                 "rule-duplicate-key", 7, 9);
    CHECK_THAT(d.message, Contains("first at line 6"));
}

TEST_CASE("rule-group-conflict: one group, two definitions", "[rule-loader]") {
    const std::string rules = criterion({"count: pr_merged", "repos: [docs]", "at_least: 1"});
    const Loaded<RuleSet> conflict = load_rules(
        {make_text_file("one.yaml", "groups:\n  docs: [mindspore/docs]\n" + rules),
         make_text_file("two.yaml", "groups:\n  docs: [mindspore/tutorials]\nrules: []\n")});
    const std::vector<Diagnostic> found = with_code(conflict, "rule-group-conflict");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.file == "two.yaml");
    CHECK(found[0].where.line == 2);
    CHECK(found[0].where.column == 3);
    CHECK_THAT(found[0].message, Contains("one.yaml:2:3"));

    // The same repositories in another order are the same group.
    const Loaded<RuleSet> same =
        load_rules({make_text_file("one.yaml", "groups:\n  docs: [a/x, a/y]\n" + rules),
                    make_text_file("two.yaml", "groups:\n  docs: [A/y, a/x]\n")});
    CHECK_FALSE(has_errors(same.diagnostics));
}

TEST_CASE("rule-unused-group: a warning, and the rules still load", "[rule-loader]") {
    const Loaded<RuleSet> result =
        load("groups:\n  spare: [a/b]\n" + criterion({"count: doc", "at_least: 1"}));
    REQUIRE(result.diagnostics.size() == 1);
    const Diagnostic& d = result.diagnostics[0];
    CHECK(d.code == Code::rule_unused_group);
    CHECK(d.severity == Severity::warning);
    CHECK(d.where.line == 2);
    CHECK(d.where.column == 3);
    CHECK(result.value->rules.size() == 1);
}

TEST_CASE("rule-no-rules: a file without rules is a warning", "[rule-loader]") {
    for (const std::string& text : {std::string(), std::string("# nothing yet\n"),
                                    std::string("rules: []\n"), std::string("rules:\n")}) {
        INFO(text);
        const Loaded<RuleSet> result = load(text);
        REQUIRE(result.diagnostics.size() == 1);
        CHECK(result.diagnostics[0].code == Code::rule_no_rules);
        CHECK(result.diagnostics[0].severity == Severity::warning);
        CHECK(result.diagnostics[0].where.line >= 1);
    }
}

TEST_CASE("a file of groups alone serves the other files", "[rule-loader]") {
    const Loaded<RuleSet> result = load_rules(
        {make_text_file("groups.yaml", "groups:\n  mine: [a/b]\n"),
         make_text_file("rules.yaml",
                        criterion({"count: pr_merged", "repos: [mine]", "at_least: 1"}))});
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].code == Code::rule_no_rules);
    CHECK(criterion_of(*result.value, "r", "c").filter.repos == Strings{"a/b"});
}

TEST_CASE("text that is not YAML is reported, not thrown", "[rule-loader]") {
    const Loaded<RuleSet> result = load("rules: [\n");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].code == Code::yaml_syntax);
    CHECK_FALSE(result.usable());
}

TEST_CASE("a stray comma is a syntax error, not an endless parse", "[rule-loader]") {
    // yaml-cpp 0.7 alone would allocate empty documents until memory runs out.
    for (const std::string& text : {std::string(", with at_least\n"), std::string("- a\n,\n")}) {
        INFO(text);
        const Loaded<RuleSet> result = load(text);
        REQUIRE(result.diagnostics.size() == 1);
        CHECK(result.diagnostics[0].code == Code::yaml_syntax);
        CHECK_THAT(result.diagnostics[0].message, Contains("unexpected ','"));
    }
}

TEST_CASE("with any error no rule set comes back", "[rule-loader]") {
    const Loaded<RuleSet> result = load(
        "groups:\n  g: [a/b]\n" + criterion({"count: pr_merged", "repos: [g]", "at_least: x"}));
    CHECK(has_errors(result.diagnostics));
    CHECK_FALSE(result.usable());
}

TEST_CASE("findings come sorted, each with its source line", "[rule-loader]") {
    const Loaded<RuleSet> result = load(criterion({"count: pr_merge", "at_least: -1", "bogus: 1"}));
    REQUIRE(result.diagnostics.size() == 3);
    CHECK(result.diagnostics[0].where.line == 5);
    CHECK(result.diagnostics[1].where.line == 6);
    CHECK(result.diagnostics[2].where.line == 7);
    CHECK(result.diagnostics[0].snippet == "        count: pr_merge");
    for (const Diagnostic& d : result.diagnostics) {
        CHECK_THAT(d.message, !Contains("rules.yaml"));
    }
}

// --- hostile input ----------------------------------------------------------------

TEST_CASE("rule-too-deep: criteria nested 40 levels", "[rule-loader]") {
    std::string text = "rules:\n  - id: deep\n    criteria:\n";
    std::string indent = "      ";
    for (int level = 0; level < 40; ++level) {
        text += indent + "- id: level-" + std::to_string(level) + "\n" + indent + "  any:\n";
        indent += "    ";
    }
    text += indent + "- id: leaf\n" + indent + "  count: doc\n" + indent + "  at_least: 1\n";
    const Loaded<RuleSet> result = load(text);
    const std::vector<Diagnostic> found = with_code(result, "rule-too-deep");
    REQUIRE(found.size() == 1);
    // The root is level 1, so the 32nd nested item (level-31) is one too many.
    CHECK(found[0].where.line == 4 + 2 * 31);
    CHECK(found[0].where.column == 7 + 4 * 31 + 2);
    CHECK(result.diagnostics.size() == 1);
}

TEST_CASE("alias-heavy files end in an error, quickly", "[rule-loader]") {
    // Each level names the one below ten times: 10^9 criteria if expanded.
    std::string text =
        "rules:\n  - id: boom\n    criteria:\n      - &l0 {id: l0, count: doc, "
        "at_least: 1}\n";
    for (int level = 1; level <= 9; ++level) {
        text +=
            "      - &l" + std::to_string(level) + " {id: l" + std::to_string(level) + ", all: [";
        for (int copy = 0; copy < 10; ++copy) {
            text += (copy > 0 ? ", *l" : "*l") + std::to_string(level - 1);
        }
        text += "]}\n";
    }
    const Loaded<RuleSet> result = load(text);
    CHECK(with_code(result, "rule-too-large").size() == 1);
    CHECK_FALSE(result.usable());
}

TEST_CASE("an alias that contains itself ends in an error", "[rule-loader]") {
    const Loaded<RuleSet> result = load(
        "rules:\n"
        "  - id: loop\n"
        "    criteria: &c\n"
        "      - id: a\n"
        "        all: *c\n");
    CHECK(with_code(result, "rule-too-deep").size() == 1);
    CHECK_FALSE(result.usable());
}

TEST_CASE("nulls and odd nodes anywhere are findings, not crashes", "[rule-loader]") {
    for (const std::string& text : {
             std::string("rules:\n  - ~\n  - []\n  - 3\n"),
             std::string("groups: ~\nrules:\n  - id: r\n    criteria: [~]\n"),
             std::string("groups: [a]\nrules: {}\n"),
             std::string("groups:\n  g: ~\n  ? [x]\n  : y\nrules: ~\n"),
             criterion({"count: ~", "at_least: ~", "any_of: [~, {}, [1]]", "state: [[x]]"}),
             criterion({"window_months: ~", "each_month: [~]", "in_window: {}"}),
             criterion({"sum: ~", "at_least: {}"}),
             criterion({"meets: [a, b]"}),
             std::string("? [complex, key]\n: value\n"),
             std::string("rules:\n  - id: r\n    criteria: &a {id: x, any: [*a, *a]}\n"),
         }) {
        INFO(text);
        const Loaded<RuleSet> result = load(text);
        CHECK(has_errors(result.diagnostics));
        CHECK_FALSE(result.usable());
    }
}

// --- finding the files ----------------------------------------------------------------

TEST_CASE("a directory gives its rule files, sorted by name", "[rule-loader]") {
    const testing::TempDir dir;
    dir.write("b.yml", "rules: []\n");
    dir.write("a.yaml", "rules: []\n");
    dir.write("notes.txt", "not a rule file\n");
    dir.write("nested/c.yaml", "rules: []\n");
    const std::vector<TextFile> files = read_rule_files({dir.path().string()});
    REQUIRE(files.size() == 2);
    CHECK_THAT(files[0].path, Contains("a.yaml"));
    CHECK_THAT(files[1].path, Contains("b.yml"));

    const std::string single = dir.path().string() + "/notes.txt";
    CHECK(read_rule_files({single, dir.path().string()}).size() == 3);
}

TEST_CASE("unusable rule paths throw InputError", "[rule-loader]") {
    const testing::TempDir dir;
    const auto code_of = [](const std::string& path) {
        try {
            read_rule_files({path});
        } catch (const InputError& e) {
            return std::string(code_name(e.diagnostic().code));
        }
        return std::string("none");
    };
    CHECK(code_of(dir.path().string()) == "no-rule-files");
    CHECK(code_of(dir.path().string() + "/missing.yaml") == "file-unreadable");
    // Text that is not YAML is read fine, and reported by load_rules with its line.
    const std::string broken = dir.write("broken.yaml", "rules: [\n");
    CHECK(code_of(broken) == "none");
    const Loaded<RuleSet> load = load_rules(read_rule_files({broken}));
    REQUIRE(load.diagnostics.size() == 1);
    CHECK(load.diagnostics[0].code == Code::yaml_syntax);
    CHECK(load.diagnostics[0].where.line == 2);
}

TEST_CASE("a finding names the rule and criterion it stands in", "[rule-loader]") {
    const Diagnostic d =
        finding(criterion({"cout: pr_comment", "at_least: 1"}), "rule-unknown-key", 5, 9);
    REQUIRE(d.context.size() == 2);
    CHECK(d.context[0].what == "rule 'r'");
    CHECK(d.context[0].where.line == 2);
    CHECK(d.context[1].what == "criterion 'c'");
    CHECK(d.context[1].where.line == 4);
    // A finding among the rule's own keys names the rule alone.
    const Diagnostic top =
        finding("rules:\n  - id: r\n    critera: []\n", "rule-unknown-key", 3, 5);
    CHECK(top.context.size() == 1);
}
