#include "sig_members_reader.h"

#include <map>

#include <fmt/format.h>

#include "person_reader.h"
#include "role_key.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/common/yaml_document.h"

namespace sigaudit {

std::vector<RosterEntry> read_sig_members(YamlReader& reader, const YAML::Node& root) {
    std::vector<RosterEntry> entries;
    std::map<Role, YAML::Node> first_key_of_role;
    for (const auto& pair : root) {
        if (!pair.first.IsScalar()) {
            continue;
        }
        const std::string key(trim(pair.first.Scalar()));
        const auto role = role_for_sig_members_key(key);
        if (!role) {
            check_unknown_key(reader, pair.first, pair.second,
                              RosterKeys{sig_members_role_keys(), sig_members_other_keys()});
            continue;
        }
        if (const auto earlier = first_key_of_role.find(*role);
            earlier != first_key_of_role.end()) {
            reader.report(Code::duplicate_role_key, pair.first,
                          fmt::format("'{}' lists {}s again (first listed under '{}' at line "
                                      "{}); both lists are read",
                                      key, role_title(*role), trim(earlier->second.Scalar()),
                                      reader.where(earlier->second).line));
        } else {
            first_key_of_role.emplace(*role, pair.first);
        }
        read_role_list(reader, pair.first, pair.second, RoleList{*role, key, {}}, entries);
    }
    if (first_key_of_role.empty()) {
        reader.report(Code::no_role_lists, root,
                      fmt::format("no role lists found; expected keys such as {}",
                                  join_words(sig_members_role_keys())));
    }
    return entries;
}

}  // namespace sigaudit
