#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "sigaudit/activity/activity.h"
#include "sigaudit/common/diagnostic.h"
#include "sigaudit/evidence/evidence.h"
#include "sigaudit/roster/roster.h"

namespace sigaudit {

// A compiled rule set: what rule files say once read, checked and compiled.
// Plain data, no I/O, nothing of YAML: the evaluator reads only this.

// What a count counts: a kind of Gitee activity or a type of ledger entry.
using CountSource = std::variant<ActivityKind, EvidenceType>;
std::string source_id(const CountSource& source);  // "pr_comment", "meeting"

// Which Gitee activities a count takes. Every field that is set must match;
// an empty list means "any".
struct ActivityFilter {
    std::vector<std::string> repos;        // "owner/repo", lower case; groups already expanded
    std::vector<std::string> repo_groups;  // the group names as written, for explanations
    std::optional<bool> on_others;         // comments: the PR or issue was opened by someone else
    // Comments whose first non-blank character is '/' are commands. Plain
    // comments always count; commands count only when their word is listed
    // here, or all of them with `all_commands`.
    std::vector<std::string> commands;
    bool all_commands = false;
    // pr_comment: "diff_comment" (a line comment on the diff), "pr_comment".
    std::vector<std::string> comment_types;
    std::vector<std::string> states;       // PR or issue state
    std::vector<std::string> issue_types;  // issue_opened: "缺陷"
    std::vector<std::string> labels;       // carries at least one of these
    std::vector<ActivityFilter> any_of;    // at least one alternative matches as well
};

// How a count counts repeated items once.
enum class Distinct { none, target, date, month };  // target: the PR or issue

enum class CriterionType { all, any, count, sum, window, meets };
std::string_view criterion_type_id(CriterionType type);

struct Criterion {
    CriterionType type = CriterionType::all;
    std::string id;           // unique within its rule; shown in reports
    std::string description;  // the rule file's own words; may be empty
    bool optional = false;    // shown, never decides
    // What the data cannot show and a maintainer must confirm by hand, in
    // words ("the merged PR is core framework code"); empty when nothing.
    // The data still decides; a ledger `confirmation` entry clears it.
    std::string confirm;
    // With `confirm`: what a ledger confirmation names to clear it,
    // "senior-developer/framework-core-code" (its rule, then its id).
    std::string confirm_key;
    SourceLocation where;

    // all, any: the criteria; sum: the counts whose values add up.
    // window: the criteria that must hold in each month of the run
    // (`each_month`) followed by those that must hold over the whole run.
    std::vector<Criterion> children;
    std::size_t each_month_count = 0;  // window: children[0, each_month_count) are per month

    // count
    CountSource source = ActivityKind::pr_opened;
    ActivityFilter filter;
    Distinct distinct = Distinct::none;

    std::int64_t at_least = 0;  // count, sum
    int months = 0;             // window: length of the run of consecutive calendar months
    std::string rule;  // meets: the other rule, whose criteria (not prerequisites) must hold
};

struct Rule {
    std::string id;     // "reviewer", "excellent-developer"
    std::string title;  // "Reviewer"
    std::string description;
    std::optional<Role> role;         // the roster role this rule admits to, if any
    std::vector<Role> prerequisites;  // roles that must be held in the roster
    Criterion criteria;
    SourceLocation where;
};

struct RuleSet {
    std::vector<Rule> rules;  // in file order, files in the order given
    std::map<std::string, std::vector<std::string>> groups;  // after config overrides
    std::string digest;  // of the files it was compiled from: rules_digest

    const Rule* find(std::string_view id) const;
    // The rule admitting to `role`, if the set has one.
    const Rule* for_role(Role role) const;
    // Every repository a group or a count names, sorted, once each: what a
    // fetch must bring for these rules to see all they count.
    std::vector<std::string> repositories() const;
    // Whether some count filters by a PR's or issue's state ("accepted" is
    // closed). Gitee gives an item's state now, not at an earlier date.
    bool reads_states() const;
    // Whether some count takes only some comment types (diff_comment).
    bool reads_comment_types() const;
};

}  // namespace sigaudit
