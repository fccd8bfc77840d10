#include "check_command.h"

#include <memory>

#include "evaluation.h"
#include "exit_with.h"
#include "sigaudit/common/exit_code.h"
#include "sigaudit/common/gitee_login.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/report/audit_report.h"

namespace sigaudit {
namespace {

struct CheckFlags {
    std::string login;
    std::string roster;
    EvaluationFlags evaluation;
};

std::string render(const AuditReport& report, const OutputFlags& output) {
    if (output.format == "json") {
        return render_report_json(report);
    }
    if (output.format == "markdown") {
        return render_check_markdown(report);
    }
    return render_check_text(report, stdout_style(output));
}

int run_check(const CheckFlags& flags) {
    // Without a roster nobody holds a role: prerequisites show as missing.
    const Loaded<Roster> roster =
        flags.roster.empty() ? Loaded<Roster>{Roster(), {}} : read_roster_or_exit(flags.roster);
    const EvaluationInputs inputs(flags.evaluation);
    const std::unique_ptr<Evaluator> evaluator = inputs.evaluator_for(*roster.value);
    AuditReport report;
    report.as_of = inputs.as_of();
    report.roster_path = flags.roster;
    report.rules = &inputs.rules();
    report.people.push_back(evaluator->evaluate(to_lower_ascii(flags.login)));
    print_stdout(render(report, flags.evaluation.output));
    return kExitOk;
}

}  // namespace

void add_check_command(CLI::App& app, int& exit_code) {
    auto flags = std::make_shared<CheckFlags>();
    CLI::App* command = app.add_subcommand("check", "Show one person's progress toward every rule");
    command->add_option("LOGIN", flags->login, "Gitee login")
        ->required()
        ->check(
            [](const std::string& login) {
                return is_valid_login(login) ? std::string()
                                             : "\"" + login + "\" is not a Gitee login";
            },
            "LOGIN");
    command->add_option("--roster", flags->roster, "The roster, for prerequisites")
        ->check(CLI::ExistingFile);
    add_evaluation_flags(*command, flags->evaluation);
    add_output_flags(*command, flags->evaluation.output, {"text", "markdown", "json"});
    command->callback([flags, &exit_code] { exit_code = run_check(*flags); });
}

}  // namespace sigaudit
