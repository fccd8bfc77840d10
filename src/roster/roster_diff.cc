#include "sigaudit/roster/roster_diff.h"

#include "sigaudit/common/strings.h"

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

// Roles `from` lists that `other` does not hold. Roster::logins() is sorted
// and the ladder is walked lowest first, so the result is already in report
// order. Entries without a login are not in logins(): lint reports them.
std::vector<RoleChange> listed_only_in(const Roster& from, const Roster& other) {
    std::vector<RoleChange> changes;
    for (const std::string& login : from.logins()) {
        for (Role role : kLadder) {
            if (from.lists(login, role) && !other.holds(login, role)) {
                changes.push_back(change_in(from, login, role));
                changes.back().other_rung = other.highest_role(login);
            }
        }
    }
    return changes;
}

bool listed_at_all(const Roster& roster, const std::string& login) {
    return roster.highest_role(login).has_value();
}

bool same_text(const std::string& a, const std::string& b) {
    return !a.empty() && to_lower_ascii(trim(a)) == to_lower_ascii(trim(b));
}

// Each login the head dropped paired with the first login it brought in
// under the same name or email; each new login pairs once.
std::vector<ProbableRename> probable_renames(const Roster& base, const Roster& head) {
    std::vector<std::string> arrived;
    for (const std::string& login : head.logins()) {
        if (listed_at_all(head, login) && !listed_at_all(base, login)) {
            arrived.push_back(login);
        }
    }
    std::vector<ProbableRename> renames;
    for (const std::string& old_login : base.logins()) {
        if (!listed_at_all(base, old_login) || listed_at_all(head, old_login)) {
            continue;
        }
        for (auto it = arrived.begin(); it != arrived.end(); ++it) {
            ProbableRename rename{old_login, *it, head.name_of(*it),
                                  same_text(base.name_of(old_login), head.name_of(*it)),
                                  same_text(base.email_of(old_login), head.email_of(*it))};
            if (rename.same_name || rename.same_email) {
                renames.push_back(std::move(rename));
                arrived.erase(it);
                break;
            }
        }
    }
    return renames;
}

}  // namespace

RosterDiff diff_rosters(const Roster& base, const Roster& head) {
    return {listed_only_in(head, base), listed_only_in(base, head), probable_renames(base, head)};
}

}  // namespace sigaudit
