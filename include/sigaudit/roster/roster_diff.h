#pragma once

#include <string>
#include <vector>

#include "sigaudit/roster/roster.h"

namespace sigaudit {

// A role a person gained or lost between two versions of a roster. Roles
// compare as listed (a person moved from Reviewers to Committers gains
// committer and loses reviewer), logins case-insensitively.
struct RoleChange {
    std::string login;  // lower case
    std::string name;   // from the roster that lists the role
    Role role = Role::member;
    SourceLocation where;  // the entry in the roster that lists it (head for additions)
};

struct RosterDiff {
    std::vector<RoleChange> additions;  // sorted by login, then ladder order
    std::vector<RoleChange> removals;
};

RosterDiff diff_rosters(const Roster& base, const Roster& head);

}  // namespace sigaudit
