// Gitee's own sample pages through every layer, with nothing mocked: parse
// the pages, store them in a real SQLite file, derive activities, index
// them and evaluate the shipped rules.
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "sigaudit/cli/rule_files.h"
#include "support/scenario.h"

#include "sigaudit/activity/activity_index.h"
#include "sigaudit/gitee/gitee_pages.h"
#include "sigaudit/roster/roster_parser.h"
#include "sigaudit/rules/evaluator.h"
#include "sigaudit/rules/rule_loader.h"
#include "sigaudit/store/store.h"
#include "support/temp_dir.h"

using namespace sigaudit;

namespace {

std::string sample(const std::string& name) {
    std::ifstream in(testing::fixture("gitee/" + name), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

const CriterionResult* find(const CriterionResult& node, const std::string& id) {
    if (node.id() == id) {
        return &node;
    }
    for (const CriterionResult& child : node.children) {
        if (const CriterionResult* found = find(child, id)) {
            return found;
        }
    }
    return nullptr;
}

const CriterionResult& measured(const PersonResult& person, const std::string& id) {
    for (const RuleResult& result : person.results) {
        if (const CriterionResult* found = find(result.criteria, id)) {
            return *found;
        }
    }
    FAIL("no criterion " << id);
    throw std::logic_error("unreachable");
}

void store_samples(Store& store) {
    const std::string models = "mindspore/models";
    const std::string framework = "mindspore/mindspore";
    Store::Sync pulls = store.begin_sync(models);
    for (const auto& record : parse_pulls_page(sample("pulls.json"), models, "GET pulls")) {
        pulls.upsert(record);
    }
    for (const auto& record :
         parse_pull_comments_page(sample("pull-comments.json"), models, "GET comments")) {
        pulls.upsert(record);
    }
    pulls.commit();
    Store::Sync issues = store.begin_sync(framework);
    for (const auto& record : parse_issues_page(sample("issues.json"), framework, "GET issues")) {
        issues.upsert(record);
    }
    for (const auto& record :
         parse_issue_comments_page(sample("issue-comments.json"), framework, "GET comments")) {
        issues.upsert(record);
    }
    issues.commit();
}

}  // namespace

TEST_CASE("Gitee sample pages flow through store, index and rules", "[pipeline]") {
    testing::TempDir dir;
    {
        Store store = Store::open((dir.path() / "gitee.db").string());
        store_samples(store);
    }
    const Store reopened = Store::open((dir.path() / "gitee.db").string());
    const std::vector<Activity> activities = reopened.activities();
    const ActivityIndex index(activities, UtcOffset{});
    const Evidence evidence;
    const Roster roster = parse_roster(make_text_file("sig_members.yaml",
                                                      "Members:\n- gitee_id: zhang_reviewer\n"
                                                      "Reviewers:\n- gitee_id: li_na\n"))
                              .roster;
    const Loaded<RuleSet> rules = load_rules(read_rule_files({testing::shipped_rules_dir()}));
    REQUIRE_FALSE(has_errors(rules.diagnostics));
    const Evaluator evaluator(*rules.value, index, evidence, Date{2026, 6, 30});

    // A review comment and an /lgtm on Li Na's PR 4821: one reviewed PR, one review comment.
    const PersonResult zhang = evaluator.evaluate(roster.person("zhang_reviewer"));
    CHECK(measured(zhang, "reviewed-prs").actual == 1);
    CHECK(measured(zhang, "review-comments").actual == 1);
    CHECK(measured(zhang, "review-comments").evidence ==
          std::vector<std::string>{"https://gitee.com/mindspore/models/pulls/4821#note_20010001"});

    // Li Na's PR 4821 was merged into the SIG repository; her /retest counts for nothing.
    const PersonResult li_na = evaluator.evaluate(roster.person("Li_Na"));
    CHECK(measured(li_na, "merged-prs-in-sig").actual == 1);
    CHECK(measured(li_na, "merged-prs-in-sig").evidence ==
          std::vector<std::string>{"https://gitee.com/mindspore/models/pulls/4821"});
    CHECK(measured(li_na, "review-comments").actual == 0);

    // chen-x reported one bug (accepted) in February; the March issue is a rejected task.
    const PersonResult chen = evaluator.evaluate(roster.person("chen-x"));
    CHECK(measured(chen, "accepted-bug-reports").actual == 1);
    CHECK_FALSE(measured(chen, "bug-reports").passed);

    // zhang_reviewer's comment on chen-x's issue helps someone else; chen-x's own does not.
    CHECK(measured(zhang, "helping-contributions").actual == 1);
    CHECK(measured(chen, "helping-contributions").actual == 0);
}
