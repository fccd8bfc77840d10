#include "sigaudit/config/config.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "sigaudit/common/strings.h"
#include "sigaudit/common/yaml_document.h"

namespace sigaudit {

namespace {

const std::vector<std::string_view> kKeys = {"api_url", "token_env", "store", "groups",
                                             "time_zone"};

[[noreturn]] void fail(Code code, const YAML::Node& node, const std::string& file,
                       std::string message) {
    throw InputError(make_diagnostic(std::move(code), location_of(node, file), std::move(message)));
}

std::string text_of(const YAML::Node& value, std::string_view key, const std::string& file) {
    if (!value.IsScalar() || trim(value.Scalar()).empty()) {
        fail(Code::config_bad_value, value, file,
             fmt::format("'{}' must be text, but it is {}", key, describe_node_kind(value)));
    }
    return std::string(trim(value.Scalar()));
}

bool is_env_name(std::string_view name) {
    const auto allowed = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    };
    return !name.empty() && !(name[0] >= '0' && name[0] <= '9') &&
           std::all_of(name.begin(), name.end(), allowed);
}

bool is_repo_name(std::string_view repo) {
    const std::size_t slash = repo.find('/');
    return slash != std::string_view::npos && slash > 0 && slash + 1 < repo.size() &&
           repo.find('/', slash + 1) == std::string_view::npos &&
           repo.find_first_of(" \t") == std::string_view::npos;
}

std::vector<std::string> repos_of(const YAML::Node& value, const std::string& group,
                                  const std::string& file) {
    if (!value.IsSequence() || value.size() == 0) {
        fail(Code::config_bad_value, value, file,
             fmt::format("group '{}' must be a list of owner/repo names, but it is {}", group,
                         describe_node_kind(value)));
    }
    std::vector<std::string> repos;
    for (const auto& item : value) {
        const std::string repo = to_lower_ascii(text_of(item, "a repository", file));
        if (!is_repo_name(repo)) {
            fail(Code::config_bad_value, item, file,
                 fmt::format("'{}' in group '{}' is not an owner/repo name", repo, group));
        }
        repos.push_back(repo);
    }
    return repos;
}

void read_groups(const YAML::Node& value, Config& config, const std::string& file) {
    if (!value.IsMap()) {
        fail(Code::config_bad_value, value, file,
             fmt::format("'groups' must map group names to repositories, but it is {}",
                         describe_node_kind(value)));
    }
    for (const auto& pair : value) {
        const std::string name = to_lower_ascii(text_of(pair.first, "a group name", file));
        config.groups[name] = repos_of(pair.second, name, file);
    }
}

void read_setting(const YAML::Node& key, const YAML::Node& value, Config& config,
                  const std::string& file) {
    const std::string name(trim(key.Scalar()));
    if (name == "api_url") {
        config.api_url = text_of(value, name, file);
        if (!istarts_with(config.api_url, "https://") && !istarts_with(config.api_url, "http://")) {
            fail(Code::config_bad_value, value, file,
                 fmt::format("api_url '{}' must start with https:// or http://", config.api_url));
        }
    } else if (name == "token_env") {
        config.token_env = text_of(value, name, file);
        if (!is_env_name(config.token_env)) {
            fail(Code::config_bad_value, value, file,
                 fmt::format("token_env '{}' must name an environment variable (A-Z, 0-9, _), not "
                             "hold a token",
                             config.token_env));
        }
    } else if (name == "store") {
        config.store = text_of(value, name, file);
    } else if (name == "time_zone") {
        const std::string zone = text_of(value, name, file);
        const auto offset = parse_utc_offset(zone);
        if (!offset) {
            fail(Code::config_bad_value, value, file,
                 fmt::format("time_zone '{}' is not a UTC offset such as +08:00", zone));
        }
        config.time_zone = *offset;
    } else if (name == "groups") {
        read_groups(value, config, file);
    } else {
        const auto meant = likely_meant(name, kKeys);
        fail(Code::config_unknown_key, key, file,
             meant ? fmt::format("unknown key '{}'; did you mean '{}'?", name, *meant)
                   : fmt::format("unknown key '{}'; the keys are {}", name,
                                 join_words(kKeys, " and ")));
    }
}

}  // namespace

Config load_config(const TextFile& file) {
    const YAML::Node root = parse_yaml(file);
    Config config;
    if (root.IsNull()) {
        return config;
    }
    if (!root.IsMap()) {
        fail(Code::config_bad_value, root, file.path,
             fmt::format("the top level must be a mapping of settings, but it is {}",
                         describe_node_kind(root)));
    }
    for (const auto& pair : root) {
        if (!pair.first.IsScalar()) {
            fail(Code::config_unknown_key, pair.first, file.path, "keys must be text");
        }
        read_setting(pair.first, pair.second, config, file.path);
    }
    return config;
}

Config load_config_file(const std::string& path) {
    return load_config(read_text_file(path));
}

}  // namespace sigaudit
