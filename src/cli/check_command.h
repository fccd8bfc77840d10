#pragma once

#include <CLI/CLI.hpp>

namespace sigaudit {

// sigaudit check LOGIN [--roster ROSTER]: one person's progress toward every rule.
void add_check_command(CLI::App& app, int& exit_code);

}  // namespace sigaudit
