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
// The file name the format goes by in messages: "sig-info.yaml".
std::string_view file_name(RosterFormat format);
// Whether the format keeps a list for the rung. sig_members.yaml lists all
// four; sig-info.yaml lists contributors (Members), committers and
// maintainers but no Reviewers, so whoever needs that rung must show it by
// meeting the rung's own rule (the evaluator's part).
bool lists_rung(RosterFormat format, Role role);

// The roles one person is listed under, read with the ladder: listed at a
// role, a person holds it and every role below it.
class RoleListing {
  public:
    RoleListing() = default;
    void add(Role role) { bits_ |= bit(role); }
    // The same listing without `role`'s own list: what the rest of a roster
    // says of the person when that one listing is what is being judged.
    RoleListing without(Role role) const;
    // Both listings together.
    RoleListing with(const RoleListing& other) const;

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
    // The roster's format: which rungs it could have listed the person at.
    RosterFormat format = RosterFormat::sig_members;
    // Positions beside the ladder ("mentor", "repository admin of
    // mindspore/docs"), in file order, each once.
    std::vector<std::string> positions;
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

// A place a roster gives someone beside the ladder: sig-info.yaml's
// mentors, repository admins and per-repository maintainers. Reports show
// it; no rule reads it.
struct RosterPosition {
    std::string login;  // lower case; empty when the entry has no usable identity
    std::string title;  // "mentor", "maintainer of mindspore/docs"
    SourceLocation where;
};

// The repositories a roster names as the SIG's own (sig-info.yaml's
// `repositories[].repo`), each once, in file order.
struct SigRepositories {
    std::vector<std::string> repos;  // "owner/repo", lower case
    SourceLocation where;            // the `repositories` key
};

// Everything a roster reader found in a file.
struct RosterContents {
    std::vector<RosterEntry> entries;
    std::vector<RosterPosition> positions;
    SigRepositories repositories;
};

class Roster {
  public:
    Roster() = default;
    Roster(std::string path, RosterFormat format, RosterContents contents);
    Roster(std::string path, RosterFormat format, std::vector<RosterEntry> entries)
        : Roster(std::move(path), format, RosterContents{std::move(entries), {}, {}}) {}

    const std::string& path() const { return path_; }
    RosterFormat format() const { return format_; }
    const std::vector<RosterEntry>& entries() const { return entries_; }
    const std::vector<RosterPosition>& positions() const { return positions_; }
    // Empty when the file names none (sig_members.yaml never does).
    const SigRepositories& repositories() const { return repositories_; }

    // Listed at `role` or at any higher role. Logins compare case-insensitively.
    bool holds(std::string_view login, Role role) const;
    // Listed under `role` itself.
    bool lists(std::string_view login, Role role) const;
    std::optional<Role> highest_role(std::string_view login) const;
    // The first non-empty name (email) the roster gives the person.
    std::string name_of(std::string_view login) const;
    std::string email_of(std::string_view login) const;
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
        std::string email;
        std::vector<std::string> positions;
    };
    const Person* find(std::string_view login) const;

    std::string path_;
    RosterFormat format_ = RosterFormat::sig_members;
    std::vector<RosterEntry> entries_;
    std::vector<RosterPosition> positions_;
    SigRepositories repositories_;
    std::unordered_map<std::string, Person> people_;
};

}  // namespace sigaudit
