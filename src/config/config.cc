#include "sigaudit/config/config.h"

#include <filesystem>

#include <algorithm>
#include <iterator>
#include <set>

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

    // Lines whose text a finding must not quote: they may hold a secret.
    const std::set<int>& secret_lines() const { return secret_lines_; }

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
            const std::optional<std::string> problem = api_url_problem(*text);
            check_secret(!problem, field, "api_url: " + problem.value_or(""));
            config.api_url = *text;
        } else if (field.name == "token_env") {
            // A value that is not a variable's name may be a token.
            check_secret(
                is_token_variable(*text), field,
                "token_env may name only GITEE_TOKEN or SIGAUDIT_GITEE_TOKEN (a file must not "
                "choose which of the environment's secrets is sent to Gitee); name any other "
                "variable with --token-env on the command line");
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

    void check_secret(bool holds, const Field& field, std::string message) {
        if (!holds) {
            secret_lines_.insert(field.value.Mark().line + 1);
        }
        check(holds, field, std::move(message));
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
    std::set<int> secret_lines_;
};

// A relative path in the config means the same wherever sigaudit runs: it
// is read from the config file's folder, as a SIG keeps the two together.
std::string beside(const std::string& folder, const std::string& path) {
    const std::filesystem::path written(path);
    if (path.empty() || written.is_absolute()) {
        return path;
    }
    return (std::filesystem::path(folder) / written).lexically_normal().string();
}

}  // namespace

Loaded<Config> load_config(const TextFile& file) {
    return load_config(file, std::filesystem::path(file.path).parent_path().string());
}

Loaded<Config> load_config(const TextFile& file, const std::string& folder) {
    Loaded<Config> loaded;
    const std::optional<YAML::Node> root = parse_yaml(file, loaded.diagnostics);
    Config config;
    std::set<int> secret_lines;
    if (root) {
        ConfigReader reader(file, loaded.diagnostics);
        config = reader.read(*root);
        config.store = beside(folder, config.store);
        secret_lines = reader.secret_lines();
    }
    settle_findings(loaded.diagnostics, std::span(&file, 1));
    for (Diagnostic& finding : loaded.diagnostics) {
        if (secret_lines.count(finding.where.line) > 0) {
            finding.snippet.clear();
        }
    }
    if (!has_errors(loaded.diagnostics)) {
        loaded.value = std::move(config);
    }
    return loaded;
}

namespace {

// "localhost", "127.0.0.1" (any of 127/8), "[::1]".
bool is_loopback_host(std::string_view host) {
    if (iequals(host, "localhost") || host == "[::1]") {
        return true;
    }
    return host.starts_with("127.") &&
           host.find_first_not_of("0123456789.") == std::string_view::npos;
}

}  // namespace

std::optional<std::string> api_url_problem(std::string_view url) {
    const bool https = istarts_with(url, "https://");
    if (!https && !istarts_with(url, "http://")) {
        return "the Gitee API address must start with https://";
    }
    const std::string_view rest = url.substr(url.find("://") + 3);
    const std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
    if (authority.find('@') != std::string_view::npos) {
        return "the Gitee API address holds a user name or password (user:pass@); sigaudit "
               "would send and show it: put the token in $GITEE_TOKEN instead";
    }
    const std::string_view host = authority.starts_with('[')
                                      ? authority.substr(0, authority.find(']') + 1)
                                      : authority.substr(0, authority.find(':'));
    if (host.empty()) {
        return "the Gitee API address names no host";
    }
    if (!https && !is_loopback_host(host)) {
        return "the token would cross the network in plain text: use https://, or http:// "
               "only to a server on this machine (127.0.0.1, localhost, [::1])";
    }
    return std::nullopt;
}

bool is_token_variable(std::string_view name) {
    return std::find(std::begin(defaults::kTokenEnvs), std::end(defaults::kTokenEnvs), name) !=
           std::end(defaults::kTokenEnvs);
}

}  // namespace sigaudit
