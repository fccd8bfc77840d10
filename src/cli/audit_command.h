#pragma once

#include <CLI/CLI.hpp>

namespace sigaudit {

// sigaudit audit ROSTER: every person in the roster and in the ledger.
void add_audit_command(CLI::App& app, int& exit_code);

}  // namespace sigaudit
