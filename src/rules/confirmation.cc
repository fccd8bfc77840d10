#include "sigaudit/rules/confirmation.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "sigaudit/common/strings.h"

namespace sigaudit {

namespace {

using Pending = std::vector<const CriterionResult*>;
// What each shared `meets` result waits for, worked out once: a rule named
// twice by each of a chain of rules is reached along exponentially many paths.
using PendingMemo = std::map<const CriterionResult*, Pending>;

void collect_pending(const CriterionResult& node, Pending& out, PendingMemo& memo);

// Appends what `from` holds that `out` does not.
void append_new(Pending& out, const Pending& from) {
    for (const CriterionResult* node : from) {
        if (std::find(out.begin(), out.end(), node) == out.end()) {
            out.push_back(node);
        }
    }
}

// An `any` needs no confirmation when one alternative passes without one.
void collect_any(const CriterionResult& node, Pending& out, PendingMemo& memo) {
    Pending waiting;
    for (const CriterionResult& child : node.children) {
        if (child.optional() || !child.passed) {
            continue;
        }
        Pending of_child;
        collect_pending(child, of_child, memo);
        if (of_child.empty()) {
            return;
        }
        append_new(waiting, of_child);
    }
    append_new(out, waiting);
}

void collect_pending(const CriterionResult& node, Pending& out, PendingMemo& memo) {
    if (!node.passed || node.optional()) {
        return;
    }
    if (node.awaits_confirmation()) {
        append_new(out, {&node});
    }
    if (node.met) {
        auto found = memo.find(node.met.get());
        if (found == memo.end()) {
            Pending of_rule;
            collect_pending(*node.met, of_rule, memo);
            found = memo.emplace(node.met.get(), std::move(of_rule)).first;
        }
        append_new(out, found->second);
        return;
    }
    if (node.type() == CriterionType::any) {
        collect_any(node, out, memo);
        return;
    }
    for (const CriterionResult& child : node.children) {
        collect_pending(child, out, memo);
    }
}

// Every (rule, criterion) with a `confirm`, for the ledger check.
void for_each_confirmable(const Criterion& criterion, const auto& visit) {
    if (!criterion.confirm.empty()) {
        visit(criterion);
    }
    for (const Criterion& child : criterion.children) {
        for_each_confirmable(child, visit);
    }
}

bool is_confirmable(const RuleSet& rules, std::string_view written) {
    bool found = false;
    for (const Rule& rule : rules.rules) {
        for_each_confirmable(rule.criteria, [&](const Criterion& criterion) {
            found = found || names_criterion(written, criterion);
        });
    }
    return found;
}

std::vector<std::string> confirmable_names(const RuleSet& rules) {
    std::vector<std::string> names;
    for (const Rule& rule : rules.rules) {
        for_each_confirmable(rule.criteria, [&](const Criterion& criterion) {
            names.push_back(criterion.confirm_key);
        });
    }
    return names;
}

}  // namespace

bool names_criterion(std::string_view written, const Criterion& criterion) {
    const std::string lower = to_lower_ascii(written);
    return !criterion.confirm_key.empty() &&
           (lower == criterion.id || lower == criterion.confirm_key);
}

std::vector<const CriterionResult*> pending_confirmations(const RuleResult& result) {
    Pending out;
    PendingMemo memo;
    collect_pending(result.criteria, out, memo);
    return out;
}

std::vector<Diagnostic> confirmation_findings(const RuleSet& rules, const Evidence& evidence) {
    std::vector<Diagnostic> findings;
    for (const EvidenceEntry& entry : evidence.entries()) {
        if (entry.type != EvidenceType::confirmation || is_confirmable(rules, entry.criterion)) {
            continue;
        }
        const std::vector<std::string> names = confirmable_names(rules);
        findings.push_back(make_diagnostic(
            Code::evidence_unknown_criterion, entry.criterion_where,
            fmt::format("the confirmation for '{}' names '{}', which no rule asks to confirm; {}",
                        entry.login, entry.criterion,
                        names.empty() ? std::string("these rules ask for no confirmation")
                                      : "criteria that ask: " + join_words(names))));
    }
    return findings;
}

}  // namespace sigaudit
