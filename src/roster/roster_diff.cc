#include "sigaudit/roster/roster_diff.h"

namespace sigaudit {

namespace {

// The first entry listing `login` under `role`: where a reviewer of the
// change looks, and the name that entry gives.
const RosterEntry* first_listing(const Roster& roster, const std::string& login, Role role) {
    for (const RosterEntry& entry : roster.entries()) {
        if (entry.role == role && entry.login == login) {
            return &entry;
        }
    }
    return nullptr;
}

RoleChange change_in(const Roster& roster, const std::string& login, Role role) {
    RoleChange change;
    change.login = login;
    change.role = role;
    if (const RosterEntry* entry = first_listing(roster, login, role)) {
        change.where = entry->where;
        change.name = entry->name;
    }
    // An entry may leave the name out where another entry of the person has it.
    if (change.name.empty()) {
        change.name = roster.name_of(login);
    }
    return change;
}

// Roles `from` lists that `other` does not. Roster::logins() is sorted and
// the ladder is walked lowest first, so the result is already in report order.
// Entries without a login are not in logins(): lint reports them instead.
std::vector<RoleChange> listed_only_in(const Roster& from, const Roster& other) {
    std::vector<RoleChange> changes;
    for (const std::string& login : from.logins()) {
        for (Role role : kLadder) {
            if (from.lists(login, role) && !other.lists(login, role)) {
                changes.push_back(change_in(from, login, role));
            }
        }
    }
    return changes;
}

}  // namespace

RosterDiff diff_rosters(const Roster& base, const Roster& head) {
    return {listed_only_in(head, base), listed_only_in(base, head)};
}

}  // namespace sigaudit
