#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sigaudit/common/calendar.h"
#include "sigaudit/common/loaded.h"
#include "sigaudit/common/text_file.h"
#include "sigaudit/config/defaults.h"

namespace sigaudit {

// sigaudit.yaml: settings a SIG keeps beside its roster. Every key is optional.
struct Config {
    std::string api_url{defaults::kApiUrl};  // Gitee Enterprise and test servers differ
    // One of defaults::kTokenEnvs; empty: the first of them that is set.
    std::string token_env;
    // Empty: the default cache path. A relative path is read from the
    // config file's folder, not from wherever sigaudit runs.
    std::string store;
    // Replace a rule file's repository group wholesale (or add one).
    std::map<std::string, std::vector<std::string>> groups;
    UtcOffset time_zone{defaults::kTimeZoneMinutes};  // months and days are read here
};

// Reads sigaudit.yaml, reporting every problem with file, line and column:
// config-unknown-key (with a did-you-mean), config-duplicate-key (both lines),
// config-bad-value, config-too-large, and yaml-syntax for text that is not
// YAML. The config is usable only when there is none.
Loaded<Config> load_config(const TextFile& file);
// The same with relative paths read from `folder`: for a config whose text
// came from git (ci's base revision), named "REF:path".
Loaded<Config> load_config(const TextFile& file, const std::string& folder);

// Why the token must not be sent to `url`, or nothing. It goes over
// https://, or over http:// only to a loopback host (a test server), and
// the address holds no user:password@ (it would be sent, and shown in
// messages). The reason never repeats the address: it may hold a secret.
std::optional<std::string> api_url_problem(std::string_view url);

// Whether `name` is one of the variables a config may pick the token from.
bool is_token_variable(std::string_view name);

}  // namespace sigaudit
