#pragma once

#include <string>

#include "sigaudit/cli/deps.h"
#include "sigaudit/cli/flags.h"
#include "sigaudit/config/config.h"
#include "sigaudit/gitee/gitee_fetcher.h"

namespace sigaudit {

// The data flags resolved against the config and the environment: a flag
// wins over the config, the config over the defaults.
struct DataSource {
    std::string api_url;
    std::string store_path;
    std::string token;         // never printed
    std::string token_source;  // "$GITEE_TOKEN" or the token file, for messages
    FetchOptions options;
};

DataSource resolve_data_source(const DataFlags& flags, const Config& config, Deps& deps);

}  // namespace sigaudit
