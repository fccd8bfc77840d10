#pragma once

#include <map>
#include <string>
#include <vector>

#include "rule_records.h"
#include "sigaudit/common/diagnostic.h"
#include "sigaudit/rules/rule_loader.h"

namespace sigaudit {

// Every repository group the rule files and the config define.
struct GroupTable {
    std::map<std::string, std::vector<std::string>> repos;  // after the config's overrides
    std::map<std::string, SourceLocation> defined_at;       // first definition in a rule file
};

// Gathers the groups of all files. Files may repeat a group (each file can
// stand alone), but only with the same repositories: a group defined two
// ways is a rule-group-conflict error. `overrides` then replace or add groups.
GroupTable merge_groups(const std::vector<RuleFile>& files, const GroupOverrides& overrides,
                        std::vector<Diagnostic>& diagnostics);

}  // namespace sigaudit
