#include "group_table.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "sigaudit/common/strings.h"

namespace sigaudit {

namespace {

// Groups are sets: the order repositories are written in means nothing.
bool same_repos(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return std::set<std::string>(a.begin(), a.end()) == std::set<std::string>(b.begin(), b.end());
}

std::string repos_in_words(const std::vector<std::string>& repos) {
    return repos.empty() ? std::string("no repositories") : join_words(repos, ", ");
}

void add_group(const GroupRecord& group, GroupTable& table, std::vector<Diagnostic>& diagnostics) {
    const auto [first, inserted] = table.repos.emplace(group.name, group.repos);
    if (inserted) {
        table.defined_at.emplace(group.name, group.where);
        return;
    }
    if (same_repos(first->second, group.repos)) {
        return;
    }
    const SourceLocation& earlier = table.defined_at.at(group.name);
    diagnostics.push_back(make_diagnostic(
        Code::rule_group_conflict, group.where,
        fmt::format("group '{}' is {} here but {} at {}; define it the same way in every file "
                    "(or override it in the config)",
                    group.name, repos_in_words(group.repos), repos_in_words(first->second),
                    earlier_place(earlier, group.where.file))));
}

std::vector<std::string> lower_case_all(const std::vector<std::string>& repos) {
    std::vector<std::string> out;
    for (const std::string& repo : repos) {
        out.push_back(to_lower_ascii(trim(repo)));
    }
    return out;
}

}  // namespace

GroupTable merge_groups(const std::vector<RuleFile>& files, const GroupOverrides& overrides,
                        std::vector<Diagnostic>& diagnostics) {
    GroupTable table;
    for (const RuleFile& file : files) {
        for (const GroupRecord& group : file.groups) {
            add_group(group, table, diagnostics);
        }
    }
    for (const auto& [name, repos] : overrides) {
        table.repos[name] = lower_case_all(repos);
    }
    return table;
}

}  // namespace sigaudit
