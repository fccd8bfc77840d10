#include "evaluation.h"

#include <chrono>
#include <cstdio>

#include "exit_with.h"
#include "sigaudit/common/exit_code.h"
#include "sigaudit/evidence/evidence_loader.h"
#include "sigaudit/report/diagnostic_text.h"
#include "sigaudit/report/fetch_report.h"
#include "sigaudit/report/rules_report.h"

#include "sigaudit/store/store.h"
#include "store_sync.h"

namespace sigaudit {
namespace {

[[noreturn]] void fail_with(const std::string& message, int code) {
    std::fputs(("sigaudit: " + message + "\n").c_str(), stderr);
    throw ExitWith{code};
}

Date today_in(UtcOffset zone) {
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
        std::chrono::system_clock::now().time_since_epoch());
    return date_at(now.count(), zone);
}

Date as_of_from(const std::string& flag, UtcOffset zone) {
    if (flag.empty()) {
        return today_in(zone);
    }
    const std::optional<Date> date = parse_iso_date(flag);
    if (!date) {
        fail_with("--as-of: \"" + flag + "\" is not a date like 2026-06-30", kExitBadInput);
    }
    return *date;
}

LoadedRules load_rules_or_exit(const RuleFlags& flags) {
    LoadedRules loaded = load_rule_paths(flags);
    if (has_errors(loaded.load.diagnostics)) {
        std::fputs(
            render_rules_check_text(loaded.load.diagnostics, 0, loaded.files, Style(false), false)
                .c_str(),
            stderr);
        throw ExitWith{kExitBadInput};
    }
    return loaded;
}

// Brings the store up to date first unless --offline; a failed sync stops
// the command: verdicts on data known to be incomplete would mislead.
std::vector<Activity> gitee_activities(const EvaluationFlags& flags, const Config& config,
                                       const std::vector<std::string>& repos) {
    const DataSource source = resolve_data_source(flags.data, config);
    Store store = Store::open(source.store_path);
    if (!flags.data.offline && !repos.empty()) {
        const FetchSummary summary = sync_store(store, repos, flags.data, source);
        for (const FetchFailure& failure : summary.stats.failures) {
            std::fputs(render_fetch_failure(failure, source.token_source).c_str(), stderr);
        }
        if (!summary.stats.failures.empty()) {
            fail_with(
                "stopped: the Gitee data is incomplete (use --offline to report from the "
                "store as it is)",
                kExitDataSource);
        }
    }
    return store.activities(repos);
}

}  // namespace

void add_evaluation_flags(CLI::App& command, EvaluationFlags& flags) {
    command.add_option("--evidence", flags.evidence, "Evidence ledger (evidence.yaml)");
    command.add_option("--as-of", flags.as_of,
                       "Evaluate as of this day, YYYY-MM-DD (default: today in the configured "
                       "time zone)");
    add_rule_flags(command, flags.rules);
    add_data_flags(command, flags.data, true);
}

EvaluationInputs::EvaluationInputs(const EvaluationFlags& flags)
    : config_(load_config_or_default(flags.rules.config)),
      rules_(load_rules_or_exit(flags.rules)),
      evidence_(flags.evidence.empty() ? Evidence()
                                       : require(load_evidence(read_text_file(flags.evidence)))),
      as_of_(as_of_from(flags.as_of, config_.time_zone)) {
    const std::vector<Activity> activities =
        gitee_activities(flags, config_, rules().repositories());
    index_ = ActivityIndex(activities, config_.time_zone);
}

std::unique_ptr<Evaluator> EvaluationInputs::evaluator_for(const Roster& roster) const {
    return std::make_unique<Evaluator>(rules(), index_, evidence_, roster, as_of_);
}

Loaded<Roster> read_roster_or_exit(const std::string& path) {
    Loaded<Roster> roster = load_file(path, load_roster);
    if (!roster.usable()) {
        throw InputError(std::move(roster.diagnostics));
    }
    return roster;
}

void print_stdout(const std::string& text) {
    std::fwrite(text.data(), 1, text.size(), stdout);
}

}  // namespace sigaudit
