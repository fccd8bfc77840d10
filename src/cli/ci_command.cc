#include "ci_command.h"

#include <memory>

#include "evaluation.h"
#include "exit_with.h"
#include "git_show.h"
#include "sigaudit/common/exit_code.h"
#include "sigaudit/common/text_file.h"
#include "sigaudit/report/ci_report.h"
#include "sigaudit/roster/roster_diff.h"

namespace sigaudit {
namespace {

struct CiFlags {
    std::string base;
    std::string base_ref;
    std::string head;
    EvaluationFlags evaluation;
};

Loaded<Roster> read_base(const CiFlags& flags) {
    if (flags.base_ref.empty()) {
        return read_roster_or_exit(flags.base);
    }
    const std::string path = flags.base.empty() ? flags.head : flags.base;
    Loaded<Roster> base =
        load_roster(make_text_file(flags.base_ref + ":" + path, git_show(flags.base_ref, path)));
    if (!base.usable()) {
        throw InputError(std::move(base.diagnostics));
    }
    return base;
}

// The head roster without the listing being judged: holding Committer implies
// holding Reviewer, so an addition must not be the proof of its own
// prerequisites.
Roster without_listing(const Roster& head, const RoleChange& change) {
    std::vector<RosterEntry> entries;
    for (const RosterEntry& entry : head.entries()) {
        if (!(entry.login == change.login && entry.role == change.role)) {
            entries.push_back(entry);
        }
    }
    return Roster(head.path(), head.format(), std::move(entries));
}

// An addition is justified when the rest of the head roster, read as the
// truth about prerequisites, makes the person eligible for the rule
// admitting to the role.
CiAddition judge(const RoleChange& change, const EvaluationInputs& inputs, const Roster& head) {
    CiAddition addition{change, false, std::nullopt};
    const Rule* rule = inputs.rules().for_role(change.role);
    if (!rule) {
        return addition;
    }
    const Roster others = without_listing(head, change);
    for (RuleResult& result : inputs.evaluator_for(others)->evaluate(change.login).results) {
        if (result.rule == rule->id) {
            addition.justified = result.eligible;
            addition.result = std::move(result);
        }
    }
    return addition;
}

std::string render(const CiReport& report, const OutputFlags& output) {
    if (output.format == "json") {
        return render_ci_json(report);
    }
    if (output.format == "markdown") {
        return render_ci_markdown(report);
    }
    return render_ci_text(report, stdout_style(output));
}

int run_ci(const CiFlags& flags) {
    const Loaded<Roster> base = read_base(flags);
    const Loaded<Roster> head = read_roster_or_exit(flags.head);
    const EvaluationInputs inputs(flags.evaluation);
    const RosterDiff diff = diff_rosters(*base.value, *head.value);
    CiReport report;
    report.base_path = flags.base_ref.empty() ? flags.base : flags.base_ref + ":" + flags.head;
    report.head_path = flags.head;
    report.as_of = inputs.as_of();
    report.rules = &inputs.rules();
    for (const RoleChange& change : diff.additions) {
        report.additions.push_back(judge(change, inputs, *head.value));
    }
    report.removals = diff.removals;
    report.lint = head.diagnostics;
    print_stdout(render(report, flags.evaluation.output));
    return ci_exit_code(report);
}

}  // namespace

void add_ci_command(CLI::App& app, int& exit_code) {
    auto flags = std::make_shared<CiFlags>();
    CLI::App* command =
        app.add_subcommand("ci", "Justify every role a roster change adds (for pull requests)");
    command->add_option("--base", flags->base, "The roster before the change");
    command->add_option(
        "--base-ref", flags->base_ref,
        "Read the roster before the change from this git revision (path: --base, else --head)");
    command->add_option("--head", flags->head, "The roster after the change")
        ->required()
        ->check(CLI::ExistingFile);
    add_evaluation_flags(*command, flags->evaluation);
    // Made to be posted as a pull request comment.
    flags->evaluation.output.format = "markdown";
    add_output_flags(*command, flags->evaluation.output, {"markdown", "text", "json"});
    command->callback([flags, &exit_code] {
        if (flags->base.empty() && flags->base_ref.empty()) {
            throw CLI::ValidationError("--base", "give --base OLD or --base-ref GIT_REF");
        }
        exit_code = run_ci(*flags);
    });
}

}  // namespace sigaudit
