#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "sigaudit/rule_loader.h"

namespace sigaudit {

// Where a command takes its rules from: --rules PATH (repeatable), else the shipped rules.
struct RuleFlags {
    std::vector<std::string> paths;
};

void add_rule_flags(CLI::App& command, RuleFlags& flags);

// Reads, checks and compiles the rule files. Throws InputError when a file
// cannot be read; every other problem is a diagnostic in the load.
struct LoadedRules {
    RuleLoad load;
    std::size_t files = 0;
};
LoadedRules load_rule_paths(const std::vector<std::string>& paths);

}  // namespace sigaudit
