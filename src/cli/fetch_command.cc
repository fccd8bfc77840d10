#include <algorithm>

#include "data_source.h"
#include "inputs.h"
#include "report_output.h"
#include "sigaudit/cli/commands.h"
#include "sigaudit/common/gitee_login.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/report/renderer.h"
#include "store_sync.h"

namespace sigaudit {

namespace {

std::string check_repo(const std::string& repo) {
    return is_repo_name(repo) ? std::string() : "\"" + repo + "\" is not OWNER/REPO";
}

// --repo when given, else every repository the rules name.
std::vector<std::string> repositories_to_fetch(const FetchCommandOptions& options,
                                               const Config& config, const Deps& deps) {
    if (options.repos.empty()) {
        const SigRepositories scope = options.roster.empty()
                                          ? SigRepositories{}
                                          : load_roster_flag(options.roster).value->repositories();
        return require(
                   load_rule_flags(options.rules, sig_group_overrides(config.groups, scope), deps)
                       .rules)
            .repositories();
    }
    std::vector<std::string> repos;
    for (const std::string& repo : options.repos) {
        repos.push_back(to_lower_ascii(repo));
    }
    std::sort(repos.begin(), repos.end());
    repos.erase(std::unique(repos.begin(), repos.end()), repos.end());
    return repos;
}

}  // namespace

void bind_fetch(CLI::App& command, FetchCommandOptions& options) {
    command.add_option("--repo", options.repos, "Fetch this repository instead (repeatable)")
        ->check(check_repo, "")
        ->type_name("OWNER/REPO");
    command
        .add_option("--roster", options.roster,
                    "Fetch the repositories this sig-info.yaml names as the SIG's, as audit reads "
                    "them")
        ->check(CLI::ExistingFile.description(""))
        ->type_name("FILE")
        ->excludes("--repo");
    command.add_flag("--full", options.data.full,
                     "Read every list from the start, replacing what the store holds of it");
    add_rule_flags(command, options.rules);
    add_data_flags(command, options.data, false);
    add_output_flags(command, options.output, formats_of<FetchSummary>());
}

ExitCode run_fetch(const FetchCommandOptions& options, Deps& deps) {
    const Config config = load_config_flag(options.rules.config);
    const std::vector<std::string> repos = repositories_to_fetch(options, config, deps);
    const DataSource source = resolve_data_source(options.data, config, deps);
    Store store = deps.open_store(source.store_path, Deps::StoreUse::sync);
    DataFlags data = options.data;
    data.quiet = options.output.quiet;
    const FetchSummary summary = sync_store(store, repos, data, source, deps.terminal);
    if (!options.output.quiet || !options.output.file.empty()) {
        print_report(summary, options.output, deps);
    }
    if (!complete(summary)) {
        throw incomplete_sync(summary, source);
    }
    return exit_code(summary);
}

}  // namespace sigaudit
