#include "sigaudit/audit/audit_report.h"

#include "sigaudit/rules/confirmation.h"

#include <algorithm>
#include <iterator>
#include <set>

#include <fmt/format.h>

#include "sigaudit/common/strings.h"

namespace sigaudit {

namespace {

bool meets_any_rule(const PersonResult& person) {
    return std::any_of(person.results.begin(), person.results.end(),
                       [](const RuleResult& result) { return result.criteria_met; });
}

bool holds(const PersonResult& person, Role role) {
    return std::find(person.roles.begin(), person.roles.end(), role) != person.roles.end();
}

}  // namespace

std::vector<std::string> near_logins(const std::string& lower, const std::set<std::string>& known) {
    constexpr std::size_t kMaxEdits = 2;
    constexpr std::size_t kMaxSuggestions = 3;
    std::vector<std::pair<std::size_t, std::string>> near;
    for (const std::string& candidate : known) {
        if (const std::size_t edits = edit_distance(lower, to_lower_ascii(candidate));
            edits <= kMaxEdits) {
            near.emplace_back(edits, candidate);
        }
    }
    std::sort(near.begin(), near.end());
    std::vector<std::string> out;
    for (std::size_t i = 0; i < near.size() && i < kMaxSuggestions; ++i) {
        out.push_back(near[i].second);
    }
    return out;
}

std::vector<Diagnostic> unknown_ledger_logins(const Roster& roster, const Evidence& evidence,
                                              const ActivityIndex& activities,
                                              std::size_t repositories) {
    const std::vector<std::string> listed = roster.logins();  // lower case, sorted
    std::set<std::string> known(listed.begin(), listed.end());
    const std::vector<std::string> active = activities.logins();
    known.insert(active.begin(), active.end());
    std::vector<Diagnostic> out;
    std::set<std::string> warned;
    for (const EvidenceEntry& entry : evidence.entries()) {
        const std::string lower = to_lower_ascii(entry.login);
        if (known.count(lower) > 0 || activities.person(lower) || !warned.insert(lower).second) {
            continue;
        }
        const std::vector<std::string> near = near_logins(lower, known);
        out.push_back(make_diagnostic(
            Code::evidence_unknown_login, entry.where,
            fmt::format(
                "'{}' is neither on the roster nor in the Gitee data of {}; {}", entry.login,
                count_of(static_cast<std::int64_t>(repositories), "repository", "repositories"),
                near.empty() ? std::string("check the spelling of the login")
                             : "did you mean " + join_words(near, " or ") + "?")));
    }
    return out;
}

std::optional<UnknownLogin> unknown_login(std::string_view login, const Roster& roster,
                                          const Evidence& evidence, const ActivityIndex& activities,
                                          std::size_t repositories) {
    const std::string lower = to_lower_ascii(login);
    const std::vector<std::string> listed = roster.logins();  // lower case, sorted
    if (activities.person(lower) || std::binary_search(listed.begin(), listed.end(), lower) ||
        !evidence.of(login).empty()) {
        return std::nullopt;
    }
    const std::vector<std::string> active = activities.logins();
    std::set<std::string> known(listed.begin(), listed.end());
    known.insert(active.begin(), active.end());
    known.insert(evidence.logins().begin(), evidence.logins().end());
    return UnknownLogin{repositories, near_logins(lower, known)};
}

PersonResult evaluate_person(const Evaluator& evaluator, const Roster& roster,
                             std::string_view login) {
    return evaluator.evaluate(roster.person(login));
}

std::vector<PersonResult> evaluate_people(const Evaluator& evaluator, const Roster& roster,
                                          const Evidence& evidence,
                                          const ActivityIndex* discover_from) {
    std::set<std::string> logins;
    for (const std::string& login : roster.logins()) {
        logins.insert(login);
    }
    for (const std::string& login : evidence.logins()) {
        logins.insert(login);
    }
    std::vector<PersonResult> people;
    for (const std::string& login : logins) {
        people.push_back(evaluate_person(evaluator, roster, login));
    }
    if (discover_from != nullptr) {
        for (const std::string& login : discover_from->logins()) {
            if (logins.count(login) > 0) {
                continue;
            }
            PersonResult person = evaluate_person(evaluator, roster, login);
            if (meets_any_rule(person)) {
                people.push_back(std::move(person));
            }
        }
        std::sort(people.begin(), people.end(),
                  [](const auto& a, const auto& b) { return a.login < b.login; });
    }
    return people;
}

std::vector<Diagnostic> errors_of(const std::vector<Diagnostic>& findings) {
    std::vector<Diagnostic> errors;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(errors),
                 [](const Diagnostic& d) { return d.severity == Severity::error; });
    return errors;
}

ExitCode exit_code(const AuditReport& report) {
    return report.roster_errors.empty() ? kExitOk : kExitFindings;
}

bool holds_rule_role(const PersonResult& person, const RuleResult& result) {
    return result.rule->role && holds(person, *result.rule->role);
}

namespace {

// Appends `result` to the entry of its person, which is the last one when
// entries come sorted by person.
void add_to_person(std::vector<PersonEntries>& groups, const AuditEntry& entry) {
    if (groups.empty() || groups.back().person != entry.person) {
        groups.push_back({entry.person, {}});
    }
    groups.back().results.push_back(entry.result);
}

void group_candidates(AuditSections& sections) {
    for (const AuditEntry& entry : sections.candidates) {
        const auto& role = entry.result->rule->role;
        if (!role) {
            add_to_person(sections.titles, entry);
            continue;
        }
        AuditEntry* same =
            sections.promotions.empty() || sections.promotions.back().person != entry.person
                ? nullptr
                : &sections.promotions.back();
        if (same == nullptr) {
            sections.promotions.push_back(entry);
        } else if (*role < *same->result->rule->role) {
            *same = entry;
        }
    }
    for (const AuditEntry& entry : sections.unmet_holders) {
        add_to_person(sections.below, entry);
    }
}

}  // namespace

AuditSections sort_into_sections(const AuditReport& report) {
    std::vector<const PersonResult*> people;
    for (const PersonResult& person : report.people) {
        people.push_back(&person);
    }
    std::stable_sort(people.begin(), people.end(), [](const auto* a, const auto* b) {
        return to_lower_ascii(a->login) < to_lower_ascii(b->login);
    });
    AuditSections sections;
    // People by login, each person's results in rule-set order: every list
    // comes out sorted by login, then rule order, with no sort of its own.
    for (const PersonResult* person : people) {
        for (const RuleResult& result : person->results) {
            const bool held = holds_rule_role(*person, result);
            const AuditEntry entry{person, &result};
            // A rung the file has no list for (sig-info's Reviewer) cannot be
            // added to it; meeting it shows in the rungs above instead.
            const bool listable =
                !result.rule->role || lists_rung(person->format, *result.rule->role);
            if (result.eligible && !held && listable) {
                sections.candidates.push_back(entry);
                if (!pending_confirmations(result).empty()) {
                    sections.to_confirm.push_back(entry);
                }
            }
            if (held && !result.criteria_met) {
                sections.unmet_holders.push_back(entry);
            }
            if (result.criteria_met && !result.prerequisites_met && !held) {
                sections.waiting.push_back(entry);
            }
        }
    }
    group_candidates(sections);
    return sections;
}

}  // namespace sigaudit
