#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "sigaudit/common/yaml_reader.h"
#include "sigaudit/roster/roster.h"

namespace sigaudit {

// What every entry of one role list shares.
struct RoleList {
    Role role = Role::member;
    std::string key;  // as written in the file, for messages
    std::vector<std::string> repositories;
};

// Reads the people of one role list (`value` is the list node, `key` the key
// it stands under) into `entries`. Structural problems — a value that is not
// a list, an item that is not a mapping, a field that is not text or written
// twice, a missing or malformed identity, a malformed email — are reported
// through `reader`; an entry without identity is still kept, with an empty
// login. Reading stops when the reader's budget runs out.
// `take_item`, when given, sees each item (and its index) first and returns
// true for one it has read itself.
using ItemTaker = std::function<bool(const YAML::Node& item, std::size_t index)>;
void read_role_list(YamlReader& reader, const YAML::Node& key, const YAML::Node& value,
                    const RoleList& list, std::vector<RosterEntry>& entries,
                    const ItemTaker& take_item = nullptr);

}  // namespace sigaudit
