#include "sigaudit/audit/roster_suggestion.h"

#include <algorithm>
#include <map>

#include "sigaudit/audit/audit_report.h"

namespace sigaudit {

namespace {

// The key a new list of `role` gets in a roster of `format` that has none.
std::string default_list_key(RosterFormat format, Role role) {
    if (format == RosterFormat::sig_info) {
        return role == Role::member ? "contributors" : std::string(role_id(role)) + "s";
    }
    return role == Role::member ? "Contributors" : std::string(role_title(role)) + "s";
}

// The lowest ladder role the person is eligible for, does not hold, and the
// roster can list.
const RuleResult* next_rung(const PersonResult& person, RosterFormat format) {
    const RuleResult* lowest = nullptr;
    for (const RuleResult& result : person.results) {
        const auto& role = result.rule->role;
        if (!role || !result.eligible || holds_rule_role(person, result) ||
            !lists_rung(format, *role)) {
            continue;
        }
        if (lowest == nullptr || *role < *lowest->rule->role) {
            lowest = &result;
        }
    }
    return lowest;
}

std::string email_of(const Roster& roster, const std::string& login) {
    for (const RosterEntry& entry : roster.entries()) {
        if (entry.login == login && !entry.email.empty()) {
            return entry.email;
        }
    }
    return {};
}

// Where the role's list is: its key and the line of its last entry.
void place_list(const Roster& roster, SuggestedList& list) {
    for (const RosterEntry& entry : roster.entries()) {
        if (entry.role == list.role && entry.repositories.empty()) {
            list.list_key = entry.list_key;
            list.after_line = std::max(list.after_line, entry.where.line);
        }
    }
    if (!list.list_key.empty()) {
        return;
    }
    // sig-info.yaml keeps committers per repository group: the first group's.
    for (const RosterEntry& entry : roster.entries()) {
        if (entry.role == list.role && (list.list_key.empty() || entry.list_key == list.list_key)) {
            list.list_key = entry.list_key;
            list.after_line = std::max(list.after_line, entry.where.line);
        }
    }
    if (list.list_key.empty()) {
        list.list_key = default_list_key(list.format, list.role);
    }
}

}  // namespace

std::vector<SuggestedList> suggest_additions(const Roster& roster,
                                             const std::vector<PersonResult>& people) {
    std::map<Role, std::vector<SuggestedListing>> by_role;
    for (const PersonResult& person : people) {
        if (const RuleResult* result = next_rung(person, roster.format())) {
            by_role[*result->rule->role].push_back(
                {person.login, person.name, email_of(roster, person.login)});
        }
    }
    std::vector<SuggestedList> out;
    for (auto& [role, listings] : by_role) {
        std::sort(listings.begin(), listings.end(),
                  [](const auto& a, const auto& b) { return a.login < b.login; });
        SuggestedList list{role, roster.format(), {}, 0, std::move(listings)};
        place_list(roster, list);
        out.push_back(std::move(list));
    }
    return out;
}

}  // namespace sigaudit
