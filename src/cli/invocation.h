#pragma once

// The command line checked before CLI11 parses it, so that a mistyped
// command or flag gets a did-you-mean instead of CLI11's "A subcommand is
// required". Private to src/cli.

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace sigaudit {

// Throws UsageError for no command, an unknown command, or an unknown flag
// of the command the words name, with the nearest known word as a hint.
// `args` are the words after the program name.
void check_invocation(const CLI::App& program, const std::vector<std::string>& args);

// The command `words` name below `program` ("rules", "check"); a word that
// names none is unknown_command's.
const CLI::App& command_named(const CLI::App& program, const std::vector<std::string>& words);

// Throws UsageError: `word` is not a subcommand of `command`, with the
// nearest one as a hint.
[[noreturn]] void unknown_command(const CLI::App& command, const std::string& word);

// "sigaudit rules check": how the help and the messages name a command.
std::string command_path(const CLI::App& command);

}  // namespace sigaudit
