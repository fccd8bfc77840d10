#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "sigaudit/common/yaml_reader.h"
#include "sigaudit/roster/roster.h"

namespace sigaudit {

// The role a sig_members.yaml key stands for, case-insensitively:
// Members and Contributors both mean Member.
std::optional<Role> role_for_sig_members_key(std::string_view key);

// The sig_members.yaml role keys, for messages.
std::span<const std::string_view> sig_members_role_keys();

// The top-level keys of sig_members.yaml that hold no role: left alone.
std::span<const std::string_view> sig_members_other_keys();

// The keys one level of a roster may have: those read as role lists, and
// those known and left alone (metadata, template keys no rung is read from).
struct RosterKeys {
    std::span<const std::string_view> roles;
    std::span<const std::string_view> known;
    bool is_known(std::string_view key) const;  // either kind, case-insensitively
};

// Reports a key that is neither kind, so that nothing is dropped without a
// word: a near-miss of a role key ("Commiters", "comitters") or a list of
// people under a name sigaudit does not know ("Approvers") is
// unknown-role-key; anything else is unknown-key, with a did-you-mean.
// Known keys are left alone.
void check_unknown_key(YamlReader& reader, const YAML::Node& key, const YAML::Node& value,
                       const RosterKeys& keys);

}  // namespace sigaudit
