#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sigaudit/common/diagnostic.h"
#include "sigaudit/roster/roster.h"
#include "sigaudit/rules/rule.h"
#include "sigaudit/rules/rule_loader.h"

namespace sigaudit {

// The rules' name for the SIG's own repositories ("merged into the SIG
// repository").
inline constexpr std::string_view kSigGroup = "sig";

// Where the SIG's repositories were taken from, strongest first: the config
// says so on purpose; a sig-info.yaml names them itself; else the rules'
// default.
enum class SigScopeSource { config, roster, rules };
std::string_view to_string(SigScopeSource source);

// Which repositories an evaluation took as the SIG's, and where from: every
// report names them, since "PRs merged into the SIG repository" means
// nothing without them.
struct SigScope {
    std::vector<std::string> repos;  // "owner/repo", lower case
    SigScopeSource source = SigScopeSource::rules;
    SourceLocation where;  // the roster's `repositories` key, when from the roster
};

// The group overrides an evaluation loads the rules with: the config's, and
// the roster's repositories as the `sig` group unless the config sets it.
// `roster` is the roster trusted for scope (ci: the base, never the head).
GroupOverrides sig_group_overrides(const GroupOverrides& config_groups,
                                   const SigRepositories& roster);

// The scope the loaded rules ended up with; nothing when they have no `sig`
// group.
std::optional<SigScope> sig_scope(const RuleSet& rules, const GroupOverrides& config_groups,
                                  const SigRepositories& roster);

}  // namespace sigaudit
