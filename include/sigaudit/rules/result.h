#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sigaudit/roster/roster.h"
#include "sigaudit/rules/rule.h"

namespace sigaudit {

// How many evidence links a criterion keeps; the total says how many counted.
inline constexpr std::size_t kEvidenceShown = 10;

// A criterion as measured for one person: the same tree as the rule, with values.
struct CriterionResult {
    std::string id;
    std::string description;  // the rule file's words, or generated ones
    CriterionType type = CriterionType::all;
    bool passed = false;
    bool optional = false;
    // count, sum: measured value and threshold. all, any, window: criteria
    // passed and criteria needed. meets: 1 or 0 of 1.
    std::int64_t actual = 0;
    std::int64_t required = 0;
    std::vector<std::string> evidence;  // links to what counted, at most kEvidenceShown
    std::int64_t evidence_total = 0;    // how many items counted
    std::string window;  // window and its criteria: the run shown, "2026-03..2026-04"
    std::vector<CriterionResult> children;
};

struct PrerequisiteResult {
    Role role = Role::member;
    bool held = false;
};

struct RuleResult {
    std::string rule;
    std::string title;
    bool eligible = false;  // prerequisites held and criteria met
    bool criteria_met = false;
    bool prerequisites_met = false;
    std::vector<PrerequisiteResult> prerequisites;
    CriterionResult criteria;
};

struct PersonResult {
    std::string login;                // lower case
    std::string name;                 // from the roster, when listed
    std::vector<Role> roles;          // held in the roster, ladder order
    std::vector<RuleResult> results;  // in rule-set order
};

}  // namespace sigaudit
