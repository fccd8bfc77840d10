#include "inputs.h"

#include "data_source.h"
#include "sigaudit/cli/rule_files.h"
#include "sigaudit/evidence/evidence_loader.h"
#include "sigaudit/roster/roster_loader.h"
#include "sigaudit/rules/rule_loader.h"
#include "sigaudit/store/store.h"
#include "store_sync.h"

namespace sigaudit {

namespace {

std::vector<Activity> gitee_activities(const EvaluationFlags& flags, const Config& config,
                                       const std::vector<std::string>& repos, Deps& deps) {
    const DataSource source = resolve_data_source(flags.data, config, deps);
    Store store = deps.open_store(source.store_path);
    if (!flags.data.offline && !repos.empty()) {
        const FetchSummary summary = sync_store(store, repos, flags.data, source, deps.terminal);
        if (!complete(summary)) {
            throw incomplete_sync(summary, source,
                                  "stopped: the Gitee data is incomplete (use --offline to report "
                                  "from the store as it is)");
        }
    }
    return store.activities(repos);
}

}  // namespace

Config load_config_flag(const std::string& path) {
    return path.empty() ? Config{} : require(load_file(path, load_config));
}

RuleLoad load_rule_flags(const RuleFlags& flags, const GroupOverrides& groups, const Deps& deps,
                         const std::vector<std::string>& extra_paths) {
    std::vector<std::string> paths = extra_paths;
    paths.insert(paths.end(), flags.paths.begin(), flags.paths.end());
    const std::vector<TextFile> files =
        read_rule_files(paths.empty() ? std::vector{default_rules_dir(deps)} : paths);
    return RuleLoad{load_rules(files, groups), files.size()};
}

Loaded<Roster> load_roster_flag(const std::string& path) {
    Loaded<Roster> roster = load_file(path, load_roster);
    if (!roster.usable()) {
        throw InputError(std::move(roster.diagnostics));
    }
    return roster;
}

Date as_of_from(const std::string& flag, UtcOffset zone, const Deps& deps) {
    if (flag.empty()) {
        return date_at(deps.now(), zone);
    }
    const std::optional<Date> date = parse_iso_date(flag);
    if (!date) {
        throw UsageError("--as-of: \"" + flag + "\" is not a date like 2026-06-30");
    }
    return *date;
}

Evaluation::Evaluation(const EvaluationFlags& flags, Deps& deps, const SigRepositories& scope)
    : config_(load_config_flag(flags.rules.config)),
      rules_(require(std::move(
          load_rule_flags(flags.rules, sig_group_overrides(config_.groups, scope), deps).rules))),
      sig_scope_(sigaudit::sig_scope(rules_, config_.groups, scope)),
      evidence_(flags.evidence.empty() ? Evidence()
                                       : require(load_file(flags.evidence, load_evidence))),
      as_of_(as_of_from(flags.as_of, config_.time_zone, deps)),
      index_(gitee_activities(flags, config_, rules_.repositories(), deps), config_.time_zone),
      evaluator_(std::make_unique<Evaluator>(rules_, index_, evidence_, as_of_)) {}

}  // namespace sigaudit
