// What evaluating a rule set costs, whatever the rule set: a chain of rules
// that each name the one before twice must not double at every step.
#include <catch2/catch.hpp>

#include <string>

#include "sigaudit/activity/activity_index.h"
#include "sigaudit/evidence/evidence.h"
#include "sigaudit/roster/roster.h"
#include "sigaudit/rules/evaluator.h"
#include "sigaudit/store/store.h"
#include "support/process.h"
#include "support/rule_text.h"
#include "support/temp_dir.h"

using namespace sigaudit;

namespace {

// r0 counts meetings; r1..r(n-1) each meet the one before, twice.
std::string diamond_chain(int rules) {
    std::string text =
        "rules:\n  - id: r0\n    title: R0\n    criteria:\n"
        "      - {id: meetings, count: meeting, at_least: 1}\n";
    for (int i = 1; i < rules; ++i) {
        text += "  - id: r" + std::to_string(i) + "\n    title: R" + std::to_string(i) +
                "\n    criteria:\n      - {id: a, meets: r" + std::to_string(i - 1) +
                "}\n      - {id: b, meets: r" + std::to_string(i - 1) + "}\n";
    }
    return text;
}

// Nodes a result holds, each shared one counted once.
std::size_t own_nodes(const CriterionResult& node) {
    std::size_t count = 1;
    for (const CriterionResult& child : node.children) {
        count += own_nodes(child);
    }
    return count;
}

}  // namespace

TEST_CASE("a rule named twice by each of a chain is measured and held once", "[rules][cost]") {
    constexpr int kRules = 60;  // copied, the last would hold 2^59 nodes
    const Loaded<RuleSet> rules = testing::load(diamond_chain(kRules));
    REQUIRE(rules.usable());
    const std::vector<Activity> none;
    const ActivityIndex index(none, UtcOffset{});
    EvidenceEntry meeting;
    meeting.login = "alice";
    meeting.type = EvidenceType::meeting;
    meeting.date = Date{2026, 5, 1};
    const Evidence evidence({meeting});
    const Evaluator evaluator(*rules.value, index, evidence, Date{2026, 6, 30});
    RosterPerson person;
    person.login = "alice";
    const PersonResult alice = evaluator.evaluate(person);
    REQUIRE(alice.results.size() == kRules);
    const RuleResult& last = alice.results.back();
    CHECK(last.criteria_met);
    CHECK(own_nodes(last.criteria) == 3);  // the group and its two meets
    const CriterionResult& a = last.criteria.children.at(0);
    const CriterionResult& b = last.criteria.children.at(1);
    REQUIRE(a.met != nullptr);
    CHECK(a.met.get() == b.met.get());
    CHECK(a.met->passed);
}

// The same through the real binary: rules check accepts the chain, and a
// check over it answers at once (copied, the last rule would hold 2^39
// nodes and the run would never end).
TEST_CASE("check over a chain of rules that each meet the one before twice", "[rules][cost][cli]") {
    testing::TempDir dir;
    const std::string rules = dir.write("chain.yaml", diamond_chain(40));
    const std::string ledger = dir.write(
        "evidence.yaml", "evidence:\n- {login: alice, type: meeting, date: 2026-05-01}\n");
    const testing::ProcessResult accepted =
        testing::run_sigaudit({"rules", "check", "--rules", rules});
    CHECK(accepted.exit_code == 0);
    CHECK_THAT(accepted.out, Catch::Contains("40 rules"));
    const std::string store = (dir.path() / "empty.db").string();
    { Store::open(store); }
    const testing::ProcessResult run = testing::run_sigaudit(
        {"check", "alice", "--rules", rules, "--evidence", ledger, "--offline", "--store", store,
         "--as-of", "2026-06-30", "--format", "json"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    CHECK_THAT(run.out, Catch::Contains("\"rule\": \"r39\""));
}

TEST_CASE("rules check names a requires cycle", "[rules][cli]") {
    testing::TempDir dir;
    const std::string rules = dir.write("cycle.yaml",
                                        "rules:\n"
                                        "  - id: a\n    role: member\n    requires: [reviewer]\n"
                                        "    criteria: [{id: m, count: meeting, at_least: 1}]\n"
                                        "  - id: b\n    role: reviewer\n    requires: [member]\n"
                                        "    criteria: [{id: m, count: meeting, at_least: 1}]\n");
    const testing::ProcessResult run = testing::run_sigaudit({"rules", "check", "--rules", rules});
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.out + run.err, Catch::Contains("cycle.yaml:4:5") &&
                                      Catch::Contains("'requires' goes round in a circle"));
}
