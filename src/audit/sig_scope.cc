#include "sigaudit/audit/sig_scope.h"

#include "sigaudit/common/enum_names.h"

namespace sigaudit {

namespace {

constexpr EnumNames<SigScopeSource, 3> kSourceNames({{{SigScopeSource::config, "config"},
                                                      {SigScopeSource::roster, "roster"},
                                                      {SigScopeSource::rules, "rules"}}});

}  // namespace

std::string_view to_string(SigScopeSource source) {
    return kSourceNames.name(source);
}

GroupOverrides sig_group_overrides(const GroupOverrides& config_groups,
                                   const SigRepositories& roster) {
    GroupOverrides overrides = config_groups;
    if (!roster.repos.empty() && overrides.count(std::string(kSigGroup)) == 0) {
        overrides.emplace(kSigGroup, roster.repos);
    }
    return overrides;
}

std::optional<SigScope> sig_scope(const RuleSet& rules, const GroupOverrides& config_groups,
                                  const SigRepositories& roster) {
    const auto group = rules.groups.find(std::string(kSigGroup));
    if (group == rules.groups.end()) {
        return std::nullopt;
    }
    SigScope scope{group->second, SigScopeSource::rules, {}};
    if (config_groups.count(std::string(kSigGroup)) > 0) {
        scope.source = SigScopeSource::config;
    } else if (!roster.repos.empty()) {
        scope.source = SigScopeSource::roster;
        scope.where = roster.where;
    }
    return scope;
}

}  // namespace sigaudit
