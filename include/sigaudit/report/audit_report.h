#pragma once

#include <string>
#include <vector>

#include "sigaudit/common/date.h"
#include "sigaudit/report/style.h"
#include "sigaudit/rules/result.h"
#include "sigaudit/rules/rule.h"

namespace sigaudit {

// What `audit` and `check` report: people's results under one rule set, as
// of one day. People are sorted by login (lower case); each person's results
// follow the rule set's order.
struct AuditReport {
    Date as_of;
    std::string roster_path;         // empty when no roster was read (check without --roster)
    const RuleSet* rules = nullptr;  // the rules evaluated: criteria in words, titles
    std::vector<PersonResult> people;
};

// One (person, rule) pair an audit section lists.
struct AuditEntry {
    std::string login;
    std::string rule;   // rule id
    std::string title;  // rule title
};

// How an audit groups what it found, each list sorted by login then rule order:
//  - candidates: eligible for a rule whose role they do not hold, or for a
//    title rule (a rule without a role);
//  - unmet_holders: listed at a role whose rule's criteria they do not meet;
//  - waiting: criteria met, a prerequisite role missing, role not held
//    ("meets Reviewer criteria; not yet a Member").
struct AuditSections {
    std::vector<AuditEntry> candidates;
    std::vector<AuditEntry> unmet_holders;
    std::vector<AuditEntry> waiting;
};
AuditSections sort_into_sections(const AuditReport& report);

// `audit`: a compact person x rule overview, then the three sections, then
// every person's details (each criterion with actual/required and evidence).
std::string render_audit_text(const AuditReport& report, const Style& style);
std::string render_audit_markdown(const AuditReport& report);

// `check LOGIN` (the report holds exactly one person): for every rule, each
// criterion with actual/required and a progress bar, what is missing in
// words, and links to the first few activities that already count.
std::string render_check_text(const AuditReport& report, const Style& style);
std::string render_check_markdown(const AuditReport& report);

// Both commands' JSON: schema "sigaudit/report@1" (DESIGN.md, "Output contracts");
// src/report/report_json.cc documents how the criteria tree maps to it.
std::string render_report_json(const AuditReport& report);

// What a criterion still lacks, in words, from its result and its rule
// definition: "1 more PR comment on someone else's PR in mindspore/mindspore
// or mindspore/models", "2 more of the 3 criteria", "a run of 2 consecutive
// months meeting both criteria; best run so far 2026-05..2026-06", "meet the
// excellent-developer criteria first". Empty when it passed.
std::string describe_missing(const CriterionResult& result, const Criterion& criterion);

}  // namespace sigaudit
