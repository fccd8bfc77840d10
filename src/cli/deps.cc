#include "sigaudit/cli/deps.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "sigaudit/common/errors.h"

namespace sigaudit {

namespace {

std::optional<std::string> process_env(const std::string& name) {
    const char* value = std::getenv(name.c_str());
    if (value == nullptr || *value == '\0') {
        return std::nullopt;
    }
    return std::string(value);
}

Instant system_now() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// <prefix>/share/sigaudit/rules for <prefix>/bin/sigaudit, found through
// the running binary (symlinks resolved) so that a moved or relocated
// install still finds its own rules; empty when the binary cannot be named.
std::string rules_beside_binary() {
    std::error_code error;
    const std::filesystem::path binary = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error) {
        return {};
    }
    return (binary.parent_path() / SIGAUDIT_RULES_FROM_BINARY).lexically_normal().string();
}

}  // namespace

Deps system_deps(Terminal& terminal) {
    return Deps{terminal, system_now, process_env, open_sqlite_store, rules_beside_binary()};
}

Store open_sqlite_store(const std::string& path, Deps::StoreUse use) {
    return use == Deps::StoreUse::read ? Store::open_read_only(path) : Store::open(path);
}

std::string default_rules_dir(const Deps& deps) {
    return deps.env("SIGAUDIT_RULES_DIR").value_or(deps.shipped_rules_dir);
}

std::string default_store_path(const Deps& deps) {
    namespace fs = std::filesystem;
    if (const auto cache = deps.env("XDG_CACHE_HOME"); cache && cache->front() == '/') {
        return (fs::path(*cache) / "sigaudit" / "gitee.db").string();
    }
    if (const auto home = deps.env("HOME")) {
        return (fs::path(*home) / ".cache" / "sigaudit" / "gitee.db").string();
    }
    throw DataSourceError("cannot choose a store path: neither XDG_CACHE_HOME nor HOME is set",
                          "give one with --store FILE");
}

}  // namespace sigaudit
