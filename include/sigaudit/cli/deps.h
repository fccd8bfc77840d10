#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "sigaudit/cli/terminal.h"
#include "sigaudit/common/calendar.h"
#include "sigaudit/store/store.h"

namespace sigaudit {

// What a command reaches of the world beyond its flags, built once in main
// (gh's factory, ninja's DiskInterface): tests build their own, with a
// terminal of buffers, a fixed clock and an environment of their choosing.
struct Deps {
    Terminal& terminal;
    std::function<Instant()> now;  // the clock: "today" when --as-of is not given
    // The environment: the token variable, SIGAUDIT_RULES_DIR, XDG_CACHE_HOME, HOME.
    std::function<std::optional<std::string>(const std::string& name)> env;
    // A store to read and write (fetch, and runs that sync first) or, for
    // --offline, one to read only.
    enum class StoreUse { sync, read };
    std::function<Store(const std::string& path, StoreUse use)> open_store;
    // The shipped rules, installed beside the binary (<prefix>/share/sigaudit/rules
    // for <prefix>/bin/sigaudit), when SIGAUDIT_RULES_DIR does not name others.
    std::string shipped_rules_dir;
};

// A SQLite store opened as `use` asks: what system_deps opens with.
Store open_sqlite_store(const std::string& path, Deps::StoreUse use);

// The real ones: the system clock, the process environment, SQLite files.
Deps system_deps(Terminal& terminal);

// The rules directory used when no --rules is given: $SIGAUDIT_RULES_DIR
// when set, else the shipped rules.
std::string default_rules_dir(const Deps& deps);

// $XDG_CACHE_HOME/sigaudit/gitee.db (an absolute XDG_CACHE_HOME only, as the
// XDG spec says), else $HOME/.cache/sigaudit/gitee.db. Throws
// DataSourceError when neither is set.
std::string default_store_path(const Deps& deps);

}  // namespace sigaudit
