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

constexpr std::array<std::string_view, 3> kTopLevelKeys = {"maintainers", "committers",
                                                           "repositories"};
// The keys of a repository group sigaudit reads...
constexpr std::array<std::string_view, 3> kGroupKeys = {"repo", "committers", "contributors"};
// ...and those the community's template has that it leaves alone on purpose:
// no rung of the ladder is read from them.
constexpr std::array<std::string_view, 4> kGroupKeysLeftAlone = {"maintainers", "repo_admin",
                                                                 "repo-admin", "branches"};

bool is_left_alone(std::string_view key) {
    return std::any_of(kGroupKeysLeftAlone.begin(), kGroupKeysLeftAlone.end(),
                       [&](std::string_view known) { return iequals(key, known); });
}

// Every person of a repository group carries the group's repositories, so
// people times repositories are copied: a few lines listing thousands of each
// would cost gigabytes. A real group lists a handful of each; one file may
// copy this many bytes of repository names in all, and a list that would go
// past it is reported and left unread.
constexpr std::size_t kMaxRepositoryCopyBytes = 32u * 1024u * 1024u;

// One `repo` value, "owner/repo" with a trailing slash tolerated; anything
// else is reported and left out.
void read_repo_name(YamlReader& reader, const YAML::Node& item, std::vector<std::string>& names) {
    std::string_view name = trim(item.Scalar());
    while (name.size() > 1 && name.back() == '/') {
        name.remove_suffix(1);
    }
    if (is_repo_name(name)) {
        names.emplace_back(name);
        return;
    }
    reader.report(
        Code::bad_repo, item,
        fmt::format("repo '{}' is not owner/repo (such as mindspore/docs)", item.Scalar()));
}

std::vector<std::string> read_repo_names(YamlReader& reader, const YAML::Node& repo) {
    std::vector<std::string> names;
    if (repo.IsScalar()) {
        read_repo_name(reader, repo, names);
    } else if (repo.IsSequence()) {
        for (const auto& item : repo) {
            if (item.IsScalar()) {
                read_repo_name(reader, item, names);
            }
        }
    }
    return names;
}

void read_repository_group(YamlReader& reader, const YAML::Node& group, std::size_t index,
                           std::size_t& copy_budget, std::vector<RosterEntry>& entries) {
    if (!group.IsMap()) {
        reader.report(Code::entry_not_mapping, group,
                      fmt::format("repositories[{}] must be a mapping with 'repo' and "
                                  "'committers', but it is {}",
                                  index, describe_node_kind(group)));
        return;
    }
    std::vector<std::string> repos;
    for (const auto& pair : group) {
        if (pair.first.IsScalar() && iequals(trim(pair.first.Scalar()), "repo")) {
            repos = read_repo_names(reader, pair.second);
        }
    }
    const std::string where_label = repos.empty() ? fmt::format("repositories[{}]", index)
                                                  : fmt::format("repo {}", join_words(repos, ", "));
    std::size_t bytes_per_person = 0;
    for (const std::string& repo : repos) {
        bytes_per_person += sizeof(std::string) + repo.size();
    }
    for (const auto& pair : group) {
        if (!pair.first.IsScalar()) {
            continue;
        }
        const std::string_view key = trim(pair.first.Scalar());
        std::optional<Role> role;
        if (iequals(key, "committers"))
            role = Role::committer;
        if (iequals(key, "contributors"))
            role = Role::member;
        if (role && pair.second.IsSequence() &&
            pair.second.size() * bytes_per_person > copy_budget) {
            reader.report(
                Code::roster_too_large, pair.first,
                fmt::format("'{}' gives each of its {} people all {} repositories of the group: "
                            "more than sigaudit copies for one roster; list fewer repositories "
                            "per group",
                            key, pair.second.size(), repos.size()));
            continue;
        }
        if (role) {
            copy_budget -= pair.second.IsSequence() ? pair.second.size() * bytes_per_person : 0;
            RoleList list{*role, fmt::format("{} of {}", key, where_label), repos};
            read_role_list(reader, pair.first, pair.second, list, entries);
        } else if (!iequals(key, "repo") && !is_left_alone(key)) {
            // "comitters:" would otherwise drop its people without a word.
            check_unknown_role_key(reader, pair.first, pair.second, kGroupKeys);
        }
    }
}

}  // namespace

std::vector<RosterEntry> read_sig_info(YamlReader& reader, const YAML::Node& root) {
    std::vector<RosterEntry> entries;
    std::size_t copy_budget = kMaxRepositoryCopyBytes;
    for (const auto& pair : root) {
        if (!pair.first.IsScalar()) {
            continue;
        }
        const std::string key(trim(pair.first.Scalar()));
        if (iequals(key, "maintainers")) {
            read_role_list(reader, pair.first, pair.second, RoleList{Role::maintainer, key, {}},
                           entries);
        } else if (iequals(key, "committers")) {
            read_role_list(reader, pair.first, pair.second, RoleList{Role::committer, key, {}},
                           entries);
        } else if (iequals(key, "repositories")) {
            if (!pair.second.IsSequence()) {
                reader.report(
                    Code::role_not_list, pair.first,
                    fmt::format("'repositories' must be a list of repository groups, but it is {}",
                                describe_node_kind(pair.second)));
                continue;
            }
            std::size_t index = 0;
            for (const auto& group : pair.second) {
                read_repository_group(reader, group, index++, copy_budget, entries);
            }
        } else {
            check_unknown_role_key(reader, pair.first, pair.second, kTopLevelKeys);
        }
    }
    return entries;
}

}  // namespace sigaudit
