#pragma once

// Shell completion scripts, written from the command tree itself (gh's
// `completion`), so that no flag is ever missing from them. Private to src/cli.

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace sigaudit {

// What a shell needs to know of a flag.
struct FlagSpec {
    std::vector<std::string> names;  // "--format", "-q"
    bool takes_value = false;
    std::vector<std::string> choices;  // the values a choice flag accepts
    std::string description;
};

// A command, its flags and its subcommands, as the CLI11 app defines them.
struct CommandSpec {
    std::string name;
    std::string description;
    std::vector<FlagSpec> flags;
    std::vector<CommandSpec> commands;
    std::vector<std::string> arguments;  // the values a choice argument accepts
};

CommandSpec command_spec(const CLI::App& app);

// The script for `shell` ("bash", "zsh" or "fish"), for the program `spec`
// describes.
std::string completion_script(const CommandSpec& spec, const std::string& shell);

}  // namespace sigaudit
