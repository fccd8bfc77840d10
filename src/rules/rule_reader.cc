#include "rule_reader.h"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "criterion_reader.h"
#include "filter_reader.h"
#include "sigaudit/common/gitee_login.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/common/yaml_document.h"
#include "sigaudit/common/yaml_reader.h"

namespace sigaudit {

namespace {

constexpr YamlDialect kRuleDialect{
    {Code::rule_bad_value, Code::rule_unknown_key, Code::rule_duplicate_key, Code::rule_too_large}};

constexpr std::string_view kFileKeys[] = {"groups", "rules"};
constexpr std::string_view kRuleKeys[] = {"id",   "title",    "description",
                                          "role", "requires", "criteria"};

std::vector<std::string_view> role_ids() {
    std::vector<std::string_view> ids;
    for (Role role : kLadder) {
        ids.push_back(role_id(role));
    }
    return ids;
}

// Group names are what `repos:` tells apart from owner/repo by the missing '/'.
bool is_group_name(std::string_view name) {
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

// `key:` with nothing, and `key: []`.
bool is_empty_list(const YAML::Node& value) {
    return value.IsNull() || (value.IsSequence() && value.size() == 0);
}

class FileReader {
  public:
    FileReader(const TextFile& file, std::vector<Diagnostic>& diagnostics)
        : reader_(file, kRuleDialect, diagnostics) {
        file_.path = file.path;
    }

    RuleFile read(const YAML::Node& root) {
        if (root.IsNull()) {
            warn_no_rules(root);
            return std::move(file_);
        }
        if (!reader_.expect_mapping(root, "a rule file")) {
            return std::move(file_);
        }
        const Fields fields = reader_.fields(root, kFileKeys, "a rule file");
        if (const Field* groups = fields.find("groups")) {
            read_groups(*groups);
        }
        const Field* rules = fields.find("rules");
        if (rules != nullptr && !is_empty_list(rules->value)) {
            read_rules(*rules);
        }
        if (file_.rules.empty() && !fields.misspells("rules")) {
            warn_no_rules(rules != nullptr ? rules->key : root);
        }
        return std::move(file_);
    }

  private:
    void warn_no_rules(const YAML::Node& at) {
        SourceLocation where = reader_.where(at);
        if (where.line == 0) {
            where = SourceLocation{file_.path, 1, 1};  // an empty file: its start
        }
        reader_.report(Code::rule_no_rules, std::move(where),
                       "this file defines no rules (a 'rules:' list); nothing in it is checked "
                       "against anyone");
    }

    void read_groups(const Field& field) {
        if (field.value.IsNull()) {
            return;
        }
        if (!reader_.expect_mapping(field.value, "'groups'")) {
            return;
        }
        for (const MapEntry& entry : reader_.entries(field.value, "'groups'")) {
            if (!is_group_name(entry.name)) {
                reader_.report(Code::rule_bad_id, entry.key,
                               fmt::format("group name '{}' must be lower-case letters, digits, "
                                           "'-' and '_' (a name with '/' is a repository)",
                                           entry.name));
                continue;
            }
            file_.groups.push_back(
                GroupRecord{entry.name, read_group_repos(entry), reader_.where(entry.key)});
        }
    }

    std::vector<std::string> read_group_repos(const MapEntry& entry) {
        std::vector<std::string> repos;
        for (const TextItem& item : reader_.texts(Field{entry.name, entry.key, entry.value})) {
            if (is_repo_name(item.text)) {
                repos.push_back(to_lower_ascii(item.text));
            } else {
                reader_.report(Code::rule_bad_value, item.node,
                               fmt::format("'{}' is not an owner/repo name such as "
                                           "mindspore/models",
                                           item.text));
            }
        }
        return repos;
    }

    void read_rules(const Field& field) {
        for (const YAML::Node& node : reader_.items(field, false)) {
            if (reader_.expect_mapping(node, "a rule")) {
                file_.rules.push_back(read_rule(node));
            }
        }
    }

    RuleRecord read_rule(const YAML::Node& node) {
        std::optional<YamlReader::Context> in_rule;
        if (const auto id = reader_.peek_name(node, "id")) {
            in_rule.emplace(reader_, fmt::format("rule '{}'", *id), node);
        }
        const Fields fields = reader_.fields(node, kRuleKeys, "a rule");
        RuleRecord record;
        record.rule.where = reader_.where(node);
        read_rule_id(node, fields, record);
        record.rule.title = text_or(fields, "title", record.rule.id);
        record.rule.description = text_or(fields, "description", "");
        if (const Field* role = fields.find("role")) {
            record.role_where = reader_.where(role->value);
            record.rule.role = read_role(role->value, *role);
        }
        if (const Field* requires_field = fields.find("requires")) {
            record.requires_where = reader_.where(requires_field->key);
            record.rule.prerequisites = read_prerequisites(*requires_field);
        }
        if (const Field* criteria = fields.find("criteria")) {
            if (auto root = read_rule_criteria(reader_, *criteria, record)) {
                record.rule.criteria = std::move(*root);
            }
        } else if (!fields.misspells("criteria")) {
            reader_.report(
                Code::rule_missing_key, node,
                fmt::format("{} has no 'criteria'; list what a person must do", rule_name(record)));
        }
        return record;
    }

    static std::string rule_name(const RuleRecord& record) {
        return record.rule.id.empty() ? "this rule" : fmt::format("rule '{}'", record.rule.id);
    }

    void read_rule_id(const YAML::Node& node, const Fields& fields, RuleRecord& record) {
        const Field* field = fields.find("id");
        if (field == nullptr) {
            if (!fields.misspells("id")) {
                reader_.report(Code::rule_missing_key, node,
                               "this rule has no 'id'; reports and 'meets' name a rule by its id");
            }
            return;
        }
        record.id_where = reader_.where(field->value);
        const auto id = reader_.text(*field);
        if (id && !is_kebab_id(*id)) {
            reader_.report(Code::rule_bad_id, field->value,
                           fmt::format("rule id '{}' must be kebab-case: lower-case letters, "
                                       "digits and '-' (like senior-developer)",
                                       *id));
        } else if (id) {
            record.rule.id = *id;
        }
    }

    std::string text_or(const Fields& fields, std::string_view key, const std::string& fallback) {
        const Field* field = fields.find(key);
        return field != nullptr ? reader_.text(*field).value_or(fallback) : fallback;
    }

    std::optional<Role> read_role(const YAML::Node& node, const Field& field) {
        const auto text = reader_.text(node, field.name);
        if (!text) {
            return std::nullopt;
        }
        const auto role = role_from_id(*text);
        if (!role) {
            reader_.report(
                Code::rule_unknown_role, node,
                fmt::format("'{}' is not a SIG role; {}", *text,
                            unknown_word_hint(to_lower_ascii(*text), role_ids(), "roles")));
        }
        return role;
    }

    // `requires: []` and a bare `requires:` both mean no prerequisite.
    std::vector<Role> read_prerequisites(const Field& field) {
        std::vector<Role> roles;
        if (is_empty_list(field.value)) {
            return roles;
        }
        for (const YAML::Node& item : reader_.items(field, true)) {
            const auto role = read_role(item, field);
            if (role && std::find(roles.begin(), roles.end(), *role) == roles.end()) {
                roles.push_back(*role);
            }
        }
        return roles;
    }

    YamlReader reader_;
    RuleFile file_;
};

}  // namespace

RuleFile read_rule_file(const YAML::Node& root, const TextFile& file,
                        std::vector<Diagnostic>& diagnostics) {
    return FileReader(file, diagnostics).read(root);
}

}  // namespace sigaudit
