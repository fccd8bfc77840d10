#pragma once

#include <string>
#include <vector>

#include "sigaudit/roster/roster.h"
#include "sigaudit/rules/result.h"

namespace sigaudit {

// One listing a maintainer would add: a person eligible for a role the
// roster does not list them at.
struct SuggestedListing {
    std::string login;
    std::string name;   // from the roster; empty for someone --discover found
    std::string email;  // the roster's, when another of the person's entries has one
};

// The listings to add under one role's list, in the roster's own terms.
struct SuggestedList {
    Role role = Role::member;
    RosterFormat format = RosterFormat::sig_members;
    // The list as the roster writes it ("Reviewers", "repositories[1].committers"),
    // or the format's own name for it when the roster has no such list yet.
    std::string list_key;
    int after_line = 0;  // the line of the list's last entry; 0 when there is no list yet
    std::vector<SuggestedListing> listings;  // by login
};

// What the audit suggests adding to `roster`: every person eligible for a
// ladder role they do not hold, at the lowest such role (a promotion goes
// one rung at a time; a rung the format has no list for, sig-info's
// Reviewer, is left out), grouped by role in ladder order.
std::vector<SuggestedList> suggest_additions(const Roster& roster,
                                             const std::vector<PersonResult>& people);

}  // namespace sigaudit
