#include "role_key.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "sigaudit/common/strings.h"
#include "sigaudit/common/yaml_document.h"

namespace sigaudit {

namespace {

constexpr std::array<std::string_view, 5> kSigMembersKeys = {"Members", "Contributors", "Reviewers",
                                                             "Committers", "Maintainers"};
constexpr std::array<std::string_view, 2> kSigMembersOtherKeys = {"Description", "Name"};

bool in(std::span<const std::string_view> keys, std::string_view key) {
    return std::any_of(keys.begin(), keys.end(),
                       [&](std::string_view known) { return iequals(key, known); });
}

bool looks_like_person(const YAML::Node& item) {
    if (!item.IsMap()) {
        return false;
    }
    // A person has a handful of fields. Looking at every key would let one
    // alias to an item of thousands of keys, repeated under thousands of
    // unknown keys, cost their product.
    constexpr int kKeysLooked = 16;
    int looked = 0;
    for (const auto& pair : item) {
        if (++looked > kKeysLooked) {
            break;
        }
        if (pair.first.IsScalar() && (iequals(pair.first.Scalar(), "gitee_id") ||
                                      iequals(pair.first.Scalar(), "gitee_home"))) {
            return true;
        }
    }
    return false;
}

bool lists_people(const YAML::Node& value) {
    return value.IsSequence() && value.size() > 0 && looks_like_person(value[0]);
}

}  // namespace

std::optional<Role> role_for_sig_members_key(std::string_view key) {
    const std::string_view trimmed = trim(key);
    if (iequals(trimmed, "members") || iequals(trimmed, "contributors"))
        return Role::member;
    if (iequals(trimmed, "reviewers"))
        return Role::reviewer;
    if (iequals(trimmed, "committers"))
        return Role::committer;
    if (iequals(trimmed, "maintainers"))
        return Role::maintainer;
    return std::nullopt;
}

std::span<const std::string_view> sig_members_role_keys() {
    return kSigMembersKeys;
}

std::span<const std::string_view> sig_members_other_keys() {
    return kSigMembersOtherKeys;
}

bool RosterKeys::is_known(std::string_view key) const {
    const std::string_view trimmed = trim(key);
    return in(roles, trimmed) || in(known, trimmed);
}

void check_unknown_key(YamlReader& reader, const YAML::Node& key, const YAML::Node& value,
                       const RosterKeys& keys) {
    const std::string_view name = trim(key.Scalar());
    if (keys.is_known(name)) {
        return;
    }
    if (const auto suggestion = likely_meant(name, {keys.roles.begin(), keys.roles.end()})) {
        reader.report(
            Code::unknown_role_key, key,
            fmt::format(
                "unknown key '{}': did you mean '{}'? Entries under it are not read as a role",
                name, *suggestion));
        return;
    }
    if (lists_people(value)) {
        reader.report(
            Code::unknown_role_key, key,
            fmt::format("'{}' lists people but is not a role key ({}); its entries are ignored",
                        name, join_words(keys.roles)));
        return;
    }
    if (const auto suggestion = likely_meant(name, {keys.known.begin(), keys.known.end()})) {
        reader.report(Code::unknown_key, key,
                      fmt::format("unknown key '{}': did you mean '{}'?", name, *suggestion));
        return;
    }
    reader.report(Code::unknown_key, key,
                  fmt::format("unknown key '{}': sigaudit does not read it (it reads {})", name,
                              join_words(keys.roles)));
}

}  // namespace sigaudit
