#include "sigaudit/roster/roster.h"

#include <algorithm>

#include "sigaudit/common/enum_names.h"
#include "sigaudit/common/strings.h"

namespace sigaudit {

namespace {

constexpr EnumNames<Role, 4> kRoleIds({{{Role::member, "member"},
                                        {Role::reviewer, "reviewer"},
                                        {Role::committer, "committer"},
                                        {Role::maintainer, "maintainer"}}});
constexpr EnumNames<Role, 4> kRoleTitles({{{Role::member, "Member"},
                                           {Role::reviewer, "Reviewer"},
                                           {Role::committer, "Committer"},
                                           {Role::maintainer, "Maintainer"}}});

}  // namespace

std::string_view role_id(Role role) {
    return kRoleIds.name(role);
}

std::string_view role_title(Role role) {
    return kRoleTitles.name(role);
}

std::optional<Role> role_from_id(std::string_view id) {
    return kRoleIds.parse(id);
}

std::string_view to_string(RosterFormat format) {
    return format == RosterFormat::sig_info ? "sig-info" : "sig-members";
}

std::string_view file_name(RosterFormat format) {
    return format == RosterFormat::sig_info ? "sig-info.yaml" : "sig_members.yaml";
}

bool lists_rung(RosterFormat format, Role role) {
    return format == RosterFormat::sig_members || role != Role::reviewer;
}

Roster::Roster(std::string path, RosterFormat format, RosterContents contents)
    : path_(std::move(path)),
      format_(format),
      entries_(std::move(contents.entries)),
      positions_(std::move(contents.positions)),
      repositories_(std::move(contents.repositories)) {
    for (const RosterEntry& entry : entries_) {
        if (entry.login.empty()) {
            continue;
        }
        Person& person = people_[entry.login];
        person.roles.add(entry.role);
        if (person.name.empty()) {
            person.name = entry.name;
        }
        if (person.email.empty()) {
            person.email = entry.email;
        }
    }
    // Someone listed only as a mentor holds no rung but is still someone
    // the file names: the audit shows them rather than lose them.
    for (const RosterPosition& position : positions_) {
        if (position.login.empty()) {
            continue;
        }
        std::vector<std::string>& titles = people_[position.login].positions;
        if (std::find(titles.begin(), titles.end(), position.title) == titles.end()) {
            titles.push_back(position.title);
        }
    }
}

const Roster::Person* Roster::find(std::string_view login) const {
    const auto it = people_.find(to_lower_ascii(login));
    return it == people_.end() ? nullptr : &it->second;
}

RoleListing RoleListing::without(Role role) const {
    RoleListing rest = *this;
    rest.bits_ &= ~bit(role);
    return rest;
}

RoleListing RoleListing::with(const RoleListing& other) const {
    RoleListing both = *this;
    both.bits_ |= other.bits_;
    return both;
}

std::vector<Role> RoleListing::held() const {
    std::vector<Role> roles;
    for (Role role : kLadder) {
        if (holds(role)) {
            roles.push_back(role);
        }
    }
    return roles;
}

bool Roster::holds(std::string_view login, Role role) const {
    const Person* person = find(login);
    return person != nullptr && person->roles.holds(role);
}

bool Roster::lists(std::string_view login, Role role) const {
    const Person* person = find(login);
    return person != nullptr && person->roles.lists(role);
}

RosterPerson Roster::person(std::string_view login) const {
    RosterPerson out;
    out.login = to_lower_ascii(login);
    out.format = format_;
    if (const Person* person = find(login)) {
        out.name = person->name;
        out.roles = person->roles;
        out.positions = person->positions;
    }
    return out;
}

std::optional<Role> Roster::highest_role(std::string_view login) const {
    std::optional<Role> highest;
    for (Role role : kLadder) {
        if (lists(login, role)) {
            highest = role;
        }
    }
    return highest;
}

std::string Roster::name_of(std::string_view login) const {
    const Person* person = find(login);
    return person == nullptr ? std::string() : person->name;
}

std::string Roster::email_of(std::string_view login) const {
    const Person* person = find(login);
    return person == nullptr ? std::string() : person->email;
}

std::vector<std::string> Roster::logins() const {
    return sorted_keys(people_);
}

int Roster::count_holding(Role role) const {
    return static_cast<int>(std::count_if(
        people_.begin(), people_.end(), [&](const auto& item) { return holds(item.first, role); }));
}

}  // namespace sigaudit
