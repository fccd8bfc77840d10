#pragma once

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "sigaudit/cli/terminal.h"
#include "sigaudit/config/defaults.h"
#include "sigaudit/report/format.h"
#include "sigaudit/report/renderer.h"

namespace sigaudit {

// The flag groups the commands share. Each command's options struct holds
// the groups it takes; bind functions attach them to its CLI11 command.

// --format, --color, -q.
struct OutputFlags {
    Format format = Format::text;
    ColorMode color = ColorMode::automatic;
    bool quiet = false;
    std::string file;  // --output: the report goes there instead of stdout
};
// `formats` are the report's, its default first (formats_of<Report>()).
void add_output_flags(CLI::App& command, OutputFlags& flags, const std::vector<Format>& formats);
// How the report is drawn on this terminal's stdout.
RenderOptions render_options(const OutputFlags& flags, const Terminal& terminal);

// --rules PATH (repeatable; default: the shipped rules) and --config FILE.
struct RuleFlags {
    std::vector<std::string> paths;
    std::string config;
};
void add_rule_flags(CLI::App& command, RuleFlags& flags);

// Where Gitee data comes from and where it is kept: the flags of every
// command that reads the store (fetch, and the reports that fetch first).
struct DataFlags {
    std::string api_url;     // empty: the config's, else Gitee's
    std::string store;       // empty: the config's, else the cache path
    std::string token_env;   // empty: the config's, else GITEE_TOKEN
    std::string token_file;  // when set, the token is read from here instead
    int jobs = defaults::kJobs;
    int retries = defaults::kRetries;
    int timeout = defaults::kTimeoutSeconds;
    int max_pages = defaults::kMaxPages;
    bool offline = false;
    bool full = false;  // fetch --full: read every list from the start
    bool no_progress = false;
    bool verbose = false;
    bool quiet = false;  // from -q: no progress and no warnings on stderr, errors only
};
void add_data_flags(CLI::App& command, DataFlags& flags, bool with_offline);

// What every evaluating command (audit, check, ci) takes.
struct EvaluationFlags {
    RuleFlags rules;
    DataFlags data;
    OutputFlags output;
    std::string evidence;
    std::optional<std::string> as_of;  // unset: today; set, even empty, must be a date
};
void add_evaluation_flags(CLI::App& command, EvaluationFlags& flags);

}  // namespace sigaudit
