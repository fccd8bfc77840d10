#include "sigaudit/cli/flags.h"

#include <map>

#include "sigaudit/common/strings.h"
#include "sigaudit/config/config.h"
#include "sigaudit/config/defaults.h"

namespace sigaudit {

namespace {

// A choice among names. Checked as a string, so that --help shows
// "TEXT:{a,b,c}=a" and a wrong value reads "--format: xml not in {a,b,c}".
template <typename Value>
void add_choice(CLI::App& command, const std::string& flag, Value& value,
                const std::vector<std::pair<std::string, Value>>& choices,
                const std::string& help) {
    std::map<std::string, Value> values;
    std::vector<std::string> names;
    for (const auto& [name, choice] : choices) {
        values.emplace(name, choice);
        names.push_back(name);
    }
    value = choices.front().second;
    command
        .add_option_function<std::string>(
            flag, [&value, values](const std::string& name) { value = values.at(name); }, help)
        ->check(CLI::IsMember(names))
        ->default_str(names.front());
}

}  // namespace

void add_output_flags(CLI::App& command, OutputFlags& flags, const std::vector<Format>& formats) {
    std::vector<std::pair<std::string, Format>> choices;
    for (Format format : formats) {
        choices.emplace_back(std::string(format_name(format)), format);
    }
    add_choice(command, "--format", flags.format, choices, "Output format");
    add_choice(command, "--color", flags.color,
               {{"auto", ColorMode::automatic},
                {"always", ColorMode::always},
                {"never", ColorMode::never}},
               "Colour the text output: auto (terminals only), always, never");
    command.add_flag("-q,--quiet", flags.quiet,
                     "Quiet: the report's findings and errors only; no progress or warnings");
    command.add_option("-o,--output", flags.file,
                       "Write the report to this file (whole, or not at all) instead of stdout");
}

RenderOptions render_options(const OutputFlags& flags, const Terminal& terminal) {
    return RenderOptions{terminal.out_style(flags.color), flags.quiet};
}

void add_rule_flags(CLI::App& command, RuleFlags& flags) {
    command.add_option("--rules", flags.paths,
                       "Rule file or directory (repeatable; default: the shipped rules)");
    command.add_option("--config", flags.config,
                       "sigaudit.yaml with settings such as repository groups");
}

void add_data_flags(CLI::App& command, DataFlags& flags, bool with_offline) {
    command
        .add_option("--api-url", flags.api_url,
                    "Gitee API base URL (default: the config's, else " +
                        std::string(defaults::kApiUrl) + ")")
        ->check([](const std::string& url) { return api_url_problem(url).value_or(""); }, "URL");
    command.add_option("--store", flags.store,
                       "SQLite store (default: " + std::string(defaults::kStore) + ")");
    command.add_option("--token-env", flags.token_env,
                       "Environment variable holding the Gitee token (default: GITEE_TOKEN, "
                       "else SIGAUDIT_GITEE_TOKEN)");
    command.add_option("--token-file", flags.token_file,
                       "File holding the Gitee token (instead of the environment)");
    command.add_option("-j,--jobs", flags.jobs, "Requests in flight at once")
        ->check(CLI::Range(1, 64))
        ->default_str(std::to_string(defaults::kJobs));
    command.add_option("--retries", flags.retries, "Further tries of a failing request")
        ->check(CLI::Range(0, 20))
        ->default_str(std::to_string(defaults::kRetries));
    command.add_option("--timeout", flags.timeout, "Seconds one request may take")
        ->check(CLI::Range(1, 3600))
        ->default_str(std::to_string(defaults::kTimeoutSeconds));
    command
        .add_option("--max-pages", flags.max_pages,
                    "Pages one list may have; a list past it stops the fetch")
        ->check(CLI::Range(1, 10'000'000))
        ->default_str(std::to_string(defaults::kMaxPages));
    if (with_offline) {
        command.add_flag("--offline", flags.offline, "Use the store only; fetch nothing");
    }
    command.add_flag("--no-progress", flags.no_progress, "No live progress on stderr");
    command.add_flag("-v,--verbose", flags.verbose, "Log every request on stderr");
}

void add_evaluation_flags(CLI::App& command, EvaluationFlags& flags) {
    command.add_option("--evidence", flags.evidence, "Evidence ledger (evidence.yaml)");
    command.add_option("--as-of", flags.as_of,
                       "Evaluate as of this day, YYYY-MM-DD (default: today in the configured "
                       "time zone)");
    add_rule_flags(command, flags.rules);
    add_data_flags(command, flags.data, true);
}

}  // namespace sigaudit
