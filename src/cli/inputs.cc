#include "inputs.h"

#include <filesystem>

#include <fmt/format.h>

#include "data_source.h"
#include "sigaudit/cli/rule_files.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/evidence/evidence_loader.h"
#include "sigaudit/report/fetch_report.h"
#include "sigaudit/roster/roster_loader.h"
#include "sigaudit/rules/confirmation.h"
#include "sigaudit/rules/rule_loader.h"
#include "sigaudit/store/store.h"
#include "store_sync.h"

namespace sigaudit {

namespace fs = std::filesystem;

namespace {

// What to do when the sync failed: report from the store as it is, named
// by how recent it is, or, when it holds nothing usable, fetch later.
std::string offline_hint(const DataCoverage& stored) {
    const std::optional<Instant> oldest = stored.oldest_sync();
    if (!oldest) {
        return "the store does not hold every repository yet: run again once Gitee is reachable";
    }
    return fmt::format("use --offline to report from the stored data, synced up to {}",
                       to_string(date_at(*oldest, stored.zone)));
}

// PR comments stored before the store kept comment types say neither
// diff_comment nor pr_comment; the store forgot where their lists stopped,
// so they are the repositories with PR comments and no mark for them.
void require_comment_types(const Store& store, const std::vector<std::string>& repos) {
    std::vector<std::string> untyped;
    for (const std::string& repo : repos) {
        if (store.counts(repo).pull_comments > 0 &&
            !store.high_water(repo, GiteeList::pull_comments)) {
            untyped.push_back(repo);
        }
    }
    if (!untyped.empty()) {
        throw DataSourceError(
            "the rules count only some comment types, but the stored PR comments of " +
                join_words(untyped, " and ") + " were fetched before sigaudit kept comment types",
            "fetch them again: sigaudit fetch --repo " + join_words(untyped, " --repo "));
    }
}

DataCoverage coverage_of(const Store& store, const std::vector<std::string>& repos,
                         UtcOffset zone) {
    DataCoverage coverage{{}, zone};
    for (const std::string& repo : repos) {
        coverage.repositories.push_back({repo, store.synced_at(repo), store.newest_update(repo)});
    }
    return coverage;
}

// A repository never fetched completely would read as one where nobody did
// anything: the run stops rather than print an all-zero report.
void require_fetched(const DataCoverage& coverage, const std::string& store_path) {
    const std::vector<std::string> missing = coverage.never_fetched();
    if (missing.empty()) {
        return;
    }
    throw DataSourceError("the store " + store_path + " has never been completely fetched for " +
                              join_words(missing, " and ") +
                              ", which the rules read; a report would count nothing there",
                          "fetch them: sigaudit fetch --store " + store_path + " --repo " +
                              join_words(missing, " --repo "));
}

std::vector<Activity> gitee_activities(const EvaluationFlags& flags, const Config& config,
                                       const RuleSet& rules, Deps& deps, DataCoverage& coverage) {
    const std::vector<std::string> repos = rules.repositories();
    const DataSource source = resolve_data_source(flags.data, config, deps);
    // Offline, a store that is not there is a mistyped path, not an empty
    // history: opening it would create one and report everyone at zero.
    if (flags.data.offline && !std::filesystem::exists(source.store_path)) {
        throw DataSourceError("--offline: there is no store at " + source.store_path,
                              "check --store (or the config's store:), or fetch first: sigaudit "
                              "fetch --store " +
                                  source.store_path);
    }
    Store store = deps.open_store(source.store_path,
                                  flags.data.offline ? Deps::StoreUse::read : Deps::StoreUse::sync);
    if (!flags.data.offline && !repos.empty()) {
        DataFlags data = flags.data;
        data.quiet = flags.output.quiet;
        const FetchSummary summary = sync_store(store, repos, data, source, deps.terminal);
        if (!data.quiet) {
            deps.terminal.print_error(
                render_fetch_warnings(summary, deps.terminal.err_style(ColorMode::automatic)));
        }
        if (!complete(summary)) {
            throw incomplete_sync(summary, source, "stopped: the Gitee data is incomplete",
                                  offline_hint(coverage_of(store, repos, config.time_zone)));
        }
    }
    coverage = coverage_of(store, repos, config.time_zone);
    require_fetched(coverage, source.store_path);
    if (rules.reads_comment_types()) {
        require_comment_types(store, repos);
    }
    return store.activities(repos);
}

// The ledger, once its confirmations are known to name criteria these rules
// ask to confirm: one that clears nothing would leave a maintainer believing
// it did.
Evidence load_ledger(const std::string& path, const RuleSet& rules) {
    if (path.empty()) {
        return Evidence();
    }
    Evidence evidence = require(load_file(path, load_evidence));
    if (std::vector<Diagnostic> findings = confirmation_findings(rules, evidence);
        !findings.empty()) {
        throw InputError(std::move(findings));
    }
    return evidence;
}

}  // namespace

Config load_config_flag(const std::string& path) {
    return path.empty() ? Config{} : require(load_file(path, load_config));
}

namespace {

Config load_base_config(const std::string& path, const BaseInputs* base) {
    if (base == nullptr || path.empty()) {
        return load_config_flag(path);
    }
    if (!base->config) {
        return Config{};
    }
    return require(load_config(*base->config, fs::path(path).parent_path().string()));
}

}  // namespace

RuleLoad load_rule_flags(const RuleFlags& flags, const GroupOverrides& groups, const Deps& deps,
                         const std::vector<std::string>& extra_paths, const BaseInputs* base) {
    if (base != nullptr && !base->rules.empty()) {
        return RuleLoad{load_rules(base->rules, groups), base->rules.size(),
                        rules_digest(base->rules)};
    }
    std::vector<std::string> paths = extra_paths;
    paths.insert(paths.end(), flags.paths.begin(), flags.paths.end());
    const std::vector<TextFile> files =
        paths.empty() ? read_default_rule_files(deps) : read_rule_files(paths);
    return RuleLoad{load_rules(files, groups), files.size(), rules_digest(files)};
}

Loaded<Roster> load_roster_flag(const std::string& path) {
    Loaded<Roster> roster = load_file(path, load_roster);
    if (!roster.usable()) {
        throw InputError(std::move(roster.diagnostics));
    }
    return roster;
}

Date as_of_from(const std::optional<std::string>& flag, UtcOffset zone, const Deps& deps) {
    if (!flag) {
        return date_at(deps.now(), zone);
    }
    const std::optional<Date> date = parse_iso_date(*flag);
    if (!date) {
        throw UsageError(flag->empty() ? "--as-of: the date is empty"
                                       : "--as-of: \"" + *flag + "\" is not a day of the calendar",
                         "give a day as YYYY-MM-DD, e.g. --as-of 2026-06-30, or leave the flag "
                         "out for today");
    }
    return *date;
}

Evaluation::Evaluation(const EvaluationFlags& flags, Deps& deps, const SigRepositories& scope,
                       const BaseInputs* base)
    : config_(load_base_config(flags.rules.config, base)),
      rules_(require(std::move(
          load_rule_flags(flags.rules, sig_group_overrides(config_.groups, scope), deps, {}, base)
              .rules))),
      sig_scope_(sigaudit::sig_scope(rules_, config_.groups, scope)),
      evidence_(load_ledger(flags.evidence, rules_)),
      as_of_(as_of_from(flags.as_of, config_.time_zone, deps)),
      states_read_today_(rules_.reads_states() && as_of_ < date_at(deps.now(), config_.time_zone)),
      index_(gitee_activities(flags, config_, rules_, deps, coverage_), config_.time_zone),
      evaluator_(std::make_unique<Evaluator>(rules_, index_, evidence_, as_of_)) {}

}  // namespace sigaudit
