#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sigaudit/audit/data_coverage.h"
#include "sigaudit/audit/sig_scope.h"
#include "sigaudit/common/date.h"
#include "sigaudit/common/diagnostic.h"
#include "sigaudit/common/exit_code.h"
#include "sigaudit/evidence/evidence.h"
#include "sigaudit/roster/roster.h"
#include "sigaudit/roster/roster_diff.h"
#include "sigaudit/rules/evaluator.h"
#include "sigaudit/rules/result.h"

namespace sigaudit {

// One role a roster change adds, with the verdict of the rule admitting to
// it, evaluated with prerequisites read from the head roster.
struct CiAddition {
    RoleChange change;
    bool justified = false;
    // The rule for the role; nothing when the rule set has no rule for it
    // (then the addition is not justified and the report says why).
    std::optional<RuleResult> result;
    // The login this one probably renames, when the base held it at this role.
    std::optional<ProbableRename> rename;
    // Ledger entries the change adds or edits without which the addition
    // would not be justified: the person may have written them themselves.
    std::vector<SourceLocation> new_evidence = {};
    // Set when --ignore-new-evidence left the addition unjustified for it.
    bool new_evidence_ignored = false;
};

// What `sigaudit ci --base OLD --head NEW` found.
// Why a change could not be judged: an input that does not read (the head
// roster with a YAML error, a ledger, the base's rules) or data that could
// not be had. The comment still goes out, saying so, with the exit code of
// the error.
struct CiFailure {
    ExitCode exit_code = kExitBadInput;
    std::vector<Diagnostic> findings;  // file, line, snippet; empty for a data-source error
    std::string message;               // when there are no findings
    std::string hint;                  // what to do, when known
};

struct CiReport {
    std::string base_path;
    std::string head_path;
    Date as_of;
    // The as-of day is past and the rules read issue or PR states: those
    // are today's, so an issue closed since then counts as accepted.
    bool states_read_today = false;
    std::vector<CiAddition> additions;
    std::vector<RoleChange> removals;
    std::vector<ProbableRename> renames;
    std::vector<Diagnostic> lint;  // the head roster's lint findings the change introduces
    std::size_t lint_in_base = 0;  // findings the base roster already had (keep_new_lint)
    // The SIG's repositories, as the base (never the head) names them.
    std::optional<SigScope> sig_scope;
    // What the head would make them, when it changes them: shown, not used.
    std::vector<std::string> head_sig_repositories;
    // When each repository the rules read was last fetched completely.
    DataCoverage data = {};
    std::string rules_digest = {};  // of the rules evaluated (rules_digest), for provenance
    // With --base-ref: the revision config and rules were read from, and the
    // head's edits to them, which were not used.
    std::string base_ref;
    std::vector<std::string> unused_changes;
    // The base revision has no such roster: the change adds the file.
    bool base_absent = false;
    // The change deletes the roster: every role in the base is a removal.
    bool head_deleted = false;
    // Set when the change could not be judged; nothing else is then.
    std::optional<CiFailure> failure;
    // Ledger entries whose login matches no one in the head roster or the
    // Gitee data (unknown_ledger_logins).
    std::vector<Diagnostic> ledger_warnings;
};

// Judges one role a change adds. It is justified when the person is
// eligible for the rule admitting to the role, with prerequisites read from
// what the base held (a promotion keeps the rungs below) and the rest of the
// head: holding Committer implies holding Reviewer, so an addition must not
// be the proof of its own prerequisites. A probable rename is judged like
// any addition: sigaudit cannot confirm an identity, so the report says so.
CiAddition judge_addition(const RoleChange& change, const Roster& base, const Roster& head,
                          const Evaluator& evaluator);

// Every addition from base to head judged, the removals listed, the head's
// lint findings kept.
CiReport judge_roster_change(const Roster& base, const Roster& head,
                             std::vector<Diagnostic> head_lint, const Evaluator& evaluator);

// The entries of `head` that `base` does not hold as they are: what a
// change adds to the ledger or edits in it.
std::vector<const EvidenceEntry*> entries_not_in(const Evidence& head, const Evidence& base);
// `ledger` without the entries `drop` points at (entries of `ledger`).
Evidence ledger_without(const Evidence& ledger, const std::vector<const EvidenceEntry*>& drop);

// Judges every justified addition again with `without_new` (an evaluator
// over the ledger minus those entries); one no longer justified gets the
// entries of its person, and, when `ignore` is set, is not justified.
void mark_new_evidence(CiReport& report, const Roster& base, const Roster& head,
                       const Evaluator& without_new,
                       const std::vector<const EvidenceEntry*>& new_entries, bool ignore);

// Keeps in report.lint only the findings the change introduces: a finding
// the base roster already had (same code, same message once line numbers
// are set aside, which an edit above it shifts) is counted in lint_in_base
// instead. The change is answerable for its own findings, not for the file's
// history.
void keep_new_lint(CiReport& report, const std::vector<Diagnostic>& base_lint);

int count_unjustified(const CiReport& report);

// The failure's code when the change could not be judged; else 1 when an
// addition is unjustified or the change introduces lint errors; else 0.
ExitCode exit_code(const CiReport& report);

}  // namespace sigaudit
