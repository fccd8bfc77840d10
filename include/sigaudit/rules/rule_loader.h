#pragma once

#include <map>
#include <string>
#include <vector>

#include "sigaudit/common/loaded.h"
#include "sigaudit/common/text_file.h"
#include "sigaudit/rules/rule.h"

namespace sigaudit {

// Repository groups from the config file: each replaces the rule files'
// definition of that group wholesale, or adds a group they do not define.
using GroupOverrides = std::map<std::string, std::vector<std::string>>;

// Reads, checks and compiles rule files, in the order given (rule order in
// the result follows it). The rule set is usable only when no finding is an
// error, so nothing half-checked is ever evaluated. Never throws for a
// problem in the files: text that is not YAML is reported as
// `yaml-syntax`/`multiple-documents`, and everything else with one of these
// codes (errors unless marked):
//   rule-bad-value       a value of the wrong shape (a list where text belongs, an empty list, ...)
//   rule-unknown-key     a key the syntax does not define, or one that does not fit the criterion
//   rule-duplicate-key   a key written twice in one mapping
//   rule-missing-key     a rule without id or criteria, a criterion without id, count without
//                        at_least, a window without each_month or in_window
//   rule-bad-criterion   a criterion with no type key or several, or a sum item that is no count
//   rule-unknown-kind    a count of something that is neither an activity kind nor a ledger type
//   rule-unknown-role    a role or prerequisite that is not member/reviewer/committer/maintainer
//   rule-unknown-group   a repository group no file (and no override) defines
//   rule-unknown-rule    `meets` names a rule no file defines
//   rule-bad-filter      a filter or `distinct` that the counted kind never matches
//   rule-bad-threshold   at_least that is not a whole number from 0 to 1,000,000,000
//   rule-bad-id          a rule or criterion id that is not kebab-case; a bad group name
//   rule-duplicate-id    a rule id used twice (across files) or a criterion id twice in a rule
//   rule-duplicate-role  two rules admitting to the same role
//   rule-group-conflict  one group defined differently in two files
//   rule-cycle           rules that `meets` each other in a circle
//   rule-too-deep        criteria nested more than 32 levels
//   rule-too-large       a file (or its aliases) spelling out too much to be a rule file
//   rule-unused-group    (warning) a group no rule uses
//   rule-no-rules        (warning) a file that defines no rules
Loaded<RuleSet> load_rules(const std::vector<TextFile>& files,
                           const GroupOverrides& overrides = {});

// "sha256:<hex>" over the rule files in order: for each, its file name
// (without folders, so that the same rules read from a checkout, an install
// or a git revision hash alike), a NUL, its text, a NUL. What --version and
// every JSON report call "the rules in use".
std::string rules_digest(const std::vector<TextFile>& files);

}  // namespace sigaudit
