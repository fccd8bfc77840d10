#pragma once

#include <string>
#include <vector>

#include "sigaudit/cli/deps.h"
#include "sigaudit/common/text_file.h"

namespace sigaudit {

// The rule files that `paths` name: a path is a rule file, or a directory
// whose *.yaml and *.yml files (not its subdirectories) are taken, sorted by
// name. Throws InputError when a file cannot be read or a directory holds no
// rule file (`no-rule-files`); text that is not YAML is load_rules' finding.
std::vector<TextFile> read_rule_files(const std::vector<std::string>& paths);

// The rule files of default_rules_dir(deps), as read_rule_files reads them;
// a directory that does not exist is an InputError that says where the
// rules were looked for and how to name others.
std::vector<TextFile> read_default_rule_files(const Deps& deps);

// Whether a file name is a rule file's: *.yaml or *.yml.
bool is_rule_file_name(const std::string& path);

// The rule files directly in `directory` as paths, sorted by name; empty
// when there are none or it cannot be read.
std::vector<std::string> rule_file_names_in(const std::string& directory);

}  // namespace sigaudit
