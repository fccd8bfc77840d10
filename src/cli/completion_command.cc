#include "completion.h"
#include "sigaudit/cli/commands.h"

namespace sigaudit {

void bind_completion(CLI::App& command, CompletionOptions& options) {
    command.add_option("SHELL", options.shell, "The shell: bash, zsh or fish")
        ->required()
        ->check(CLI::IsMember({"bash", "zsh", "fish"}));
    options.program = command.get_parent();
}

ExitCode run_completion(const CompletionOptions& options, Deps& deps) {
    deps.terminal.print(completion_script(command_spec(*options.program), options.shell));
    return kExitOk;
}

}  // namespace sigaudit
