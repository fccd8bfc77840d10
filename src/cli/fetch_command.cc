#include "fetch_command.h"

#include <cstdio>
#include <memory>

#include "data_flags.h"
#include "output_flags.h"
#include "rule_source.h"
#include "sigaudit/common/exit_code.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/report/diagnostic_text.h"
#include "sigaudit/report/fetch_report.h"
#include "store_sync.h"

namespace sigaudit {
namespace {

struct FetchFlags {
    std::vector<std::string> repos;
    RuleFlags rules;
    DataFlags data;
    OutputFlags output;
};

std::string check_repo(const std::string& repo) {
    const std::size_t slash = repo.find('/');
    const bool valid = slash != std::string::npos && slash > 0 && slash + 1 < repo.size() &&
                       repo.find('/', slash + 1) == std::string::npos &&
                       repo.find_first_of("?#&% ") == std::string::npos;
    return valid ? std::string() : "\"" + repo + "\" is not OWNER/REPO";
}

// --repo when given, else every repository the rules name.
std::vector<std::string> repositories_to_fetch(const FetchFlags& flags) {
    if (!flags.repos.empty()) {
        std::vector<std::string> repos;
        for (const std::string& repo : flags.repos) {
            repos.push_back(to_lower_ascii(repo));
        }
        std::sort(repos.begin(), repos.end());
        repos.erase(std::unique(repos.begin(), repos.end()), repos.end());
        return repos;
    }
    const LoadedRules loaded = load_rule_paths(flags.rules);
    if (!loaded.load.usable()) {
        throw InputError(loaded.load.diagnostics);
    }
    return loaded.load.value->repositories();
}

int run_fetch(const FetchFlags& flags) {
    const Config config = load_config_or_default(flags.rules.config);
    const std::vector<std::string> repos = repositories_to_fetch(flags);
    const DataSource source = resolve_data_source(flags.data, config);
    Store store = Store::open(source.store_path);
    const FetchSummary summary = sync_store(store, repos, flags.data, source);
    for (const FetchFailure& failure : summary.stats.failures) {
        std::fputs(render_fetch_failure(failure, source.token_source).c_str(), stderr);
    }
    if (!flags.output.quiet) {
        std::fputs(render_fetch_summary(summary, stdout_style(flags.output)).c_str(), stdout);
    }
    return summary.stats.failures.empty() && !summary.stats.token_rejected ? kExitOk
                                                                           : kExitDataSource;
}

}  // namespace

void add_fetch_command(CLI::App& app, int& exit_code) {
    auto flags = std::make_shared<FetchFlags>();
    CLI::App* command = app.add_subcommand(
        "fetch", "Sync Gitee data for the repositories the rules name into the local store");
    command->add_option("--repo", flags->repos, "Fetch this repository instead (repeatable)")
        ->check(check_repo, "OWNER/REPO");
    add_rule_flags(*command, flags->rules);
    add_data_flags(*command, flags->data, false);
    add_output_flags(*command, flags->output, {"text"});
    command->callback([flags, &exit_code] { exit_code = run_fetch(*flags); });
}

}  // namespace sigaudit
