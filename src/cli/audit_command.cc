#include "audit_command.h"

#include <algorithm>
#include <memory>
#include <set>

#include "evaluation.h"
#include "sigaudit/common/exit_code.h"
#include "sigaudit/report/audit_report.h"

namespace sigaudit {
namespace {

struct AuditFlags {
    std::string roster;
    bool discover = false;
    EvaluationFlags evaluation;
};

bool meets_any_rule(const PersonResult& person) {
    return std::any_of(person.results.begin(), person.results.end(),
                       [](const RuleResult& result) { return result.criteria_met; });
}

// The roster's people and the ledger's; with --discover, also everyone
// active in the fetched repositories who meets some rule.
std::vector<PersonResult> evaluate_people(const AuditFlags& flags, const EvaluationInputs& inputs,
                                          const Evaluator& evaluator, const Roster& roster) {
    std::set<std::string> logins;
    for (const std::string& login : roster.logins()) {
        logins.insert(login);
    }
    for (const std::string& login : inputs.evidence().logins()) {
        logins.insert(login);
    }
    std::vector<PersonResult> people;
    for (const std::string& login : logins) {
        people.push_back(evaluator.evaluate(login));
    }
    if (flags.discover) {
        for (const std::string& login : inputs.activities().logins()) {
            if (logins.count(login) == 0) {
                PersonResult person = evaluator.evaluate(login);
                if (meets_any_rule(person)) {
                    people.push_back(std::move(person));
                }
            }
        }
        std::sort(people.begin(), people.end(),
                  [](const auto& a, const auto& b) { return a.login < b.login; });
    }
    return people;
}

std::string render(const AuditReport& report, const OutputFlags& output) {
    if (output.format == "json") {
        return render_report_json(report);
    }
    if (output.format == "markdown") {
        return render_audit_markdown(report);
    }
    return render_audit_text(report, stdout_style(output));
}

int run_audit(const AuditFlags& flags) {
    const Loaded<Roster> loaded = read_roster_or_exit(flags.roster);
    const Roster& roster = *loaded.value;
    const EvaluationInputs inputs(flags.evaluation);
    const std::unique_ptr<Evaluator> evaluator = inputs.evaluator_for(roster);
    AuditReport report;
    report.as_of = inputs.as_of();
    report.roster_path = flags.roster;
    report.rules = &inputs.rules();
    report.people = evaluate_people(flags, inputs, *evaluator, roster);
    print_stdout(render(report, flags.evaluation.output));
    return kExitOk;
}

}  // namespace

void add_audit_command(CLI::App& app, int& exit_code) {
    auto flags = std::make_shared<AuditFlags>();
    CLI::App* command = app.add_subcommand(
        "audit", "Evaluate every person in the roster and in the evidence ledger");
    command->add_option("ROSTER", flags->roster, "sig_members.yaml or sig-info.yaml")
        ->required()
        ->check(CLI::ExistingFile);
    command->add_flag("--discover", flags->discover,
                      "Also report everyone active in the repositories who meets a rule");
    add_evaluation_flags(*command, flags->evaluation);
    add_output_flags(*command, flags->evaluation.output, {"text", "markdown", "json"});
    command->callback([flags, &exit_code] { exit_code = run_audit(*flags); });
}

}  // namespace sigaudit
