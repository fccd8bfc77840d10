#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sigaudit/roster/roster.h"
#include "sigaudit/rules/rule.h"

namespace sigaudit {

// How many evidence links a criterion keeps; the total says how many counted.
inline constexpr std::size_t kEvidenceShown = 10;

// A criterion as measured for one person: the rule's tree, with values. Each
// result points at the criterion it judges, so whoever shows it reads the
// criterion's id, words and kind from there; the rule set must outlive it.
struct CriterionResult {
    const Criterion* criterion = nullptr;
    bool passed = false;
    // count, sum: measured value and threshold. all, any, window: criteria
    // passed and criteria needed. meets: 1 or 0 of 1.
    std::int64_t actual = 0;
    std::int64_t required = 0;
    std::vector<std::string> evidence;  // links to what counted, at most kEvidenceShown
    std::int64_t evidence_total = 0;    // how many items counted
    std::string window;  // window and its criteria: the run shown, "2026-03..2026-04"
    // A window's each_month criterion: the figures are the run's weakest month.
    bool per_month = false;
    // An item of a sum: a value that decides nothing alone.
    bool sum_part = false;
    std::vector<CriterionResult> children;  // empty for `meets`
    // `meets`: the named rule's criteria, shared with that rule's own result
    // and with every other `meets` of it: copies would double along a chain
    // of rules that each name the one before twice.
    std::shared_ptr<const CriterionResult> met;
    // The ledger's confirmation of what `criterion->confirm` asks, when it
    // has one dated by the as-of day; it lives in the ledger.
    const EvidenceEntry* confirmation = nullptr;

    const std::string& id() const { return criterion->id; }
    // The data passes it, but a maintainer has yet to confirm what it cannot show.
    bool awaits_confirmation() const {
        return passed && !criterion->confirm.empty() && confirmation == nullptr;
    }
    CriterionType type() const { return criterion->type; }
    bool optional() const { return criterion->optional; }
};

struct PrerequisiteResult {
    Role role = Role::member;
    bool held = false;
    // Set when the roster's format has no list for the role (sig-info.yaml
    // has no Reviewers): `held` then says whether the role's own rule is met
    // (its criteria and, in turn, its prerequisites), and `criteria_met`
    // whether its criteria are, so a report can say which part fails.
    std::optional<RosterFormat> unlisted_in = std::nullopt;
    bool criteria_met = false;
};

struct RuleResult {
    const Rule* rule = nullptr;  // the rule judged; lives in the rule set
    bool eligible = false;       // prerequisites held and criteria met
    bool criteria_met = false;
    bool prerequisites_met = false;
    std::vector<PrerequisiteResult> prerequisites;
    CriterionResult criteria;

    const std::string& id() const { return rule->id; }
    const std::string& title() const { return rule->title; }
};

struct PersonResult {
    std::string login;                                // lower case
    std::string name;                                 // from the roster, when listed
    std::vector<Role> roles;                          // held in the roster, ladder order
    std::vector<RuleResult> results;                  // in rule-set order
    std::vector<std::string> positions = {};          // beside the ladder: "mentor", ...
    RosterFormat format = RosterFormat::sig_members;  // of the roster the roles come from
};

}  // namespace sigaudit
