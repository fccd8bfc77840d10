#pragma once

#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "rule_records.h"
#include "sigaudit/common/diagnostic.h"
#include "sigaudit/common/text_file.h"

namespace sigaudit {

// Reads one rule file's YAML (`root`, from `path`) into records, reporting
// every problem the file shows on its own; what depends on the other files
// (groups, `meets`, duplicate ids and roles) is left to the checker.
RuleFile read_rule_file(const YAML::Node& root, const TextFile& file,
                        std::vector<Diagnostic>& diagnostics);

}  // namespace sigaudit
