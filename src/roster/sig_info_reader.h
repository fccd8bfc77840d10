#pragma once

#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "person_reader.h"
#include "sigaudit/common/diagnostic.h"
#include "sigaudit/roster/roster.h"

namespace sigaudit {

// Reads a sig-info.yaml document whose top level is a mapping: `maintainers`,
// top-level `committers`, `mentors` (positions), and `repositories` groups,
// each with `repo` (one repository or a list: the SIG's repositories),
// `committers`, `contributors` (read as Members), and `maintainers` and
// `repo_admin` (positions for that group's repositories).
RosterContents read_sig_info(YamlReader& reader, const YAML::Node& root);

}  // namespace sigaudit
