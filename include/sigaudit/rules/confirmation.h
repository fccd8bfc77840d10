#pragma once

#include <string_view>
#include <vector>

#include "sigaudit/common/diagnostic.h"
#include "sigaudit/evidence/evidence.h"
#include "sigaudit/rules/result.h"
#include "sigaudit/rules/rule.h"

namespace sigaudit {

// Some seed words have no trace on Gitee ("core code", "high-quality"): a
// criterion's `confirm` says what a maintainer must look at, and a ledger
// `confirmation` entry records that they did. The data alone decides the
// verdict; these say what it stands on.

// Whether a confirmation's `criterion` ("senior-developer/framework-core-code",
// or "framework-core-code" alone) names `criterion`, one with a `confirm`.
bool names_criterion(std::string_view written, const Criterion& criterion);

// The criteria still to confirm that the result's verdict rests on, in rule
// order. Only what decides counts: nothing of a failing or optional
// criterion, and nothing under an `any` that one alternative already meets
// with nothing to confirm; where every passing alternative waits, each is
// listed (confirming one is enough).
std::vector<const CriterionResult*> pending_confirmations(const RuleResult& result);

// Every confirmation in the ledger that names no criterion with a `confirm`
// in `rules`: a confirmation that clears nothing is a mistake to say, not to
// ignore (evidence-unknown-criterion, at the entry's `criterion`).
std::vector<Diagnostic> confirmation_findings(const RuleSet& rules, const Evidence& evidence);

}  // namespace sigaudit
