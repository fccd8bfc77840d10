#pragma once

// What the three CI renderers say alike: the order of additions, why one is
// not justified, the verdict. Private to the report layer.

#include <string>
#include <vector>

#include "sigaudit/audit/ci_report.h"

namespace sigaudit::ci {

// Additions by login, then ladder order; removals the same. The diff already
// sorts them, but a report built elsewhere (a test, a future caller) must not
// change the output's order.
std::vector<const CiAddition*> ordered_additions(const CiReport& report);
std::vector<const RoleChange*> ordered_removals(const CiReport& report);
std::vector<Diagnostic> ordered_lint(const CiReport& report);

// The criteria that keep a rule from passing: failed, not optional, and
// measured directly (count, sum, meets). A failed `all`, `any` or window is
// explained by the leaves under it, which carry the numbers a person can act on.
std::vector<const CriterionResult*> failing_leaves(const CriterionResult& root);

// "merged-prs-in-sig 3/5", "accepted-bug-reports 1/2 in 2026-03..2026-04".
std::string criterion_progress(const CriterionResult& criterion);

// The prerequisites a result found missing from the head roster.
std::vector<const PrerequisiteResult*> missing_prerequisites(const RuleResult& result);

// "Committer (promoted from Member)": the role an addition gives, and the
// rung it moves the person up from.
std::string role_added_words(const RoleChange& change);

// "no longer listed as Committer (still a Member)", and "; probably renamed to
// `x`" when the login left under a rename.
std::string removal_words(const RoleChange& removal, const CiReport& report);

// "probably a rename of yjf (same name and email); sigaudit cannot confirm
// an identity: a maintainer must", for an addition paired with a login the
// base held the role under; empty otherwise.
std::string rename_words(const CiAddition& addition);
// "a maintainer must still confirm framework-core-code: the merged PR is
// core framework code", for a justified addition whose verdict rests on
// what the data cannot show; empty otherwise.
std::string to_confirm_words(const CiAddition& addition);
// "justified only with ledger entries this change adds or edits
// (evidence.yaml:4, 7): a maintainer must check them", for an addition the
// base's ledger would not justify; empty otherwise. With
// --ignore-new-evidence it is the reason the addition is not justified.
std::string new_evidence_words(const CiAddition& addition);
// What every format notes under an addition beside its verdict: the
// rename, what is left to confirm, the change's own ledger entries.
std::vector<std::string> addition_notes(const CiAddition& addition);

// "The head names other SIG repositories (...); the base's are used until
// the change is merged.", or "" when the head keeps them.
std::string head_scope_words(const CiReport& report);
// "This change edits sigaudit.yaml; ci reads its config and rules from the
// base revision (origin/main), so those edits were not used.", or "".
std::string unused_changes_words(const CiReport& report);
// "The base revision has no sig/new.yaml: this change adds the file, so
// every role in it is an addition.", or "".
std::string new_roster_words(const CiReport& report);

// Why an addition is not justified, one phrase per reason, in the order a
// reviewer fixes them: no rule, missing prerequisites, failing criteria
// ("merged-prs-in-sig 3/5"; "one of: a 0/3 or b 0/1" for alternatives).
// Empty for a justified addition.
std::vector<std::string> reasons_unjustified(const CiAddition& addition);

// "2 role additions, 1 not justified", "no role additions"; with lint
// errors, "; the head roster has 1 lint error".
std::string verdict(const CiReport& report);

// "This change deletes X: ..." when it does; else empty.
std::string deleted_roster_words(const CiReport& report);

// "3 findings were already present in the base roster; ..." when some
// were; else empty.
std::string lint_in_base_words(const CiReport& report);

// For a change that could not be judged: what happened, then what to do
// (with the exit code in words).
std::string failure_words(const CiFailure& failure);
std::string failure_advice(const CiReport& report, const CiFailure& failure);

}  // namespace sigaudit::ci
