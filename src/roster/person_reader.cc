#include "person_reader.h"

#include <algorithm>

#include <fmt/format.h>

#include "sigaudit/common/gitee_login.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/common/yaml_document.h"
#include "sigaudit/common/yaml_reader.h"

namespace sigaudit {

namespace {

constexpr std::string_view kPersonKeys[] = {"name", "gitee_id", "gitee_home", "email"};

// What real rosters write where the id of someone not yet known should be.
// Each looks like a login, so without this list eight unknown people would
// be audited as one person called "to_be_clarified".
constexpr std::string_view kPlaceholderIds[] = {"na",
                                                "n.a",
                                                "n_a",
                                                "tbd",
                                                "tba",
                                                "tbc",
                                                "todo",
                                                "none",
                                                "unknown",
                                                "pending",
                                                "xxx",
                                                "xxxx",
                                                "placeholder",
                                                "to_be_clarified",
                                                "to_be_confirmed",
                                                "to-be-clarified",
                                                "to-be-confirmed",
                                                "your_gitee_id",
                                                "gitee_id"};

bool is_placeholder_id(std::string_view login) {
    const std::string lower = to_lower_ascii(login);
    return std::find(std::begin(kPlaceholderIds), std::end(kPlaceholderIds), lower) !=
           std::end(kPlaceholderIds);
}

// A text field of an entry, with where its value stands.
struct PersonField {
    std::string text;
    SourceLocation where;
    bool present() const { return !text.empty(); }
};

struct PersonFields {
    PersonField name;
    PersonField gitee_id;
    PersonField gitee_home;
    PersonField email;
};

PersonField* slot_for(PersonFields& fields, std::string_view key) {
    if (key == "name")
        return &fields.name;
    if (key == "gitee_id")
        return &fields.gitee_id;
    if (key == "gitee_home")
        return &fields.gitee_home;
    return &fields.email;
}

// The person's fields; other keys (organization, interest, ...) are the
// SIG's own and are not read, but one that looks like a misspelt field is
// named, since the field it stands for is then silently missing.
PersonFields read_fields(YamlReader& reader, const YAML::Node& item, const RoleList& list) {
    PersonFields fields;
    const Fields found = reader.fields(
        item, kPersonKeys, fmt::format("an entry under '{}'", list.key), UnknownKeys::report_typos);
    for (const Field& field : found.known) {
        if (field.value.IsNull()) {
            continue;
        }
        if (!field.value.IsScalar()) {
            reader.report(Code::field_not_text, field.value,
                          fmt::format("'{}' must be text, but it is {}", field.key.Scalar(),
                                      describe_node_kind(field.value)));
            continue;
        }
        PersonField& slot = *slot_for(fields, field.name);
        slot.text = std::string(trim(field.value.Scalar()));
        slot.where = reader.where(field.value);
    }
    return fields;
}

bool is_plausible_email(std::string_view email) {
    const std::size_t at = email.find('@');
    if (at == std::string_view::npos || at == 0 ||
        email.find('@', at + 1) != std::string_view::npos) {
        return false;
    }
    if (email.find_first_of(" \t,;<>()[]\\\"") != std::string_view::npos) {
        return false;
    }
    const std::string_view domain = email.substr(at + 1);
    const std::size_t dot = domain.find('.');
    return dot != std::string_view::npos && dot > 0 && domain.back() != '.' &&
           domain.find("..") == std::string_view::npos;
}

std::string describe_entry(const PersonFields& fields, const RoleList& list) {
    return fields.name.present() ? fmt::format("'{}' under {}", fields.name.text, list.key)
                                 : fmt::format("an entry under {}", list.key);
}

// The login an entry names, with errors for identities that cannot be used.
std::string read_identity(YamlReader& reader, const PersonFields& fields, const RoleList& list,
                          const SourceLocation& entry_where) {
    std::string login;
    if (fields.gitee_id.present()) {
        if (is_valid_login(fields.gitee_id.text)) {
            login = to_lower_ascii(fields.gitee_id.text);
        } else if (const auto from_url = login_from_gitee_home(fields.gitee_id.text)) {
            reader.report(Code::bad_gitee_id, fields.gitee_id.where,
                          fmt::format("gitee_id '{}' is a URL; write the login alone: gitee_id: {}",
                                      fields.gitee_id.text, *from_url));
        } else {
            reader.report(
                Code::bad_gitee_id, fields.gitee_id.where,
                fmt::format("gitee_id '{}' is not a Gitee login (letters, digits, '_', '-', '.')",
                            fields.gitee_id.text));
        }
    }
    if (fields.gitee_home.present()) {
        const auto from_home = login_from_gitee_home(fields.gitee_home.text);
        if (!from_home) {
            reader.report(Code::bad_gitee_home, fields.gitee_home.where,
                          fmt::format("gitee_home '{}' is not a Gitee profile "
                                      "URL (expected https://gitee.com/<login>)",
                                      fields.gitee_home.text));
        } else if (!login.empty() && !iequals(*from_home, login)) {
            reader.report(
                Code::identity_mismatch, fields.gitee_home.where,
                fmt::format("gitee_home names '{}' but gitee_id says '{}'; sigaudit uses gitee_id",
                            *from_home, fields.gitee_id.text));
        } else if (login.empty()) {
            login = to_lower_ascii(*from_home);
        }
    }
    if (!login.empty() && is_placeholder_id(login)) {
        const PersonField& written =
            is_placeholder_id(fields.gitee_id.text) ? fields.gitee_id : fields.gitee_home;
        reader.report(Code::placeholder_id, written.where,
                      fmt::format("'{}' is a placeholder, not a Gitee login: {} cannot be audited "
                                  "until the person's id is written here",
                                  written.text, describe_entry(fields, list)));
        login.clear();
    }
    if (!fields.gitee_id.present() && !fields.gitee_home.present()) {
        reader.report(
            Code::missing_identity, entry_where,
            fmt::format("{} has neither gitee_id nor gitee_home, so nobody can be matched to it",
                        describe_entry(fields, list)));
    }
    return login;
}

}  // namespace

void read_role_list(YamlReader& reader, const YAML::Node& key, const YAML::Node& value,
                    const RoleList& list, std::vector<RosterEntry>& entries,
                    const ItemTaker& take_item) {
    if (value.IsNull() || reader.exhausted()) {
        return;  // "Reviewers:" with nobody yet is common in young SIGs
    }
    if (!value.IsSequence()) {
        reader.report(Code::role_not_list, key,
                      fmt::format("'{}' must be a list of people (lines starting with '- name:'), "
                                  "but it is {}",
                                  list.key, describe_node_kind(value)));
        return;
    }
    std::size_t index = 0;
    for (const auto& item : value) {
        if (!reader.spend(item, 1)) {
            return;
        }
        if (take_item && take_item(item, index++)) {
            continue;
        }
        const SourceLocation where = reader.where(item);
        if (!item.IsMap()) {
            reader.report(Code::entry_not_mapping, where,
                          fmt::format("each item under '{}' must be a person with fields such as "
                                      "name and gitee_home, but this one is {}",
                                      list.key, describe_node_kind(item)));
            continue;
        }
        const PersonFields fields = read_fields(reader, item, list);
        if (reader.exhausted()) {
            return;
        }
        RosterEntry entry;
        entry.role = list.role;
        entry.login = read_identity(reader, fields, list, where);
        entry.name = fields.name.text;
        entry.email = fields.email.text;
        entry.list_key = list.key;
        entry.repositories = list.repositories;
        entry.where = where;
        if (fields.email.present() && !is_plausible_email(fields.email.text)) {
            reader.report(Code::bad_email, fields.email.where,
                          fmt::format("email '{}' is not a valid address", fields.email.text));
        }
        entries.push_back(std::move(entry));
    }
}

}  // namespace sigaudit
