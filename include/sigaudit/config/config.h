#pragma once

#include <map>
#include <string>
#include <vector>

#include "sigaudit/common/calendar.h"
#include "sigaudit/common/loaded.h"
#include "sigaudit/common/text_file.h"
#include "sigaudit/config/defaults.h"

namespace sigaudit {

// sigaudit.yaml: settings a SIG keeps beside its roster. Every key is optional.
struct Config {
    std::string api_url{defaults::kApiUrl};      // Gitee Enterprise and test servers differ
    std::string token_env{defaults::kTokenEnv};  // the variable holding the token, never the token
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

}  // namespace sigaudit
