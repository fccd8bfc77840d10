#include "sigaudit/cli/cli.h"

#include <algorithm>
#include <memory>
#include <sstream>

#include <CLI/CLI.hpp>

#include "invocation.h"
#include "sigaudit/cli/commands.h"
#include "sigaudit/cli/version_text.h"
#include "sigaudit/common/errors.h"
#include "sigaudit/report/diagnostic_text.h"

namespace sigaudit {

namespace {

// Adds one subcommand: its options live as long as the app, its flags are
// bound to them, and its run function is called with them once parsed.
template <typename Options>
void add_command(CLI::App& app, Deps& deps, int& exit_code, const std::string& name,
                 const std::string& summary, void (*bind)(CLI::App&, Options&),
                 ExitCode (*run)(const Options&, Deps&)) {
    auto options = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand(name, summary);
    bind(*command, *options);
    command->final_callback([options, run, &deps, &exit_code] { exit_code = run(*options, deps); });
}

// The commands, in the order a user meets them.
void add_commands(CLI::App& app, Deps& deps, int& exit_code) {
    add_command(app, deps, exit_code, "lint", "Lint roster files (sig_members.yaml, sig-info.yaml)",
                bind_lint, run_lint);
    add_command(app, deps, exit_code, "fetch",
                "Sync Gitee data for the repositories the rules name into the local store",
                bind_fetch, run_fetch);
    add_command(app, deps, exit_code, "audit",
                "Evaluate every person in the roster and in the evidence ledger", bind_audit,
                run_audit);
    add_command(app, deps, exit_code, "check", "Show one person's progress toward every rule",
                bind_check, run_check);
    add_command(app, deps, exit_code, "ci",
                "Justify every role a roster change adds (for pull requests)", bind_ci, run_ci);
    add_command(app, deps, exit_code, "rules", "Validate, list and explain rule files", bind_rules,
                run_rules);
    add_command(app, deps, exit_code, "store", "Show what the local store holds", bind_store,
                run_store);
    add_command(app, deps, exit_code, "help", "Show the help of a command (sigaudit help audit)",
                bind_help, run_help);
    add_command(app, deps, exit_code, "completion",
                "Print a shell completion script (bash, zsh or fish)", bind_completion,
                run_completion);
}

// "sigaudit: " before every line of a message, then the hint on a line of its own.
std::string failure_lines(const std::string& message, const std::string& hint) {
    std::string out;
    std::istringstream lines(message);
    for (std::string line; std::getline(lines, line);) {
        out += "sigaudit: " + line + "\n";
    }
    if (!hint.empty()) {
        out += "sigaudit: " + hint + "\n";
    }
    return out;
}

int report_input_error(const InputError& error, Terminal& terminal) {
    std::string out;
    for (const Diagnostic& diagnostic : error.diagnostics()) {
        render_diagnostic(out, diagnostic, terminal.err_style(ColorMode::automatic), false);
    }
    terminal.print_error(out);
    return error.exit_code();
}

}  // namespace

int run_cli(const std::vector<std::string>& args, Deps& deps) {
    Terminal& terminal = deps.terminal;
    CLI::App app{"sigaudit: checks MindSpore SIG rosters and promotion criteria"};
    app.name("sigaudit");
    app.set_version_flag("--version",
                         std::function<std::string()>([&deps] { return version_text(deps); }),
                         "Print the version, the commit and the rules in use, then exit");
    app.require_subcommand(1);
    int exit_code = kExitOk;
    add_commands(app, deps, exit_code);
    try {
        check_invocation(app, args);
        // CLI11 takes the arguments last first.
        std::vector<std::string> reversed(args.rbegin(), args.rend());
        app.parse(reversed);
    } catch (const CLI::ParseError& e) {
        std::ostringstream out;
        std::ostringstream err;
        // Help and version exit 0; every other parse error is a bad invocation.
        const int code = app.exit(e, out, err);
        terminal.print(out.str());
        terminal.print_error(err.str());
        return code == 0 ? kExitOk : kExitBadInput;
    } catch (const InputError& e) {
        return report_input_error(e, terminal);
    } catch (const CommandError& e) {
        terminal.print_error(failure_lines(e.what(), e.hint()));
        return e.exit_code();
    } catch (const std::bad_alloc&) {
        terminal.print_error("sigaudit: out of memory\n");
        return kExitBadInput;
    } catch (const std::exception& e) {
        terminal.print_error(failure_lines(e.what(), {}));
        return kExitBadInput;
    }
    return exit_code;
}

}  // namespace sigaudit
