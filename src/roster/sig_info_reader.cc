#include "sig_info_reader.h"

#include <array>

#include <fmt/format.h>

#include "person_reader.h"
#include "role_key.h"
#include "sigaudit/strings.h"
#include "sigaudit/yaml_document.h"

namespace sigaudit {

namespace {

constexpr std::array<std::string_view, 3> kTopLevelKeys = {"maintainers", "committers",
                                                           "repositories"};

std::vector<std::string> read_repo_names(const YAML::Node& repo) {
    std::vector<std::string> names;
    if (repo.IsScalar()) {
        names.emplace_back(trim(repo.Scalar()));
    } else if (repo.IsSequence()) {
        for (const auto& item : repo) {
            if (item.IsScalar()) {
                names.emplace_back(trim(item.Scalar()));
            }
        }
    }
    return names;
}

void read_repository_group(const YAML::Node& group, std::size_t index, const std::string& file,
                           std::vector<RosterEntry>& entries,
                           std::vector<Diagnostic>& diagnostics) {
    if (!group.IsMap()) {
        diagnostics.push_back(
            make_error("entry-not-mapping", location_of(group, file),
                       fmt::format("repositories[{}] must be a mapping with 'repo' and "
                                   "'committers', but it is {}",
                                   index, describe_node_kind(group))));
        return;
    }
    std::vector<std::string> repos;
    for (const auto& pair : group) {
        if (pair.first.IsScalar() && iequals(trim(pair.first.Scalar()), "repo")) {
            repos = read_repo_names(pair.second);
        }
    }
    const std::string where_label = repos.empty() ? fmt::format("repositories[{}]", index)
                                                  : fmt::format("repo {}", join_words(repos, ", "));
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
        if (role) {
            RoleList list{*role, fmt::format("{} of {}", key, where_label), repos};
            read_role_list(pair.first, pair.second, list, file, entries, diagnostics);
        }
    }
}

}  // namespace

std::vector<RosterEntry> read_sig_info(const YAML::Node& root, const std::string& file,
                                       std::vector<Diagnostic>& diagnostics) {
    std::vector<RosterEntry> entries;
    for (const auto& pair : root) {
        if (!pair.first.IsScalar()) {
            continue;
        }
        const std::string key(trim(pair.first.Scalar()));
        if (iequals(key, "maintainers")) {
            read_role_list(pair.first, pair.second, RoleList{Role::maintainer, key, {}}, file,
                           entries, diagnostics);
        } else if (iequals(key, "committers")) {
            read_role_list(pair.first, pair.second, RoleList{Role::committer, key, {}}, file,
                           entries, diagnostics);
        } else if (iequals(key, "repositories")) {
            if (!pair.second.IsSequence()) {
                diagnostics.push_back(make_error(
                    "role-not-list", location_of(pair.first, file),
                    fmt::format("'repositories' must be a list of repository groups, but it is {}",
                                describe_node_kind(pair.second))));
                continue;
            }
            std::size_t index = 0;
            for (const auto& group : pair.second) {
                read_repository_group(group, index++, file, entries, diagnostics);
            }
        } else if (auto warning =
                       check_unknown_role_key(pair.first, pair.second, kTopLevelKeys, file)) {
            diagnostics.push_back(std::move(*warning));
        }
    }
    return entries;
}

}  // namespace sigaudit
