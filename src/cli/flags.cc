#include "sigaudit/cli/flags.h"

#include <map>

#include <fmt/format.h>

#include "sigaudit/common/strings.h"
#include "sigaudit/config/config.h"
#include "sigaudit/config/defaults.h"

namespace sigaudit {

namespace {

// A choice among names, in the words --help shows: "--format
// text|markdown|json   Output format (default: text)". Checked as a string,
// so that a wrong value reads "--format: xml not in {text,markdown,json}".
template <typename Value>
void add_choice(CLI::App& command, const std::string& flag, Value& value,
                const std::vector<std::pair<std::string, Value>>& choices,
                const std::string& help) {
    std::map<std::string, Value> values;
    std::vector<std::string> names;
    std::string shown;
    for (const auto& [name, choice] : choices) {
        values.emplace(name, choice);
        names.push_back(name);
        shown += (shown.empty() ? "" : "|") + name;
    }
    value = choices.front().second;
    command
        .add_option_function<std::string>(
            flag, [&value, values](const std::string& name) { value = values.at(name); },
            help + " (default: " + names.front() + ")")
        ->check(CLI::IsMember(names).description(""))
        ->type_name(shown);
}

// A whole number from `low` to `high`, shown as "--jobs N   Requests in
// flight at once (1 to 64, default 8)".
void add_bounded(CLI::App& command, const std::string& flag, int& value, int low, int high,
                 const std::string& help) {
    command
        .add_option(flag, value,
                    fmt::format("{} ({} to {}, default {})", help, grouped(low), grouped(high),
                                grouped(value)))
        ->check(CLI::Range(low, high).description(""))
        ->type_name("N");
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
    command
        .add_option("-o,--output", flags.file,
                    "Write the report to this file (whole, or not at all) instead of stdout")
        ->type_name("FILE");
}

RenderOptions render_options(const OutputFlags& flags, const Terminal& terminal) {
    return RenderOptions{terminal.out_style(flags.color), flags.quiet};
}

void add_rule_flags(CLI::App& command, RuleFlags& flags) {
    command
        .add_option("--rules", flags.paths,
                    "Rule file or directory (repeatable; default: the shipped rules)")
        ->type_name("PATH");
    command
        .add_option("--config", flags.config,
                    "sigaudit.yaml with settings such as repository groups")
        ->type_name("FILE");
}

void add_data_flags(CLI::App& command, DataFlags& flags, bool with_offline) {
    command
        .add_option("--api-url", flags.api_url,
                    "Gitee API base URL (default: the config's, else " +
                        std::string(defaults::kApiUrl) + ")")
        ->check([](const std::string& url) { return api_url_problem(url).value_or(""); }, "")
        ->type_name("URL");
    command
        .add_option("--store", flags.store,
                    "SQLite store (default: " + std::string(defaults::kStore) + ")")
        ->type_name("FILE");
    command
        .add_option("--token-env", flags.token_env,
                    "Environment variable holding the Gitee token (default: GITEE_TOKEN, "
                    "else SIGAUDIT_GITEE_TOKEN)")
        ->type_name("NAME");
    command
        .add_option("--token-file", flags.token_file,
                    "File holding the Gitee token (instead of the environment)")
        ->type_name("FILE");
    add_bounded(command, "-j,--jobs", flags.jobs, 1, 64, "Requests in flight at once");
    add_bounded(command, "--retries", flags.retries, 0, 20, "Further tries of a failing request");
    add_bounded(command, "--timeout", flags.timeout, 1, 3600, "Seconds one request may take");
    add_bounded(command, "--max-pages", flags.max_pages, 1, 10'000'000,
                "Pages one list may have; a list past it stops the fetch");
    if (with_offline) {
        command.add_flag("--offline", flags.offline, "Use the store only; fetch nothing");
    }
    command.add_flag("--no-progress", flags.no_progress, "No live progress on stderr");
    command.add_flag("-v,--verbose", flags.verbose, "Log every request on stderr");
}

void add_evaluation_flags(CLI::App& command, EvaluationFlags& flags) {
    command.add_option("--evidence", flags.evidence, "Evidence ledger (evidence.yaml)")
        ->type_name("FILE");
    command
        .add_option("--as-of", flags.as_of,
                    "Evaluate as of this day, YYYY-MM-DD (default: today in the configured "
                    "time zone)")
        ->type_name("DATE");
    add_rule_flags(command, flags.rules);
    add_data_flags(command, flags.data, true);
}

}  // namespace sigaudit
