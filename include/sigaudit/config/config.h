#pragma once

#include <map>
#include <string>
#include <vector>

#include "sigaudit/common/calendar.h"
#include "sigaudit/common/text_file.h"

namespace sigaudit {

// sigaudit.yaml: settings a SIG keeps beside its roster. Every key is optional.
struct Config {
    std::string api_url = "https://gitee.com/api/v5";  // Gitee Enterprise and test servers differ
    std::string token_env = "GITEE_TOKEN";  // the variable holding the token, never the token
    std::string store;                      // empty: the default cache path
    // Replace a rule file's repository group wholesale (or add one).
    std::map<std::string, std::vector<std::string>> groups;
    UtcOffset time_zone;  // months and days are read here; default +08:00
};

// Throws InputError naming file, line and column for an unknown key
// (`config-unknown-key`, with "did you mean") or a bad value (`config-bad-value`).
Config load_config(const TextFile& file);
Config load_config_file(const std::string& path);

}  // namespace sigaudit
