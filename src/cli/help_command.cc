#include "invocation.h"
#include "sigaudit/cli/commands.h"

namespace sigaudit {

void bind_help(CLI::App& command, HelpOptions& options) {
    command.add_option("COMMAND", options.words,
                       "The command to explain, e.g. audit or rules check");
    options.program = command.get_parent();
}

ExitCode run_help(const HelpOptions& options, Deps& deps) {
    const CLI::App& command = command_named(*options.program, options.words);
    // The formatter, not App::help, which would show the command being run:
    // help itself.
    deps.terminal.print(command.get_formatter()->make_help(&command, command_path(command),
                                                           CLI::AppFormatMode::Normal));
    return kExitOk;
}

}  // namespace sigaudit
