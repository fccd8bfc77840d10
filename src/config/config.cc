#include "sigaudit/config/config.h"

#include <filesystem>

#include <algorithm>

#include <fmt/format.h>

#include "sigaudit/common/gitee_login.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/common/yaml_document.h"
#include "sigaudit/common/yaml_reader.h"

namespace sigaudit {

namespace {

constexpr std::string_view kKeys[] = {"api_url", "token_env", "store", "groups", "time_zone"};

constexpr YamlDialect kConfigDialect{{Code::config_bad_value, Code::config_unknown_key,
                                      Code::config_duplicate_key, Code::config_too_large}};

bool is_env_name(std::string_view name) {
    const auto allowed = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    };
    return !name.empty() && !(name[0] >= '0' && name[0] <= '9') &&
           std::all_of(name.begin(), name.end(), allowed);
}

class ConfigReader {
  public:
    ConfigReader(const TextFile& file, std::vector<Diagnostic>& diagnostics)
        : reader_(file, kConfigDialect, diagnostics) {}

    Config read(const YAML::Node& root) {
        Config config;
        if (root.IsNull() || !reader_.expect_mapping(root, "the top level of the config")) {
            return config;
        }
        for (const Field& field : reader_.fields(root, kKeys, "the config").known) {
            read_setting(field, config);
        }
        return config;
    }

  private:
    void read_setting(const Field& field, Config& config) {
        if (field.name == "groups") {
            read_groups(field.value, config);
            return;
        }
        const std::optional<std::string> text = reader_.text(field);
        if (!text) {
            return;
        }
        if (field.name == "api_url") {
            check(istarts_with(*text, "https://") || istarts_with(*text, "http://"), field,
                  fmt::format("api_url '{}' must start with https:// or http://", *text));
            config.api_url = *text;
        } else if (field.name == "token_env") {
            check(is_env_name(*text), field,
                  fmt::format("token_env '{}' must name an environment variable (A-Z, 0-9, _), "
                              "not hold a token",
                              *text));
            config.token_env = *text;
        } else if (field.name == "store") {
            config.store = *text;
        } else {  // time_zone
            const std::optional<UtcOffset> offset = parse_utc_offset(*text);
            check(offset.has_value(), field,
                  fmt::format("time_zone '{}' is not a UTC offset such as +08:00", *text));
            config.time_zone = offset.value_or(config.time_zone);
        }
    }

    void check(bool holds, const Field& field, std::string message) {
        if (!holds) {
            reader_.report(Code::config_bad_value, field.value, std::move(message));
        }
    }

    void read_groups(const YAML::Node& value, Config& config) {
        if (!value.IsMap()) {
            reader_.report(
                Code::config_bad_value, value,
                fmt::format("'groups' must map group names to repositories, but it is {}",
                            describe_node_kind(value)));
            return;
        }
        for (const MapEntry& group : reader_.entries(value, "'groups'")) {
            const std::string name = to_lower_ascii(trim(group.name));
            if (auto repos = repos_of(group, name)) {
                config.groups[name] = std::move(*repos);
            }
        }
    }

    std::optional<std::vector<std::string>> repos_of(const MapEntry& group,
                                                     const std::string& name) {
        if (!group.value.IsSequence() || group.value.size() == 0) {
            reader_.report(
                Code::config_bad_value, group.value,
                fmt::format("group '{}' must be a list of owner/repo names, but it is {}", name,
                            describe_node_kind(group.value)));
            return std::nullopt;
        }
        const Field field{"a repository", group.key, group.value};
        std::vector<std::string> repos;
        for (const TextItem& item : reader_.texts(field)) {
            const std::string repo = to_lower_ascii(item.text);
            if (!is_repo_name(repo)) {
                reader_.report(
                    Code::config_bad_value, item.node,
                    fmt::format("'{}' in group '{}' is not an owner/repo name", repo, name));
                continue;
            }
            repos.push_back(repo);
        }
        return repos;
    }

    YamlReader reader_;
};

// A relative path in the config means the same wherever sigaudit runs: it
// is read from the config file's folder, as a SIG keeps the two together.
std::string beside(const std::string& config_path, const std::string& path) {
    const std::filesystem::path written(path);
    if (path.empty() || written.is_absolute()) {
        return path;
    }
    return (std::filesystem::path(config_path).parent_path() / written).lexically_normal().string();
}

}  // namespace

Loaded<Config> load_config(const TextFile& file) {
    Loaded<Config> loaded;
    const std::optional<YAML::Node> root = parse_yaml(file, loaded.diagnostics);
    Config config;
    if (root) {
        config = ConfigReader(file, loaded.diagnostics).read(*root);
        config.store = beside(file.path, config.store);
    }
    settle_findings(loaded.diagnostics, std::span(&file, 1));
    if (!has_errors(loaded.diagnostics)) {
        loaded.value = std::move(config);
    }
    return loaded;
}

}  // namespace sigaudit
