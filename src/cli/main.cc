#include <cstdio>
#include <exception>
#include <string>

#include <CLI/CLI.hpp>

#include "audit_command.h"
#include "check_command.h"
#include "ci_command.h"
#include "exit_with.h"
#include "fetch_command.h"
#include "lint_command.h"
#include "rules_command.h"
#include "sigaudit/common/exit_code.h"
#include "sigaudit/common/version.h"
#include "sigaudit/report/diagnostic_text.h"
#include "sigaudit/store/sqlite.h"

int main(int argc, char** argv) {
    using namespace sigaudit;
    CLI::App app{"sigaudit: checks MindSpore SIG rosters and promotion criteria"};
    app.name("sigaudit");
    app.set_version_flag("--version", std::string("sigaudit ") + kVersion);
    app.require_subcommand(1);
    int exit_code = kExitOk;
    // In the order a user meets them (DESIGN.md, "Command line").
    add_lint_command(app, exit_code);
    add_fetch_command(app, exit_code);
    add_audit_command(app, exit_code);
    add_check_command(app, exit_code);
    add_ci_command(app, exit_code);
    add_rules_command(app, exit_code);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // Help and version exit 0; every other parse error is a bad invocation.
        return app.exit(e) == 0 ? kExitOk : kExitBadInput;
    } catch (const ExitWith& done) {
        return done.code;
    } catch (const InputError& e) {
        std::string out;
        for (const Diagnostic& diagnostic : e.diagnostics()) {
            render_diagnostic(out, diagnostic, Style(false), false);
        }
        std::fputs(out.c_str(), stderr);
        return kExitBadInput;
    } catch (const StoreError& e) {
        std::fprintf(stderr, "sigaudit: %s\n", e.what());
        return kExitDataSource;
    } catch (const std::bad_alloc&) {
        std::fputs("sigaudit: out of memory\n", stderr);
        return kExitBadInput;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "sigaudit: %s\n", e.what());
        return kExitBadInput;
    }
    return exit_code;
}
