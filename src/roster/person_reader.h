#pragma once

#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "sigaudit/diagnostic.h"
#include "sigaudit/roster.h"

namespace sigaudit {

// What every entry of one role list shares.
struct RoleList {
    Role role = Role::member;
    std::string key;  // as written in the file, for messages
    std::vector<std::string> repositories;
};

// Reads the people of one role list (`value` is the list node, `key` the key
// it stands under) into `entries`. Structural problems — a value that is not
// a list, an item that is not a mapping, a field that is not text, a missing
// or malformed identity, a malformed email — go to `diagnostics`; an entry
// without identity is still kept, with an empty login.
void read_role_list(const YAML::Node& key, const YAML::Node& value, const RoleList& list,
                    const std::string& file, std::vector<RosterEntry>& entries,
                    std::vector<Diagnostic>& diagnostics);

}  // namespace sigaudit
