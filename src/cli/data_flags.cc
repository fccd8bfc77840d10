#include "data_flags.h"

#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>

#include "sigaudit/common/diagnostic.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/common/text_file.h"
#include "sigaudit/store/store.h"

namespace sigaudit {
namespace {

// A token is tens of bytes; anything large is the wrong file.
constexpr std::size_t kMaxTokenFileBytes = 4096;

}  // namespace

void add_data_flags(CLI::App& command, DataFlags& flags, bool with_offline) {
    command
        .add_option("--api-url", flags.api_url,
                    "Gitee API base URL (default: the config's, else " +
                        std::string(defaults::kApiUrl) + ")")
        ->check(
            [](const std::string& url) {
                return istarts_with(url, "http://") || istarts_with(url, "https://")
                           ? std::string()
                           : "\"" + url + "\" is not an http:// or https:// URL";
            },
            "URL");
    command.add_option("--store", flags.store,
                       "SQLite store (default: " + std::string(defaults::kStore) + ")");
    command.add_option("--token-env", flags.token_env,
                       "Environment variable holding the Gitee token (default " +
                           std::string(defaults::kTokenEnv) + ")");
    command.add_option("--token-file", flags.token_file,
                       "File holding the Gitee token (instead of the environment)");
    command.add_option("-j,--jobs", flags.jobs, "Requests in flight at once")
        ->check(CLI::Range(1, 64))
        ->default_str(std::to_string(defaults::kJobs));
    command.add_option("--retries", flags.retries, "Further tries of a failing request")
        ->check(CLI::Range(0, 20))
        ->default_str(std::to_string(defaults::kRetries));
    command.add_option("--timeout", flags.timeout, "Seconds one request may take")
        ->check(CLI::Range(1, 3600))
        ->default_str(std::to_string(defaults::kTimeoutSeconds));
    if (with_offline) {
        command.add_flag("--offline", flags.offline, "Use the store only; fetch nothing");
    }
    command.add_flag("--no-progress", flags.no_progress, "No live progress on stderr");
    command.add_flag("-v,--verbose", flags.verbose, "Log every request on stderr");
}

std::string read_token_file(const std::string& path) {
    struct stat status {};
    if (::stat(path.c_str(), &status) == 0 && (status.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        std::fprintf(stderr, "sigaudit: warning: %s can be read by other users; chmod 600 it\n",
                     path.c_str());
    }
    try {
        return std::string(trim(read_text_file(path, kMaxTokenFileBytes).text));
    } catch (const InputError& error) {
        // The file is a secret: say what is wrong with it, never show a line of it.
        Diagnostic diagnostic = error.diagnostic();
        diagnostic.snippet.clear();
        throw InputError(diagnostic);
    }
}

Config load_config_or_default(const std::string& path) {
    return path.empty() ? Config{} : require(load_file(path, load_config));
}

DataSource resolve_data_source(const DataFlags& flags, const Config& config) {
    DataSource source;
    source.api_url = flags.api_url.empty() ? config.api_url : flags.api_url;
    source.store_path = !flags.store.empty()    ? flags.store
                        : !config.store.empty() ? config.store
                                                : Store::default_path();
    if (!flags.token_file.empty()) {
        source.token_source = flags.token_file;
        source.token = read_token_file(flags.token_file);
    } else {
        const std::string variable = flags.token_env.empty() ? config.token_env : flags.token_env;
        source.token_source = "$" + variable;
        if (const char* token = std::getenv(variable.c_str())) {
            source.token = trim(token);
        }
    }
    FetchOptions& options = source.options;
    options.api_url = source.api_url;
    options.token = source.token;
    options.jobs = flags.jobs;
    options.retries = flags.retries;
    options.request_timeout = std::chrono::seconds(flags.timeout);
    options.connect_timeout = std::min(options.connect_timeout, options.request_timeout);
    return source;
}

}  // namespace sigaudit
