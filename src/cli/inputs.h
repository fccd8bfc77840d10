#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sigaudit/activity/activity_index.h"
#include "sigaudit/audit/data_coverage.h"
#include "sigaudit/audit/sig_scope.h"
#include "sigaudit/cli/deps.h"
#include "sigaudit/cli/flags.h"
#include "sigaudit/common/loaded.h"
#include "sigaudit/config/config.h"
#include "sigaudit/evidence/evidence.h"
#include "sigaudit/roster/roster.h"
#include "sigaudit/rules/evaluator.h"
#include "sigaudit/rules/rule.h"

namespace sigaudit {

// How commands load their inputs: every file through its layer's loader
// into a Loaded<T>, and require() where one that cannot be used ends the
// command (InputError: exit 2, printed by run_cli). Nothing here prints.

// The config and rule files as ci reads them from the base revision (the
// head is written by whoever the change promotes), and which of the head's
// files differ from them, so the report can say those edits were not used.
struct BaseInputs {
    std::string ref;
    // --config's text at the base; unset when the base has no such file
    // (the change adds it: the defaults stand) or no --config was given.
    std::optional<TextFile> config;
    // The --rules files in the work tree, at the base, with those outside
    // it (not the change's to edit) as they are on disk; empty when no
    // --rules was given (the shipped rules).
    std::vector<TextFile> rules;
    std::vector<std::string> unused_changes;  // head paths whose edits were not used
};
// Throws InputError when git cannot read `ref`.
BaseInputs read_base_inputs(const std::string& ref, const RuleFlags& flags);

// --config FILE, or the defaults when there is none.
Config load_config_flag(const std::string& path);

// The rule files `flags` (and `extra_paths`, first) name, else the default
// rules directory, loaded with `groups` overriding theirs. The load is
// returned whole: `rules check` reports its findings, the others require it.
struct RuleLoad {
    Loaded<RuleSet> rules;
    std::size_t files = 0;
    std::string digest;  // of the files, whether or not they compile
};
RuleLoad load_rule_flags(const RuleFlags& flags, const GroupOverrides& groups, const Deps& deps,
                         const std::vector<std::string>& extra_paths = {},
                         const BaseInputs* base = nullptr);

// A roster named on the command line; unusable ends the command, findings
// travel with it for the commands that report them.
Loaded<Roster> load_roster_flag(const std::string& path);

// --as-of, else today in `zone`. A flag given empty or with a day the
// calendar lacks (2026-02-30) is a usage error, never today.
Date as_of_from(const std::optional<std::string>& flag, UtcOffset zone, const Deps& deps);

// Everything an evaluation reads, loaded once in order (config, rules,
// ledger, as-of day, then Gitee activity from the store, synced first unless
// --offline), and the evaluator over it. A failed sync ends the command:
// verdicts on data known to be incomplete would mislead. The SIG's
// repositories come from the config, else from `scope` (the repositories
// the trusted roster names), else from the rules.
class Evaluation {
  public:
    // With `base`, its config and rules stand for those the flags name.
    Evaluation(const EvaluationFlags& flags, Deps& deps, const SigRepositories& scope = {},
               const BaseInputs* base = nullptr);
    Evaluation(const Evaluation&) = delete;
    Evaluation& operator=(const Evaluation&) = delete;

    const RuleSet& rules() const { return rules_; }
    const Evidence& evidence() const { return evidence_; }
    const ActivityIndex& activities() const { return index_; }
    const Evaluator& evaluator() const { return *evaluator_; }
    Date as_of() const { return as_of_; }
    const std::optional<SigScope>& sig_scope() const { return sig_scope_; }
    // The rules read issue or PR states, which are today's, for a day in
    // the past: every report must say so.
    bool states_read_today() const { return states_read_today_; }
    // When each repository the rules read was last fetched completely.
    const DataCoverage& coverage() const { return coverage_; }

  private:
    Config config_;
    RuleSet rules_;
    std::optional<SigScope> sig_scope_;
    Evidence evidence_;
    Date as_of_;
    bool states_read_today_ = false;
    DataCoverage coverage_;  // filled while index_ is built, so declared first
    ActivityIndex index_;
    std::unique_ptr<Evaluator> evaluator_;
};

}  // namespace sigaudit
