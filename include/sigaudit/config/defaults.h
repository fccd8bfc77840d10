#pragma once

#include <chrono>
#include <span>
#include <string_view>

namespace sigaudit::defaults {

// Every default sigaudit runs with, here and nowhere else: the config, the
// fetcher and the flags' help all read these, and the README's configuration
// section is checked against kDocumented by a test.
inline constexpr std::string_view kApiUrl = "https://gitee.com/api/v5";
inline constexpr std::string_view kTokenEnv = "GITEE_TOKEN";
// The variables a token may come from unless --token-env names another, the
// first that is set: never one a file chooses, since a file in a pull
// request could otherwise have any of the CI job's secrets sent to Gitee.
inline constexpr std::string_view kTokenEnvs[] = {kTokenEnv, "SIGAUDIT_GITEE_TOKEN"};
inline constexpr std::string_view kTimeZone = "+08:00";  // the community's calendar
inline constexpr int kTimeZoneMinutes = 8 * 60;
inline constexpr std::string_view kStore = "$XDG_CACHE_HOME/sigaudit/gitee.db";
inline constexpr int kJobs = 8;             // requests in flight at once
inline constexpr int kRetries = 5;          // further tries of a request after a transient failure
inline constexpr int kTimeoutSeconds = 60;  // what one request may take
inline constexpr int kConnectTimeoutSeconds = 10;      // what connecting may take
inline constexpr int kOverlapSeconds = 600;            // an incremental fetch reaches back this far
inline constexpr int kFirstBackoffMilliseconds = 500;  // doubles per retry, with jitter
inline constexpr int kMaxWaitSeconds = 300;            // the backoff one request may spend
// Pages one list may have: ten million items at 100 a page, far beyond any
// Gitee repository, and a bound on a server that would page forever.
inline constexpr int kMaxPages = 100'000;

// One default as the README's configuration table states it.
struct Documented {
    std::string_view setting;  // the config key, or the flag when only a flag sets it
    std::string_view value;
    std::string_view meaning;
};

inline constexpr Documented kDocumented[] = {
    {"api_url", kApiUrl, "the Gitee API (Gitee Enterprise and test servers use others)"},
    {"token_env", kTokenEnv,
     "which of GITEE_TOKEN and SIGAUDIT_GITEE_TOKEN holds the Gitee token (any other "
     "variable: --token-env)"},
    {"store", kStore, "the SQLite store of fetched data (else $HOME/.cache/sigaudit/gitee.db)"},
    {"time_zone", kTimeZone, "the UTC offset months and days are read in"},
    {"groups", "the rule files' groups", "repository groups replacing those of the same name"},
    {"--jobs", "8", "requests in flight at once"},
    {"--retries", "5", "further tries of a request after a transient failure"},
    {"--timeout", "60", "seconds one request may take (connecting: 10)"},
    {"--max-pages", "100000", "pages one list may have; a list past it stops the fetch (exit 3)"},
};

}  // namespace sigaudit::defaults
