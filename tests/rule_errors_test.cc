#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "support/rule_text.h"

using namespace sigaudit;
using namespace sigaudit::testing;
using Catch::Contains;

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

// No one could hold a prerequisite that requires, in turn, the role itself.
TEST_CASE("rule-cycle: roles that require each other, and themselves", "[rule-loader]") {
    const std::string meeting = "    criteria: [{id: m, count: meeting, at_least: 1}]\n";
    const Diagnostic pair = finding(
        "rules:\n"
        "  - id: a\n    role: member\n    requires: [reviewer]\n" +
            meeting + "  - id: b\n    role: reviewer\n    requires: [member]\n" + meeting,
        "rule-cycle", 4, 5);
    CHECK_THAT(pair.message, Contains("'requires' goes round in a circle: a (member) → b "
                                      "(reviewer) → a (member)"));
    const Diagnostic self =
        finding("rules:\n  - id: a\n    role: member\n    requires: [member]\n" + meeting,
                "rule-cycle", 4, 5);
    CHECK_THAT(self.message, Contains("a (member) → a (member)"));
    // The shipped ladder requires each rung below: no circle there.
    CHECK(with_code(load_shipped(), "rule-cycle").empty());
}

// What evaluating one person costs is bounded before anyone is evaluated.
TEST_CASE("rule-too-large: a rule set past 10,000 criteria to measure", "[rule-loader]") {
    std::string counts;
    for (int i = 0; i < 210; ++i) {
        counts += "          - {id: c" + std::to_string(i) + ", count: meeting, at_least: 1}\n";
    }
    // 24 months of 210 counts: 5,042 to measure per rule.
    const std::string window_rule =
        "    criteria:\n      - id: w\n        window_months: 24\n"
        "        each_month:\n" +
        counts;
    const Loaded<RuleSet> big =
        load("rules:\n  - id: a\n" + window_rule + "  - id: b\n" + window_rule);
    const std::vector<Diagnostic> found = with_code(big, "rule-too-large");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == 217);
    CHECK_THAT(found[0].message, Contains("with rule 'b' the rule set passes 10,000 criteria"));
    CHECK_FALSE(big.usable());
    CHECK(with_code(load("rules:\n  - id: a\n" + window_rule), "rule-too-large").empty());
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

// --- comment_type and confirm -------------------------------------------------

TEST_CASE("comment_type takes Gitee's two types and only on PR comments", "[rule-loader]") {
    const Diagnostic typo =
        finding(criterion({"count: pr_comment", "comment_type: [diff_coment]", "at_least: 1"}),
                "rule-bad-value", 6, 24);
    CHECK_THAT(typo.message, Contains("'diff_coment' is not a comment type; did you mean "
                                      "'diff_comment'?"));
    const Diagnostic on_issues =
        finding(criterion({"count: issue_comment", "comment_type: [diff_comment]", "at_least: 1"}),
                "rule-bad-filter", 6, 9);
    CHECK_THAT(on_issues.message,
               Contains("'comment_type' never matches issue_comment; it applies to pr_comment"));
    const Loaded<RuleSet> strict =
        load(criterion({"count: pr_comment", "comment_type: [DIFF_COMMENT]", "at_least: 1"}));
    REQUIRE(strict.usable());
    CHECK(strict.value->rules[0].criteria.children[0].filter.comment_types ==
          Strings{"diff_comment"});
}

TEST_CASE("confirm belongs on a criterion and not inside a sum", "[rule-loader]") {
    const Loaded<RuleSet> confirmed =
        load(criterion({"count: pr_merged", "confirm: the PR is core code", "at_least: 1"}));
    REQUIRE(confirmed.usable());
    const Criterion& count = confirmed.value->rules[0].criteria.children[0];
    CHECK(count.confirm == "the PR is core code");
    CHECK(count.confirm_key == "r/c");

    const Diagnostic in_sum =
        finding(criterion({"sum:", "  - count: doc", "    confirm: it is good", "at_least: 1"}),
                "rule-bad-value", 7, 13);
    CHECK_THAT(in_sum.message, Contains("put 'confirm' on the sum"));
}
