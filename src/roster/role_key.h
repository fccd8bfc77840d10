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

// Warns when a top-level key that is not a role key looks meant as one:
// a near-miss spelling of a known key ("Commiters", "Reviewer"), or a list
// of people under a name sigaudit does not know ("Approvers").
void check_unknown_role_key(YamlReader& reader, const YAML::Node& key, const YAML::Node& value,
                            std::span<const std::string_view> known_keys);

}  // namespace sigaudit
