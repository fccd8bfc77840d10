#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "sigaudit/config/config.h"
#include "sigaudit/gitee/gitee_fetcher.h"

namespace sigaudit {

// Where Gitee data comes from and where it is kept: the flags of every
// command that reads the store (fetch, and the reports that fetch first).
struct DataFlags {
    std::string api_url;     // empty: the config's, else Gitee's
    std::string store;       // empty: the config's, else the cache path
    std::string token_env;   // empty: the config's, else GITEE_TOKEN
    std::string token_file;  // when set, the token is read from here instead
    int jobs = defaults::kJobs;
    int retries = defaults::kRetries;
    int timeout = defaults::kTimeoutSeconds;
    bool offline = false;
    bool no_progress = false;
    bool verbose = false;
};

void add_data_flags(CLI::App& command, DataFlags& flags, bool with_offline);

// The token from --token-file, warning on stderr when others may read the
// file. Throws InputError when the file cannot be read.
std::string read_token_file(const std::string& path);

// The flags resolved against the config file and the environment.
struct DataSource {
    std::string api_url;
    std::string store_path;
    std::string token;         // never printed
    std::string token_source;  // "$GITEE_TOKEN" or the token file, for messages
    FetchOptions options;
};

DataSource resolve_data_source(const DataFlags& flags, const Config& config);

// The config named by --config, or the defaults when there is none.
Config load_config_or_default(const std::string& path);

}  // namespace sigaudit
