#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "sigaudit/common/diagnostic.h"
#include "sigaudit/roster/roster.h"

namespace sigaudit {

// What every entry of one role list shares.
struct RoleList {
    Role role = Role::member;
    std::string key;  // as written in the file, for messages
    std::vector<std::string> repositories;
};

// Aliases let a few lines list the same people over and over (one list under
// a thousand keys, a person with a thousand keys a thousand times), and every
// entry read costs memory and findings. Reading spends one unit per item, per
// key and per byte of text it looks at, from four times the file's size plus
// 64 KiB: text without aliases never runs out. When it does, one
// `roster-too-large` error names where reading stopped, and nothing more is read.
struct ReadBudget {
    explicit ReadBudget(std::size_t text_bytes) : left(4 * text_bytes + 64 * 1024) {}
    std::size_t left;
    bool exhausted = false;
};

// Reads the people of one role list (`value` is the list node, `key` the key
// it stands under) into `entries`. Structural problems — a value that is not
// a list, an item that is not a mapping, a field that is not text, a missing
// or malformed identity, a malformed email — go to `diagnostics`; an entry
// without identity is still kept, with an empty login.
void read_role_list(const YAML::Node& key, const YAML::Node& value, const RoleList& list,
                    const std::string& file, ReadBudget& budget, std::vector<RosterEntry>& entries,
                    std::vector<Diagnostic>& diagnostics);

}  // namespace sigaudit
