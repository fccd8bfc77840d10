#include "sigaudit/rules/confirmation.h"

#include <fmt/format.h>

#include "sigaudit/common/strings.h"

namespace sigaudit {

namespace {

void collect_pending(const CriterionResult& node, std::vector<const CriterionResult*>& out);

// An `any` needs no confirmation when one alternative passes without one.
void collect_any(const CriterionResult& node, std::vector<const CriterionResult*>& out) {
    std::vector<const CriterionResult*> waiting;
    for (const CriterionResult& child : node.children) {
        if (child.optional() || !child.passed) {
            continue;
        }
        std::vector<const CriterionResult*> of_child;
        collect_pending(child, of_child);
        if (of_child.empty()) {
            return;
        }
        waiting.insert(waiting.end(), of_child.begin(), of_child.end());
    }
    out.insert(out.end(), waiting.begin(), waiting.end());
}

void collect_pending(const CriterionResult& node, std::vector<const CriterionResult*>& out) {
    if (!node.passed || node.optional()) {
        return;
    }
    if (node.awaits_confirmation()) {
        out.push_back(&node);
    }
    if (node.type() == CriterionType::any) {
        collect_any(node, out);
        return;
    }
    for (const CriterionResult& child : node.children) {
        collect_pending(child, out);
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
    std::vector<const CriterionResult*> out;
    collect_pending(result.criteria, out);
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
