#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "sigaudit/activity/activity_index.h"
#include "sigaudit/audit/data_coverage.h"
#include "sigaudit/audit/roster_suggestion.h"
#include "sigaudit/audit/sig_scope.h"
#include "sigaudit/common/date.h"
#include "sigaudit/common/diagnostic.h"
#include "sigaudit/common/exit_code.h"
#include "sigaudit/evidence/evidence.h"
#include "sigaudit/roster/roster.h"
#include "sigaudit/rules/evaluator.h"
#include "sigaudit/rules/result.h"
#include "sigaudit/rules/rule.h"

namespace sigaudit {

// What `audit` reports: people's results under one rule set, as of one day.
// People are sorted by login (lower case); each person's results follow the
// rule set's order.
struct AuditReport {
    Date as_of;
    // The as-of day is past and the rules read issue or PR states: those
    // are today's, so an issue closed since then counts as accepted.
    bool states_read_today = false;
    std::string roster_path;
    std::optional<SigScope> sig_scope;  // the SIG's repositories the rules read
    const RuleSet* rules = nullptr;     // the rules evaluated, in their order
    std::vector<PersonResult> people;
    // The roster's errors: each names an entry the audit could not take
    // (a placeholder id, a missing one), so whoever it stands for is not
    // among `people`.
    std::vector<Diagnostic> roster_errors;
    // Ledger entries for logins neither the roster nor the Gitee data has.
    std::vector<Diagnostic> ledger_warnings;
    // When each repository the rules read was last fetched completely.
    DataCoverage data = {};
    std::string rules_digest = {};  // of the rules evaluated (rules_digest), for provenance
    // The listings a maintainer would add to the roster (suggest_additions).
    std::vector<SuggestedList> suggested = {};
};

// The errors among a roster's findings: what an audit must name.
std::vector<Diagnostic> errors_of(const std::vector<Diagnostic>& findings);

// 0, or 1 when the roster had errors: the report stands for the entries it
// could read, and someone must fix the others.
ExitCode exit_code(const AuditReport& report);

// A check of a login nobody in the data has: no activity in the store, no
// roster entry, no ledger entry. Its all-zero figures would read as
// someone's progress, so the report says so first.
struct UnknownLogin {
    std::size_t repositories = 0;          // how many repositories were searched
    std::vector<std::string> suggestions;  // known logins within two edits, nearest first
};

// What `check LOGIN` reports: one person's results.
struct CheckReport {
    Date as_of;
    std::string roster_path;  // empty when no roster was read
    PersonResult person;
    std::optional<SigScope> sig_scope = std::nullopt;  // the SIG's repositories the rules read
    // The as-of day is past and the rules read issue or PR states: those
    // are today's, so an issue closed since then counts as accepted.
    bool states_read_today = false;
    std::optional<UnknownLogin> unknown = std::nullopt;
    // When each repository the rules read was last fetched completely.
    DataCoverage data = {};
    std::string rules_digest = {};  // of the rules evaluated (rules_digest), for provenance
    // Ledger entries whose login matches no one (unknown_ledger_logins).
    std::vector<Diagnostic> ledger_warnings = {};
};

// Up to three of `known` within two edits of `lower` (a lower-case login),
// nearest first: the suggestions for a login that matches no one.
std::vector<std::string> near_logins(const std::string& lower, const std::set<std::string>& known);

// Nothing when `login` (any case) has activity, a roster entry or a ledger
// entry; else what a check must warn about, with up to three near logins.
std::optional<UnknownLogin> unknown_login(std::string_view login, const Roster& roster,
                                          const Evidence& evidence, const ActivityIndex& activities,
                                          std::size_t repositories);

// A warning (evidence-unknown-login) at the first ledger entry of each
// login that neither the roster nor `activities` has, in any case, with the
// near logins of both: a mistyped login would otherwise stand in the audit
// as a person of its own. `repositories`: how many the data covers.
std::vector<Diagnostic> unknown_ledger_logins(const Roster& roster, const Evidence& evidence,
                                              const ActivityIndex& activities,
                                              std::size_t repositories);

// Who an audit covers: everyone the roster or the ledger names, and, when
// `discover_from` is given, everyone active in those activities who meets
// some rule's criteria. Sorted by login.
std::vector<PersonResult> evaluate_people(const Evaluator& evaluator, const Roster& roster,
                                          const Evidence& evidence,
                                          const ActivityIndex* discover_from);

// One person, with the roster's word on what they hold (nothing when the
// roster does not list them).
PersonResult evaluate_person(const Evaluator& evaluator, const Roster& roster,
                             std::string_view login);

// One (person, rule) pair an audit section lists.
struct AuditEntry {
    const PersonResult* person = nullptr;
    const RuleResult* result = nullptr;
};

// How an audit groups what it found, each list sorted by login then rule order:
//  - candidates: eligible for a rule whose role they do not hold and the
//    roster's format can list (not sig-info's Reviewer), or for a title
//    rule (a rule without a role);
//  - unmet_holders: listed at a role whose rule's criteria they do not meet;
//  - waiting: criteria met, a prerequisite role missing, role not held
//    ("meets Reviewer criteria; not yet a Member");
//  - to_confirm: the candidates whose verdict rests on something a
//    maintainer must still confirm by hand (pending_confirmations).
// Reports show the candidates as the ladder and the titles apart:
//  - promotions: per person, the next role (the lowest role candidacy; a
//    promotion goes one rung at a time);
//  - titles: per person, the title rules they are candidates for;
//  - below: per person, the held roles whose criteria they do not meet
//    (unmet_holders, one entry each person).
struct PersonEntries {
    const PersonResult* person = nullptr;
    std::vector<const RuleResult*> results;  // rule-set order
};
struct AuditSections {
    std::vector<AuditEntry> candidates;
    std::vector<AuditEntry> unmet_holders;
    std::vector<AuditEntry> waiting;
    std::vector<AuditEntry> to_confirm;
    std::vector<AuditEntry> promotions;
    std::vector<PersonEntries> titles;
    std::vector<PersonEntries> below;
};
AuditSections sort_into_sections(const AuditReport& report);

// Whether the person holds the role the result's rule admits to (false for
// a title rule, which admits to none).
bool holds_rule_role(const PersonResult& person, const RuleResult& result);

}  // namespace sigaudit
