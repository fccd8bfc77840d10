#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "data_flags.h"
#include "output_flags.h"
#include "rule_source.h"
#include "sigaudit/activity/activity_index.h"
#include "sigaudit/common/date.h"
#include "sigaudit/config/config.h"
#include "sigaudit/evidence/evidence.h"
#include "sigaudit/roster/roster.h"
#include "sigaudit/roster/roster_loader.h"
#include "sigaudit/rules/evaluator.h"

namespace sigaudit {

// The flags every evaluating command (audit, check, ci) shares.
struct EvaluationFlags {
    RuleFlags rules;
    DataFlags data;
    OutputFlags output;
    std::string evidence;
    std::string as_of;
};

void add_evaluation_flags(CLI::App& command, EvaluationFlags& flags);

// Everything an evaluation reads, loaded and checked: rules, ledger, Gitee
// activity from the store (synced first unless --offline), the as-of day.
// The evaluator is made against a roster the caller chooses.
class EvaluationInputs {
  public:
    // Prints what is wrong and throws ExitWith: 2 for a bad flag or input
    // file, 3 when the store or the fetch fails.
    explicit EvaluationInputs(const EvaluationFlags& flags);

    const RuleSet& rules() const { return *rules_.load.value; }
    const Evidence& evidence() const { return evidence_; }
    const ActivityIndex& activities() const { return index_; }
    Date as_of() const { return as_of_; }

    // The roster must outlive the evaluator.
    std::unique_ptr<Evaluator> evaluator_for(const Roster& roster) const;

  private:
    Config config_;
    LoadedRules rules_;
    Evidence evidence_;
    ActivityIndex index_;
    Date as_of_;
};

// Reads a roster for evaluation: unreadable or not YAML → message, ExitWith 2.
// Lint findings do not stop an audit; `ci` reports them itself.
Loaded<Roster> read_roster_or_exit(const std::string& path);

void print_stdout(const std::string& text);

}  // namespace sigaudit
