#pragma once

#include <CLI/CLI.hpp>

namespace sigaudit {

// `sigaudit lint FILE...`: sets `exit_code` when it runs.
void add_lint_command(CLI::App& app, int& exit_code);

}  // namespace sigaudit
