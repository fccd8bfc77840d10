#include "sigaudit/roster/roster_compare.h"

#include <optional>
#include <set>

#include <fmt/format.h>

namespace sigaudit {

namespace {

// The highest rung the person holds that both formats have a list for.
std::optional<Role> shared_rung(const Roster& roster, const std::string& login,
                                RosterFormat other) {
    std::optional<Role> highest;
    for (Role role : kLadder) {
        if (lists_rung(roster.format(), role) && lists_rung(other, role) &&
            roster.holds(login, role)) {
            highest = role;
        }
    }
    return highest;
}

// The entry listing the person at their highest role: where to point.
const RosterEntry* top_entry(const Roster& roster, const std::string& login) {
    const std::optional<Role> role = roster.highest_role(login);
    for (const RosterEntry& entry : roster.entries()) {
        if (role && entry.login == login && entry.role == *role) {
            return &entry;
        }
    }
    return nullptr;
}

std::string listing_words(const Roster& roster, const std::string& login,
                          const std::optional<Role>& rung) {
    const RosterEntry* entry = top_entry(roster, login);
    if (entry == nullptr || !rung) {
        return fmt::format("not listed in {}", roster.path());
    }
    return fmt::format("{} in {} (line {}, '{}')", role_title(*rung), roster.path(),
                       entry->where.line, entry->list_key);
}

}  // namespace

std::vector<Diagnostic> compare_rosters(const Roster& a, const Roster& b) {
    std::set<std::string> people;
    for (const Roster* roster : {&a, &b}) {
        for (const std::string& login : roster->logins()) {
            if (roster->highest_role(login)) {
                people.insert(login);
            }
        }
    }
    std::vector<Diagnostic> findings;
    for (const std::string& login : people) {
        const std::optional<Role> in_a = shared_rung(a, login, b.format());
        const std::optional<Role> in_b = shared_rung(b, login, a.format());
        if (in_a == in_b) {
            continue;
        }
        // Point at `a`'s entry when `a` lists the person, else at `b`'s.
        const bool in_first = top_entry(a, login) != nullptr;
        const std::string words_a = listing_words(a, login, in_a);
        const std::string words_b = listing_words(b, login, in_b);
        findings.push_back(make_diagnostic(
            Code::rosters_disagree, top_entry(in_first ? a : b, login)->where,
            fmt::format("the SIG's two rosters disagree on '{}': {}, but {}", login,
                        in_first ? words_a : words_b, in_first ? words_b : words_a)));
    }
    return findings;
}

}  // namespace sigaudit
