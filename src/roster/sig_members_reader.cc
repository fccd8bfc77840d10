#include "sig_members_reader.h"

#include <map>

#include <fmt/format.h>

#include "person_reader.h"
#include "role_key.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/common/yaml_document.h"

namespace sigaudit {

std::vector<RosterEntry> read_sig_members(const YAML::Node& root, const std::string& file,
                                          ReadBudget& budget,
                                          std::vector<Diagnostic>& diagnostics) {
    std::vector<RosterEntry> entries;
    std::map<Role, YAML::Node> first_key_of_role;
    for (const auto& pair : root) {
        if (!pair.first.IsScalar()) {
            continue;
        }
        const std::string key(trim(pair.first.Scalar()));
        const auto role = role_for_sig_members_key(key);
        if (!role) {
            if (auto warning = check_unknown_role_key(pair.first, pair.second,
                                                      sig_members_role_keys(), file)) {
                diagnostics.push_back(std::move(*warning));
            }
            continue;
        }
        if (const auto earlier = first_key_of_role.find(*role);
            earlier != first_key_of_role.end()) {
            diagnostics.push_back(
                make_diagnostic(Code::duplicate_role_key, location_of(pair.first, file),
                             fmt::format("'{}' lists {}s again (first listed under '{}' at line "
                                         "{}); both lists are read",
                                         key, role_title(*role), trim(earlier->second.Scalar()),
                                         location_of(earlier->second, file).line)));
        } else {
            first_key_of_role.emplace(*role, pair.first);
        }
        read_role_list(pair.first, pair.second, RoleList{*role, key, {}}, file, budget, entries,
                       diagnostics);
    }
    if (first_key_of_role.empty()) {
        diagnostics.push_back(
            make_diagnostic(Code::no_role_lists, location_of(root, file),
                         fmt::format("no role lists found; expected keys such as {}",
                                     join_words(sig_members_role_keys()))));
    }
    return entries;
}

}  // namespace sigaudit
