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

// The roles one person is listed under, read with the ladder: listed at a
// role, a person holds it and every role below it.
class RoleListing {
  public:
    RoleListing() = default;
    void add(Role role) { bits_ |= bit(role); }
    // The same listing without `role`'s own list: what the rest of a roster
    // says of the person when that one listing is what is being judged.
    RoleListing without(Role role) const;

    bool lists(Role role) const { return (bits_ & bit(role)) != 0; }
    // Listed at `role` or at any higher role.
    bool holds(Role role) const { return (bits_ & ~(bit(role) - 1u)) != 0; }
    // Every role held, ladder order.
    std::vector<Role> held() const;
    bool empty() const { return bits_ == 0; }

  private:
    static unsigned bit(Role role) { return 1u << static_cast<unsigned>(role); }
    unsigned bits_ = 0;
};

// What a roster says of one person: enough to evaluate and name them.
struct RosterPerson {
    std::string login;  // lower case
    std::string name;   // the first non-empty name the roster gives; may be empty
    RoleListing roles;
};

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
    // The person as the roster lists them; someone it does not list has no
    // name and no role.
    RosterPerson person(std::string_view login) const;
    // Every identified person, lower case, sorted.
    std::vector<std::string> logins() const;
    // How many people hold `role` (ladder semantics).
    int count_holding(Role role) const;

  private:
    struct Person {
        RoleListing roles;
        std::string name;
    };
    const Person* find(std::string_view login) const;

    std::string path_;
    RosterFormat format_ = RosterFormat::sig_members;
    std::vector<RosterEntry> entries_;
    std::unordered_map<std::string, Person> people_;
};

}  // namespace sigaudit
