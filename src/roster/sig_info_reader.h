#pragma once

#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "person_reader.h"
#include "sigaudit/common/diagnostic.h"
#include "sigaudit/roster/roster.h"

namespace sigaudit {

// Reads a sig-info.yaml document whose top level is a mapping: `maintainers`,
// top-level `committers`, and `repositories` groups, each with `repo` (one
// repository or a list), `committers` and `contributors` (read as Members).
std::vector<RosterEntry> read_sig_info(YamlReader& reader, const YAML::Node& root);

}  // namespace sigaudit
