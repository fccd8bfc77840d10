#include "sig_info_reader.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "person_reader.h"
#include "role_key.h"
#include "sigaudit/common/gitee_login.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/common/yaml_document.h"

namespace sigaudit {

namespace {

// What each level of a sig-info.yaml holds: keys read as rungs, keys read as
// positions beside the ladder, and keys known and left alone (metadata, and
// template parts no person is read from).
constexpr std::array<std::string_view, 3> kTopRoleKeys = {"maintainers", "committers",
                                                          "contributors"};
constexpr std::array<std::string_view, 10> kTopOtherKeys = {
    "repositories", "mentors",      "name",        "description",  "description_en",
    "created_on",   "mailing_list", "meeting_url", "mature_level", "branches"};
constexpr std::array<std::string_view, 2> kGroupRoleKeys = {"committers", "contributors"};
constexpr std::array<std::string_view, 6> kGroupOtherKeys = {
    "repo", "maintainers", "repo_admin", "repo-admin", "directory", "branches"};

// Every person of a repository group carries the group's repositories, so
// people times repositories are copied: a few lines listing thousands of each
// would cost gigabytes. A real group lists a handful of each; one file may
// copy this many bytes of repository names in all, and a list that would go
// past it is reported and left unread.
constexpr std::size_t kMaxRepositoryCopyBytes = 32u * 1024u * 1024u;

std::optional<Role> rung_of(std::string_view key) {
    if (iequals(key, "maintainers"))
        return Role::maintainer;
    if (iequals(key, "committers"))
        return Role::committer;
    if (iequals(key, "contributors"))
        return Role::member;
    return std::nullopt;
}

// The title a group key gives its people beside the ladder, if any.
std::optional<std::string> position_of(std::string_view key, const std::string& where_label) {
    if (iequals(key, "maintainers"))
        return fmt::format("maintainer of {}", where_label);
    if (iequals(key, "repo_admin") || iequals(key, "repo-admin"))
        return fmt::format("repository admin of {}", where_label);
    return std::nullopt;
}

bool is_group(const YAML::Node& item) {
    if (!item.IsMap()) {
        return false;
    }
    for (const auto& pair : item) {
        if (pair.first.IsScalar() && iequals(trim(pair.first.Scalar()), "repo")) {
            return true;
        }
    }
    return false;
}

class SigInfoReader {
  public:
    explicit SigInfoReader(YamlReader& reader) : reader_(reader) {}

    RosterContents read(const YAML::Node& root) {
        for (const auto& pair : root) {
            if (pair.first.IsScalar()) {
                read_top_level(pair.first, pair.second);
            }
        }
        return std::move(contents_);
    }

  private:
    void read_top_level(const YAML::Node& key, const YAML::Node& value) {
        const std::string name(trim(key.Scalar()));
        if (const auto role = rung_of(name)) {
            read_people(key, value, RoleList{*role, name, {}});
        } else if (iequals(name, "mentors")) {
            read_positions(key, value, name, "mentor");
        } else if (iequals(name, "repositories")) {
            read_groups(key, value);
        } else {
            check_unknown_key(reader_, key, value, RosterKeys{kTopRoleKeys, kTopOtherKeys});
        }
    }

    // A top-level list of people; a repository group written among them (a
    // real file put its groups under `maintainers:`) is named and read as
    // the group it is, so that its people are not lost.
    void read_people(const YAML::Node& key, const YAML::Node& value, const RoleList& list) {
        read_role_list(reader_, key, value, list, contents_.entries,
                       [&](const YAML::Node& item, std::size_t index) {
                           if (!is_group(item)) {
                               return false;
                           }
                           reader_.report(Code::misplaced_group, item,
                                          fmt::format("a repository group (an item with 'repo') "
                                                      "under '{}': it belongs under "
                                                      "'repositories'; read as a group",
                                                      list.key));
                           read_group(item, fmt::format("{}[{}]", list.key, index));
                           return true;
                       });
    }

    void read_positions(const YAML::Node& key, const YAML::Node& value, const std::string& list_key,
                        const std::string& title) {
        std::vector<RosterEntry> people;
        read_role_list(reader_, key, value, RoleList{Role::member, list_key, {}}, people);
        for (RosterEntry& person : people) {
            contents_.positions.push_back(
                RosterPosition{std::move(person.login), title, person.where});
        }
    }

