#include "sigaudit/audit/ci_report.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <utility>

#include "sigaudit/common/strings.h"

namespace sigaudit {

CiAddition judge_addition(const RoleChange& change, const Roster& base, const Roster& head,
                          const Evaluator& evaluator) {
    CiAddition addition{change, false, std::nullopt, std::nullopt};
    const Rule* rule = evaluator.rules().for_role(change.role);
    if (rule == nullptr) {
        return addition;
    }
    RosterPerson person = head.person(change.login);
    person.roles = person.roles.without(change.role).with(base.person(change.login).roles);
    for (RuleResult& result : evaluator.evaluate(person).results) {
        if (result.rule == rule) {
            addition.justified = result.eligible;
            addition.result = std::move(result);
        }
    }
    return addition;
}

CiReport judge_roster_change(const Roster& base, const Roster& head,
                             std::vector<Diagnostic> head_lint, const Evaluator& evaluator) {
    const RosterDiff diff = diff_rosters(base, head);
    CiReport report;
    report.base_path = base.path();
    report.head_path = head.path();
    report.as_of = evaluator.as_of();
    for (const RoleChange& change : diff.additions) {
        CiAddition addition = judge_addition(change, base, head, evaluator);
        for (const ProbableRename& rename : diff.renames) {
            if (rename.new_login == change.login && base.holds(rename.old_login, change.role)) {
                addition.rename = rename;
            }
        }
        report.additions.push_back(std::move(addition));
    }
    report.removals = diff.removals;
    report.renames = diff.renames;
    if (head.repositories().repos != base.repositories().repos) {
        report.head_sig_repositories = head.repositories().repos;
    }
    report.lint = std::move(head_lint);
    return report;
}

namespace {

auto entry_key(const EvidenceEntry& e) {
    return std::tie(e.login, e.type, e.date, e.count, e.url, e.note, e.criterion, e.by);
}

}  // namespace

std::vector<const EvidenceEntry*> entries_not_in(const Evidence& head, const Evidence& base) {
    std::vector<const EvidenceEntry*> out;
    for (const EvidenceEntry& entry : head.entries()) {
        const std::vector<const EvidenceEntry*>& theirs = base.of(entry.login);
        const bool kept = std::any_of(theirs.begin(), theirs.end(), [&](const EvidenceEntry* b) {
            return entry_key(*b) == entry_key(entry);
        });
        if (!kept) {
            out.push_back(&entry);
        }
    }
    return out;
}

Evidence ledger_without(const Evidence& ledger, const std::vector<const EvidenceEntry*>& drop) {
    std::vector<EvidenceEntry> kept;
    for (const EvidenceEntry& entry : ledger.entries()) {
        if (std::find(drop.begin(), drop.end(), &entry) == drop.end()) {
            kept.push_back(entry);
        }
    }
    return Evidence(std::move(kept));
}

void mark_new_evidence(CiReport& report, const Roster& base, const Roster& head,
                       const Evaluator& without_new,
                       const std::vector<const EvidenceEntry*>& new_entries, bool ignore) {
    for (CiAddition& addition : report.additions) {
        if (!addition.justified ||
            judge_addition(addition.change, base, head, without_new).justified) {
            continue;
        }
        const std::string login = to_lower_ascii(addition.change.login);
        for (const EvidenceEntry* entry : new_entries) {
            if (entry->login == login) {
                addition.new_evidence.push_back(entry->where);
            }
        }
        if (ignore) {
            addition.justified = false;
            addition.new_evidence_ignored = true;
        }
    }
}

namespace {

// A finding as it reads wherever its line has moved to: digits set aside.
std::pair<Code, std::string> lint_key(const Diagnostic& d) {
    std::string message;
    for (const char c : d.message) {
        if (c < '0' || c > '9') {
            message += c;
        } else if (message.empty() || message.back() != '#') {
            message += '#';
        }
    }
    return {d.code, message};
}

}  // namespace

void keep_new_lint(CiReport& report, const std::vector<Diagnostic>& base_lint) {
    std::multiset<std::pair<Code, std::string>> in_base;
    for (const Diagnostic& d : base_lint) {
        in_base.insert(lint_key(d));
    }
    std::vector<Diagnostic> introduced;
    for (Diagnostic& d : report.lint) {
        const auto found = in_base.find(lint_key(d));
        if (found == in_base.end()) {
            introduced.push_back(std::move(d));
        } else {
            in_base.erase(found);
            report.lint_in_base += static_cast<std::size_t>(1 + d.folded);
        }
    }
    report.lint = std::move(introduced);
}

int count_unjustified(const CiReport& report) {
    return static_cast<int>(std::count_if(report.additions.begin(), report.additions.end(),
                                          [](const CiAddition& a) { return !a.justified; }));
}

ExitCode exit_code(const CiReport& report) {
    if (report.failure) {
        return report.failure->exit_code;
    }
    return count_unjustified(report) > 0 || has_errors(report.lint) ? kExitFindings : kExitOk;
}

}  // namespace sigaudit
