#include "inputs.h"
#include "report_output.h"
#include "sigaudit/audit/audit_report.h"
#include "sigaudit/cli/commands.h"
#include "sigaudit/common/gitee_login.h"
#include "sigaudit/report/renderer.h"

namespace sigaudit {

void bind_check(CLI::App& command, CheckOptions& options) {
    command.add_option("LOGIN", options.login, "Gitee login")
        ->required()
        ->check(
            [](const std::string& login) {
                return is_valid_login(login) ? std::string()
                                             : "\"" + login + "\" is not a Gitee login";
            },
            "")
        ->type_name("LOGIN");
    command.add_option("--roster", options.roster, "The roster, for prerequisites")
        ->check(CLI::ExistingFile.description(""))
        ->type_name("FILE");
    add_evaluation_flags(command, options.evaluation);
    add_output_flags(command, options.evaluation.output, formats_of<CheckReport>());
}

ExitCode run_check(const CheckOptions& options, Deps& deps) {
    // Without a roster nobody holds a role: prerequisites show as missing.
    const Roster roster =
        options.roster.empty() ? Roster() : std::move(*load_roster_flag(options.roster).value);
    const Evaluation evaluation(options.evaluation, deps, roster.repositories());
    CheckReport report;
    report.as_of = evaluation.as_of();
    report.states_read_today = evaluation.states_read_today();
    report.data = evaluation.coverage();
    report.rules_digest = evaluation.rules().digest;
    report.roster_path = options.roster;
    report.sig_scope = evaluation.sig_scope();
    report.person = evaluate_person(evaluation.evaluator(), roster, options.login);
    report.unknown =
        unknown_login(options.login, roster, evaluation.evidence(), evaluation.activities(),
                      evaluation.rules().repositories().size());
    report.ledger_warnings =
        unknown_ledger_logins(roster, evaluation.evidence(), evaluation.activities(),
                              evaluation.coverage().repositories.size());
    const OutputFlags& output = options.evaluation.output;
    print_report(report, output, deps);
    return kExitOk;
}

}  // namespace sigaudit