    void read_groups(const YAML::Node& key, const YAML::Node& value) {
        if (!value.IsSequence()) {
            reader_.report(
                Code::role_not_list, key,
                fmt::format("'repositories' must be a list of repository groups, but it is {}",
                            describe_node_kind(value)));
            return;
        }
        contents_.repositories.where = reader_.where(key);
        std::size_t index = 0;
        for (const auto& group : value) {
            const std::string label = fmt::format("repositories[{}]", index++);
            if (!group.IsMap()) {
                reader_.report(Code::entry_not_mapping, group,
                               fmt::format("{} must be a mapping with 'repo' and 'committers', but "
                                           "it is {}",
                                           label, describe_node_kind(group)));
                continue;
            }
            read_group(group, label);
        }
    }

    void read_group(const YAML::Node& group, const std::string& label) {
        std::vector<std::string> repos;
        for (const auto& pair : group) {
            if (pair.first.IsScalar() && iequals(trim(pair.first.Scalar()), "repo")) {
                repos = read_repo_names(pair.second);
            }
        }
        add_sig_repositories(repos);
        // A group written under `maintainers:` is where its repositories stand.
        if (contents_.repositories.where.line == 0 && !repos.empty()) {
            contents_.repositories.where = reader_.where(group);
        }
        const GroupPlace place{repos, repos.empty() ? label : join_words(repos, ", ")};
        for (const auto& pair : group) {
            if (pair.first.IsScalar()) {
                read_group_key(pair.first, pair.second, place);
            }
        }
    }

    // Where a group's people are: its repositories, and how messages name them.
    struct GroupPlace {
        const std::vector<std::string>& repos;
        std::string name;  // "mindspore/docs, mindspore/tutorials", or "repositories[2]"
        std::string list_key(std::string_view key) const {
            return fmt::format("{} of {}{}", key, repos.empty() ? "" : "repo ", name);
        }
    };

    void read_group_key(const YAML::Node& key, const YAML::Node& value, const GroupPlace& place) {
        const std::vector<std::string>& repos = place.repos;
        const std::string_view name = trim(key.Scalar());
        if (const auto title = position_of(name, place.name)) {
            read_positions(key, value, place.list_key(name), *title);
            return;
        }
        const auto role = rung_of(name);
        if (!role || *role == Role::maintainer) {
            check_unknown_key(reader_, key, value, RosterKeys{kGroupRoleKeys, kGroupOtherKeys});
            return;
        }
        std::size_t bytes_per_person = 0;
        for (const std::string& repo : repos) {
            bytes_per_person += sizeof(std::string) + repo.size();
        }
        const std::size_t bytes = value.IsSequence() ? value.size() * bytes_per_person : 0;
        if (bytes > copy_budget_) {
            reader_.report(
                Code::roster_too_large, key,
                fmt::format("'{}' gives each of its {} people all {} repositories of the group: "
                            "more than sigaudit copies for one roster; list fewer repositories "
                            "per group",
                            name, value.size(), repos.size()));
            return;
        }
        copy_budget_ -= bytes;
        read_role_list(reader_, key, value, RoleList{*role, place.list_key(name), repos},
                       contents_.entries);
    }

    // One `repo` value, "owner/repo" with a trailing slash tolerated; anything
    // else is reported and left out.
    void read_repo_name(const YAML::Node& item, std::vector<std::string>& names) {
        std::string_view name = trim(item.Scalar());
        while (name.size() > 1 && name.back() == '/') {
            name.remove_suffix(1);
        }
        if (is_repo_name(name)) {
            names.push_back(to_lower_ascii(name));
            return;
        }
        reader_.report(
            Code::bad_repo, item,
            fmt::format("repo '{}' is not owner/repo (such as mindspore/docs)", item.Scalar()));
    }

    // `repo` holds one name or a list of them; a list item that is a mapping
    // (`- repo: x` written one level too deep) is read for its own `repo`.
    std::vector<std::string> read_repo_names(const YAML::Node& repo) {
        std::vector<std::string> names;
        if (repo.IsScalar()) {
            read_repo_name(repo, names);
        } else if (repo.IsSequence()) {
            for (const auto& item : repo) {
                if (item.IsScalar()) {
                    read_repo_name(item, names);
                } else if (item.IsMap() && item["repo"] && item["repo"].IsScalar()) {
                    read_repo_name(item["repo"], names);
                }
            }
        }
        return names;
    }

    void add_sig_repositories(const std::vector<std::string>& repos) {
        std::vector<std::string>& all = contents_.repositories.repos;
        for (const std::string& repo : repos) {
            if (std::find(all.begin(), all.end(), repo) == all.end()) {
                all.push_back(repo);
            }
        }
    }

    YamlReader& reader_;
    RosterContents contents_;
    std::size_t copy_budget_ = kMaxRepositoryCopyBytes;
};

}  // namespace

RosterContents read_sig_info(YamlReader& reader, const YAML::Node& root) {
    return SigInfoReader(reader).read(root);
}

}  // namespace sigaudit
