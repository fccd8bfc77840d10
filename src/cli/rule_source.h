#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "sigaudit/rules/rule_loader.h"

namespace sigaudit {

// Where a command takes its rules from: --rules PATH (repeatable), else the
// shipped rules; --config FILE may replace their repository groups.
struct RuleFlags {
    std::vector<std::string> paths;
    std::string config;
};

void add_rule_flags(CLI::App& command, RuleFlags& flags);

// Reads, checks and compiles the rule files (with `extra_paths` first).
// Throws InputError when a rule file or the config cannot be read, or the
// config is invalid; every problem in a rule file is a diagnostic in the load.
struct LoadedRules {
    Loaded<RuleSet> load;
    std::size_t files = 0;
};
LoadedRules load_rule_paths(const RuleFlags& flags,
                            const std::vector<std::string>& extra_paths = {});

}  // namespace sigaudit
