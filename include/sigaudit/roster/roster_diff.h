#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sigaudit/roster/roster.h"

namespace sigaudit {

// A role a person gained or lost between two versions of a roster, read
// with the ladder: a role listed in the head is gained only when the base
// did not already hold it (through it or a higher role), and a role listed in
// the base is lost only when the head no longer holds it. So a contributor
// moved up to Committers is one promotion, not a new Committer plus a lost
// Member. Logins compare case-insensitively.
struct RoleChange {
    std::string login;  // lower case
    std::string name;   // from the roster that lists the role
    Role role = Role::member;
    SourceLocation where;  // the entry in the roster that lists it (head for additions)
    // Additions: the highest role the base held (a promotion from it).
    // Removals: the highest role the head still holds (a step down to it).
    std::optional<Role> other_rung;
};

// A login that left the roster and one that came in with the same name or
// email: probably one person whose Gitee account was renamed. sigaudit
// cannot confirm that; it says so instead of reporting two strangers.
struct ProbableRename {
    std::string old_login;  // lower case
    std::string new_login;
    std::string name;  // as the head gives it
    bool same_name = false;
    bool same_email = false;
};

struct RosterDiff {
    std::vector<RoleChange> additions;  // sorted by login, then ladder order
    std::vector<RoleChange> removals;
    std::vector<ProbableRename> renames;  // by old login
};

RosterDiff diff_rosters(const Roster& base, const Roster& head);

}  // namespace sigaudit
