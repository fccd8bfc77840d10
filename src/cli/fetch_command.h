#pragma once

#include <CLI/CLI.hpp>

namespace sigaudit {

// sigaudit fetch [--repo OWNER/REPO]...: syncs the store with Gitee.
void add_fetch_command(CLI::App& app, int& exit_code);

}  // namespace sigaudit
