#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sigaudit/common/diagnostic.h"
#include "sigaudit/rules/rule.h"

namespace sigaudit {

// What one rule file says, as read, before anything is checked against the
// other files. Names that other files may define keep where they were written.

struct NameRef {
    std::string name;
    SourceLocation where;
};

struct GroupRecord {
    std::string name;
    std::vector<std::string> repos;  // "owner/repo", lower case
    SourceLocation where;            // the group's name
};

struct RuleRecord {
    // As far as one file can say: each filter's `repo_groups` holds what
    // `repos:` says, and `repos` stays empty until the groups are known.
    Rule rule;
    SourceLocation id_where;  // the id's value
    std::optional<SourceLocation> role_where;
    std::optional<SourceLocation> requires_where;  // the `requires` key
    std::vector<NameRef> group_refs;  // every group the criteria name
    std::vector<NameRef> meets_refs;  // every rule `meets` names
};

struct RuleFile {
    std::string path;
    std::vector<GroupRecord> groups;
    std::vector<RuleRecord> rules;
};

}  // namespace sigaudit
