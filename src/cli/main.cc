#include <cstdio>
#include <exception>
#include <string>

#include <CLI/CLI.hpp>

#include "lint_command.h"
#include "rules_command.h"
#include "sigaudit/exit_code.h"
#include "sigaudit/version.h"

int main(int argc, char** argv) {
    using namespace sigaudit;
    CLI::App app{"sigaudit: checks MindSpore SIG rosters and promotion criteria"};
    app.name("sigaudit");
    app.set_version_flag("--version", std::string("sigaudit ") + kVersion);
    app.require_subcommand(1);
    int exit_code = kExitOk;
    add_lint_command(app, exit_code);
    add_rules_command(app, exit_code);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // Help and version exit 0; every other parse error is a bad invocation.
        return app.exit(e) == 0 ? kExitOk : kExitBadInput;
    } catch (const std::bad_alloc&) {
        std::fputs("sigaudit: out of memory\n", stderr);
        return kExitBadInput;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "sigaudit: %s\n", e.what());
        return kExitBadInput;
    }
    return exit_code;
}
