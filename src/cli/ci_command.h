#pragma once

#include <CLI/CLI.hpp>

namespace sigaudit {

// sigaudit ci --base OLD --head NEW: justify every role a roster change adds.
void add_ci_command(CLI::App& app, int& exit_code);

}  // namespace sigaudit
