#pragma once

#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "person_reader.h"
#include "sigaudit/common/diagnostic.h"
#include "sigaudit/roster/roster.h"

namespace sigaudit {

// Reads the entries of a sig_members.yaml document whose top level is a mapping.
std::vector<RosterEntry> read_sig_members(YamlReader& reader, const YAML::Node& root);

}  // namespace sigaudit
