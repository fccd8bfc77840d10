#include <filesystem>

#include "git_show.h"
#include "inputs.h"
#include "report_output.h"
#include "sigaudit/audit/audit_report.h"
#include "sigaudit/audit/ci_report.h"
#include "sigaudit/cli/commands.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/evidence/evidence_loader.h"
#include "sigaudit/report/renderer.h"
#include "sigaudit/roster/roster_loader.h"

namespace sigaudit {

namespace {

// The base roster; with --base-ref, one the revision lacks is a change that
// adds the file: an empty roster, so every role in the head is an addition.
Loaded<Roster> load_base(const CiOptions& options, bool& absent) {
    absent = false;
    if (options.base_ref.empty()) {
        return load_roster_flag(options.base);
    }
    const std::string path = options.base.empty() ? options.head : options.base;
    const std::string name = options.base_ref + ":" + path;
    const std::optional<std::string> text = git_show_if_present(options.base_ref, path);
    if (!text) {
        absent = true;
        const std::string file = std::filesystem::path(path).filename().string();
        const RosterFormat format =
            istarts_with(file, "sig-info.") ? RosterFormat::sig_info : RosterFormat::sig_members;
        return Loaded<Roster>{Roster(name, format, RosterContents{}), {}};
    }
    Loaded<Roster> base = load_roster(make_text_file(name, *text));
    if (!base.usable()) {
        throw InputError(std::move(base.diagnostics));
    }
    return base;
}

// The ledger the base holds at --evidence's path; empty when it has none
// or one that cannot be read (then every entry counts as the change's).
Evidence base_ledger(const std::string& ref, const std::string& path) {
    const std::optional<std::string> text = git_show_if_present(ref, path);
    if (!text) {
        return Evidence();
    }
    Loaded<Evidence> loaded = load_evidence(make_text_file(ref + ":" + path, *text));
    return loaded.usable() ? std::move(*loaded.value) : Evidence();
}

// The ledger may come from the head, written by whoever it promotes: each
// role it alone justifies is named, and with --ignore-new-evidence is not.
void weigh_new_evidence(CiReport& report, const CiOptions& options, const Roster& base,
                        const Roster& head, const Evaluation& evaluation) {
    const std::string& ledger = options.evaluation.evidence;
    if (options.base_ref.empty() || ledger.empty() || !in_work_tree(ledger)) {
        return;
    }
    const Evidence& head_ledger = evaluation.evidence();
    const std::vector<const EvidenceEntry*> added =
        entries_not_in(head_ledger, base_ledger(options.base_ref, ledger));
    if (added.empty()) {
        return;
    }
    const Evidence without_new = ledger_without(head_ledger, added);
    const Evaluator evaluator(evaluation.rules(), evaluation.activities(), without_new,
                              evaluation.as_of());
    mark_new_evidence(report, base, head, evaluator, added, options.ignore_new_evidence);
}

}  // namespace

void bind_ci(CLI::App& command, CiOptions& options) {
    command.add_option("--base", options.base, "The roster before the change")->type_name("FILE");
    command
        .add_option(
            "--base-ref", options.base_ref,
            "Read the roster before the change from this git revision (path: --base, else --head)")
        ->type_name("REF");
    command
        .add_option("--head", options.head,
                    "The roster after the change (a path the change deletes: with --base-ref)")
        ->required()
        ->type_name("FILE");
    command.add_flag("--ignore-new-evidence", options.ignore_new_evidence,
                     "Count no role as justified that needs ledger entries the change adds or "
                     "edits (with --base-ref)");
    add_evaluation_flags(command, options.evaluation);
    add_output_flags(command, options.evaluation.output, formats_of<CiReport>());
}

namespace {

// The head roster; with --base-ref, a path the work tree lacks while the
// base has it is a change that deletes the file: an empty roster, so every
// role in the base is a removal.
Loaded<Roster> load_head(const CiOptions& options, const Roster& base, bool base_absent,
                         bool& deleted) {
    std::error_code ignored;
    deleted = !options.base_ref.empty() && !base_absent &&
              !std::filesystem::exists(options.head, ignored);
    if (deleted) {
        return Loaded<Roster>{Roster(options.head, base.format(), RosterContents{}), {}};
    }
    return load_roster_flag(options.head);
}

// Judges the change and prints the report while the evaluation it points
// into (rules, results) is alive.
ExitCode judge_change(const CiOptions& options, Deps& deps) {
    if (options.base.empty() && options.base_ref.empty()) {
        throw UsageError("--base: give --base OLD or --base-ref GIT_REF");
    }
    // Files the change can write (with --base-ref, --base names a path at the base).
    std::vector<std::string> from_change = {options.head, options.evaluation.evidence};
    if (options.base_ref.empty()) {
        from_change.push_back(options.base);
    }
    for (const std::string& path : from_change) {
        if (!path.empty()) {
            require_no_escaping_symlink(path);
        }
    }
    bool base_absent = false;
    const Loaded<Roster> base = load_base(options, base_absent);
    bool head_deleted = false;
    Loaded<Roster> head = load_head(options, *base.value, base_absent, head_deleted);
    // The base is the reviewed revision: the head, written by whoever the
    // change promotes, does not get to choose what counts as SIG work, nor
    // the rules, nor where the token goes.
    const std::optional<BaseInputs> trusted =
        options.base_ref.empty()
            ? std::nullopt
            : std::optional(read_base_inputs(options.base_ref, options.evaluation.rules));
    const Evaluation evaluation(options.evaluation, deps, base.value->repositories(),
                                trusted ? &*trusted : nullptr);
    CiReport report = judge_roster_change(*base.value, *head.value, std::move(head.diagnostics),
                                          evaluation.evaluator());
    keep_new_lint(report, base.diagnostics);
    weigh_new_evidence(report, options, *base.value, *head.value, evaluation);
    report.sig_scope = evaluation.sig_scope();
    report.states_read_today = evaluation.states_read_today();
    report.data = evaluation.coverage();
    report.rules_digest = evaluation.rules().digest;
    report.base_absent = base_absent;
    report.head_deleted = head_deleted;
    if (head_deleted) {
        report.head_sig_repositories.clear();  // a deleted file names none, and changes none
    }
    if (trusted) {
        report.base_ref = trusted->ref;
        report.unused_changes = trusted->unused_changes;
    }
    report.ledger_warnings =
        unknown_ledger_logins(*head.value, evaluation.evidence(), evaluation.activities(),
                              evaluation.coverage().repositories.size());
    const OutputFlags& output = options.evaluation.output;
    print_report(report, output, deps);
    return exit_code(report);
}

// What the comment says when the change could not be judged.
CiReport failed_report(const CiOptions& options, const CommandError& error) {
    CiReport report;
    report.base_path =
        options.base_ref.empty()
            ? options.base
            : options.base_ref + ":" + (options.base.empty() ? options.head : options.base);
    report.head_path = options.head;
    report.base_ref = options.base_ref;
    CiFailure failure{error.exit_code(), {}, error.what(), error.hint()};
    if (const auto* input = dynamic_cast<const InputError*>(&error)) {
        failure.findings = input->diagnostics();
    }
    report.failure = std::move(failure);
    return report;
}

}  // namespace

// A pull request's comment is most needed when the change cannot be judged:
// a head roster with a YAML error still gets a comment that says where, and
// the error still reaches stderr and the exit code through main.
ExitCode run_ci(const CiOptions& options, Deps& deps) {
    try {
        return judge_change(options, deps);
    } catch (const CommandError& error) {
        const OutputFlags& output = options.evaluation.output;
        print_report(failed_report(options, error), output, deps);
        throw;
    }
}

}  // namespace sigaudit
