#include "person_reader.h"

#include <algorithm>

#include <fmt/format.h>

#include "sigaudit/common/gitee_login.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/common/yaml_document.h"

namespace sigaudit {

namespace {

// A text field of an entry, with where its value stands.
struct Field {
    std::string text;
    SourceLocation where;
    bool present() const { return !text.empty(); }
};

struct PersonFields {
    Field name;
    Field gitee_id;
    Field gitee_home;
    Field email;
};

std::string normalize_field_key(std::string_view key) {
    std::string out = to_lower_ascii(trim(key));
    std::replace(out.begin(), out.end(), '-', '_');
    return out;
}

Field* field_for_key(PersonFields& fields, std::string_view key) {
    const std::string normalized = normalize_field_key(key);
    if (normalized == "name")
        return &fields.name;
    if (normalized == "gitee_id")
        return &fields.gitee_id;
    if (normalized == "gitee_home")
        return &fields.gitee_home;
    if (normalized == "email")
        return &fields.email;
    return nullptr;
}

PersonFields read_fields(const YAML::Node& item, const std::string& file,
                         std::vector<Diagnostic>& diagnostics) {
    PersonFields fields;
    for (const auto& pair : item) {
        if (!pair.first.IsScalar()) {
            continue;
        }
        Field* field = field_for_key(fields, pair.first.Scalar());
        if (field == nullptr || field->present()) {
            continue;
        }
        if (pair.second.IsNull()) {
            continue;
        }
        if (!pair.second.IsScalar()) {
            diagnostics.push_back(
                make_diagnostic(Code::field_not_text, location_of(pair.second, file),
                           fmt::format("'{}' must be text, but it is {}", pair.first.Scalar(),
                                       describe_node_kind(pair.second))));
            continue;
        }
        field->text = std::string(trim(pair.second.Scalar()));
        field->where = location_of(pair.second, file);
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
std::string read_identity(const PersonFields& fields, const RoleList& list,
                          const SourceLocation& entry_where, std::vector<Diagnostic>& diagnostics) {
    std::string login;
    if (fields.gitee_id.present()) {
        if (is_valid_login(fields.gitee_id.text)) {
            login = to_lower_ascii(fields.gitee_id.text);
        } else if (const auto from_url = login_from_gitee_home(fields.gitee_id.text)) {
            diagnostics.push_back(make_diagnostic(
                Code::bad_gitee_id, fields.gitee_id.where,
                fmt::format("gitee_id '{}' is a URL; write the login alone: gitee_id: {}",
                            fields.gitee_id.text, *from_url)));
        } else {
            diagnostics.push_back(make_diagnostic(
                Code::bad_gitee_id, fields.gitee_id.where,
                fmt::format("gitee_id '{}' is not a Gitee login (letters, digits, '_', '-', '.')",
                            fields.gitee_id.text)));
        }
    }
    if (fields.gitee_home.present()) {
        const auto from_home = login_from_gitee_home(fields.gitee_home.text);
        if (!from_home) {
            diagnostics.push_back(make_diagnostic(Code::bad_gitee_home, fields.gitee_home.where,
                                             fmt::format("gitee_home '{}' is not a Gitee profile "
                                                         "URL (expected https://gitee.com/<login>)",
                                                         fields.gitee_home.text)));
        } else if (!login.empty() && !iequals(*from_home, login)) {
            diagnostics.push_back(make_diagnostic(
                Code::identity_mismatch, fields.gitee_home.where,
                fmt::format("gitee_home names '{}' but gitee_id says '{}'; sigaudit uses gitee_id",
                            *from_home, fields.gitee_id.text)));
        } else if (login.empty()) {
            login = to_lower_ascii(*from_home);
        }
    }
    if (!fields.gitee_id.present() && !fields.gitee_home.present()) {
        diagnostics.push_back(make_diagnostic(
            Code::missing_identity, entry_where,
            fmt::format("{} has neither gitee_id nor gitee_home, so nobody can be matched to it",
                        describe_entry(fields, list))));
    }
    return login;
}

// What reading `item` costs: itself, and each key with its text.
std::size_t cost_of(const YAML::Node& item) {
    std::size_t units = 1;
    if (item.IsMap()) {
        for (const auto& pair : item) {
            units += 1 + (pair.first.IsScalar() ? pair.first.Scalar().size() : 0) +
                     (pair.second.IsScalar() ? pair.second.Scalar().size() : 0);
        }
    }
    return units;
}

bool spend(ReadBudget& budget, const YAML::Node& item, const SourceLocation& where,
           std::vector<Diagnostic>& diagnostics) {
    if (budget.exhausted) {
        return false;
    }
    const std::size_t units = cost_of(item);
    if (units <= budget.left) {
        budget.left -= units;
        return true;
    }
    budget.exhausted = true;
    diagnostics.push_back(make_diagnostic(
        Code::roster_too_large, where,
        "reading stopped here: through aliases the roster spells out more than four times "
        "what its text holds; write each list out instead"));
    return false;
}

}  // namespace

void read_role_list(const YAML::Node& key, const YAML::Node& value, const RoleList& list,
                    const std::string& file, ReadBudget& budget, std::vector<RosterEntry>& entries,
                    std::vector<Diagnostic>& diagnostics) {
    if (value.IsNull() || budget.exhausted) {
        return;  // "Reviewers:" with nobody yet is common in young SIGs
    }
    if (!value.IsSequence()) {
        diagnostics.push_back(make_diagnostic(
            Code::role_not_list, location_of(key, file),
            fmt::format(
                "'{}' must be a list of people (lines starting with '- name:'), but it is {}",
                list.key, describe_node_kind(value))));
        return;
    }
    for (const auto& item : value) {
        const SourceLocation where = location_of(item, file);
        if (!spend(budget, item, where, diagnostics)) {
            return;
        }
        if (!item.IsMap()) {
            diagnostics.push_back(make_diagnostic(Code::entry_not_mapping, where,
                                             fmt::format("each item under '{}' must be a person "
                                                         "with fields such as name and gitee_home, "
                                                         "but this one is {}",
                                                         list.key, describe_node_kind(item))));
            continue;
        }
        const PersonFields fields = read_fields(item, file, diagnostics);
        RosterEntry entry;
        entry.role = list.role;
        entry.login = read_identity(fields, list, where, diagnostics);
        entry.name = fields.name.text;
        entry.email = fields.email.text;
        entry.list_key = list.key;
        entry.repositories = list.repositories;
        entry.where = where;
        if (fields.email.present() && !is_plausible_email(fields.email.text)) {
            diagnostics.push_back(
                make_diagnostic(Code::bad_email, fields.email.where,
                             fmt::format("email '{}' is not a valid address", fields.email.text)));
        }
        entries.push_back(std::move(entry));
    }
}

}  // namespace sigaudit
