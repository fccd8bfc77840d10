#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "support/rule_text.h"

using namespace sigaudit;
using namespace sigaudit::testing;
using Catch::Contains;

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

namespace {

// What a count's own words must name: each repository group or repository
// it counts in, and, for a ledger count, the entry type in quotes.
std::vector<std::string> words_a_count_owes(const Criterion& count) {
    if (const auto* type = std::get_if<EvidenceType>(&count.source)) {
        return {"'" + std::string(evidence_type_id(*type)) + "'"};
    }
    std::vector<std::string> owed = count.filter.repo_groups;
    for (const ActivityFilter& alternative : count.filter.any_of) {
        owed.insert(owed.end(), alternative.repo_groups.begin(), alternative.repo_groups.end());
    }
    return owed;
}

// A group is named by its name or by every repository in it.
bool names_place(const std::string& words, const std::string& place, const RuleSet& rules) {
    if (words.find(place) != std::string::npos) {
        return true;
    }
    const auto group = rules.groups.find(place);
    return group != rules.groups.end() &&
           std::all_of(group->second.begin(), group->second.end(), [&](const std::string& repo) {
               return words.find(repo) != std::string::npos;
           });
}

void check_described(const Criterion& criterion, const std::string& rule, const RuleSet& rules) {
    if (criterion.id.empty() || criterion.id == rule) {
        // A sum's item, or a rule's list: its words are the parent's.
    } else {
        INFO(rule << "/" << criterion.id);
        CHECK_FALSE(criterion.description.empty());
        std::vector<std::string> owed;
        if (criterion.type == CriterionType::count) {
            owed = words_a_count_owes(criterion);
        } else if (criterion.type == CriterionType::sum) {
            for (const Criterion& part : criterion.children) {
                const std::vector<std::string> more = words_a_count_owes(part);
                owed.insert(owed.end(), more.begin(), more.end());
            }
        }
        for (const std::string& word : owed) {
            INFO("owes: " << word << " in: " << criterion.description);
            CHECK(names_place(criterion.description, word, rules));
        }
    }
    for (const Criterion& child : criterion.children) {
        check_described(child, rule, rules);
    }
}

}  // namespace

// Reports show a criterion by its description: it must say what is counted
// ("any merged PR in mindspore/docs or mindspore/tutorials"), not what the
// seed hopes for ("contributed a document").
TEST_CASE("every shipped criterion says what it counts and where", "[rule-loader]") {
    const Loaded<RuleSet> result = load_shipped();
    for (const Rule& rule : result.value->rules) {
        check_described(rule.criteria, rule.id, *result.value);
    }
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
    // A bot command such as /assign helps nobody: not counted.
    CHECK_FALSE(comments.filter.all_commands);
    CHECK(comments.filter.commands.empty());
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
