#include "report_output.h"
#include "sigaudit/audit/lint_report.h"
#include "sigaudit/cli/commands.h"
#include "sigaudit/evidence/evidence_loader.h"
#include "sigaudit/report/renderer.h"
#include "sigaudit/roster/roster_loader.h"

namespace sigaudit {

void bind_lint(CLI::App& command, LintOptions& options) {
    command
        .add_option("FILE", options.files,
                    "Roster files (sig_members.yaml, sig-info.yaml) and evidence ledgers to lint")
        ->required()
        ->type_name("FILE");
    add_output_flags(command, options.output, formats_of<LintReport>());
}

ExitCode run_lint(const LintOptions& options, Deps& deps) {
    LintReport report;
    std::vector<TextFile> texts;
    for (const std::string& path : options.files) {
        try {
            texts.push_back(read_text_file(path));
            if (looks_like_ledger(texts.back())) {
                report.files.push_back(LintedFile{path, {}, load_evidence(texts.back())});
            } else {
                report.files.push_back(LintedFile{path, load_roster(texts.back()), std::nullopt});
            }
        } catch (const InputError& error) {
            report.files.push_back(LintedFile{path, unreadable<Roster>(error), std::nullopt});
        }
    }
    compare_sig_rosters(report, texts);
    check_ledger_logins(report, texts);
    print_report(report, options.output, deps);
    return exit_code(report);
}

}  // namespace sigaudit
