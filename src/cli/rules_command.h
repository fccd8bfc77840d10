#pragma once

#include <CLI/CLI.hpp>

namespace sigaudit {

// `sigaudit rules check|list|explain`: sets `exit_code` when it runs.
void add_rules_command(CLI::App& app, int& exit_code);

}  // namespace sigaudit
