#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sigaudit/common/diagnostic.h"

namespace sigaudit {

// The SIG ladder, lowest first: holding a role implies holding every role below it.
enum class Role { member, reviewer, committer, maintainer };
inline constexpr std::array<Role, 4> kLadder = {Role::member, Role::reviewer, Role::committer,
                                                Role::maintainer};

std::string_view role_id(Role role);     // "member": rule ids, JSON
std::string_view role_title(Role role);  // "Member": messages
std::optional<Role> role_from_id(std::string_view id);

enum class RosterFormat { sig_members, sig_info };
std::string_view to_string(RosterFormat format);

// One person listed under one role list.
struct RosterEntry {
    Role role = Role::member;
    std::string login;     // lower case; empty when the entry has no usable identity
    std::string name;      // as written, trimmed
    std::string email;     // as written, trimmed
    std::string list_key;  // the list as written: "Contributors", "repositories[1].committers"
    std::vector<std::string> repositories;  // sig-info.yaml: the repository group of the list
    SourceLocation where;
};

class Roster {
  public:
    Roster() = default;
    Roster(std::string path, RosterFormat format, std::vector<RosterEntry> entries);

    const std::string& path() const { return path_; }
    RosterFormat format() const { return format_; }
    const std::vector<RosterEntry>& entries() const { return entries_; }

    // Listed at `role` or at any higher role. Logins compare case-insensitively.
    bool holds(std::string_view login, Role role) const;
    // Listed under `role` itself.
    bool lists(std::string_view login, Role role) const;
    std::optional<Role> highest_role(std::string_view login) const;
    // The first non-empty name the roster gives the person.
    std::string name_of(std::string_view login) const;
    // Every identified person, lower case, sorted.
    std::vector<std::string> logins() const;
    // How many people hold `role` (ladder semantics).
    int count_holding(Role role) const;

  private:
    struct Person {
        unsigned listed_roles = 0;  // bit per Role
        std::string name;
    };
    const Person* find(std::string_view login) const;

    std::string path_;
    RosterFormat format_ = RosterFormat::sig_members;
    std::vector<RosterEntry> entries_;
    std::unordered_map<std::string, Person> people_;
};

}  // namespace sigaudit
