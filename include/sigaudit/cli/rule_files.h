#pragma once

#include <string>
#include <vector>

#include "sigaudit/common/text_file.h"

namespace sigaudit {

// The rule files that `paths` name: a path is a rule file, or a directory
// whose *.yaml and *.yml files (not its subdirectories) are taken, sorted by
// name. Throws InputError when a file cannot be read or a directory holds no
// rule file (`no-rule-files`); text that is not YAML is load_rules' finding.
std::vector<TextFile> read_rule_files(const std::vector<std::string>& paths);

}  // namespace sigaudit
