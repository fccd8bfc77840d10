#include "inputs.h"
#include "report_output.h"
#include "sigaudit/audit/audit_report.h"
#include "sigaudit/cli/commands.h"
#include "sigaudit/report/renderer.h"

namespace sigaudit {

void bind_audit(CLI::App& command, AuditOptions& options) {
    command.add_option("ROSTER", options.roster, "sig_members.yaml or sig-info.yaml")
        ->required()
        ->check(CLI::ExistingFile.description(""))
        ->type_name("FILE");
    command.add_flag("--discover", options.discover,
                     "Also report everyone active in the repositories who meets a rule");
    add_evaluation_flags(command, options.evaluation);
    add_output_flags(command, options.evaluation.output, formats_of<AuditReport>());
}

ExitCode run_audit(const AuditOptions& options, Deps& deps) {
    // Roster errors do not stop an audit: it reports them, and exits 1.
    const Loaded<Roster> roster = load_roster_flag(options.roster);
    const Evaluation evaluation(options.evaluation, deps, roster.value->repositories());
    AuditReport report;
    report.as_of = evaluation.as_of();
    report.states_read_today = evaluation.states_read_today();
    report.data = evaluation.coverage();
    report.rules_digest = evaluation.rules().digest;
    report.roster_path = options.roster;
    report.sig_scope = evaluation.sig_scope();
    report.rules = &evaluation.rules();
    report.people = evaluate_people(evaluation.evaluator(), *roster.value, evaluation.evidence(),
                                    options.discover ? &evaluation.activities() : nullptr);
    report.suggested = suggest_additions(*roster.value, report.people);
    report.roster_errors = errors_of(roster.diagnostics);
    report.ledger_warnings =
        unknown_ledger_logins(*roster.value, evaluation.evidence(), evaluation.activities(),
                              evaluation.coverage().repositories.size());
    const OutputFlags& output = options.evaluation.output;
    print_report(report, output, deps);
    return exit_code(report);
}

}  // namespace sigaudit
