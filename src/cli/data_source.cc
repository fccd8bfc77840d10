#include "data_source.h"

#include <sys/prctl.h>
#include <sys/stat.h>

#include "sigaudit/common/strings.h"
#include "sigaudit/common/text_file.h"

namespace sigaudit {

namespace {

// A token is tens of bytes; anything large is the wrong file.
constexpr std::size_t kMaxTokenFileBytes = 4096;

// The token in `path`, with a warning when others may read the file.
std::string read_token_file(const std::string& path, Terminal& terminal) {
    struct stat status {};
    if (::stat(path.c_str(), &status) == 0 && (status.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        terminal.print_error("sigaudit: warning: " + path +
                             " can be read by other users; chmod 600 it\n");
    }
    try {
        return std::string(trim(read_text_file(path, kMaxTokenFileBytes).text));
    } catch (const InputError& error) {
        // The file is a secret: say what is wrong with it, never show a line of it.
        std::vector<Diagnostic> diagnostics = error.diagnostics();
        for (Diagnostic& diagnostic : diagnostics) {
            diagnostic.snippet.clear();
        }
        throw InputError(std::move(diagnostics));
    }
}

// --token-env, else the config's pick of the documented few, else the first
// of them that is set (the first when none is).
std::string token_variable(const DataFlags& flags, const Config& config, Deps& deps) {
    if (!flags.token_env.empty()) {
        return flags.token_env;
    }
    if (!config.token_env.empty()) {
        return config.token_env;
    }
    for (std::string_view name : defaults::kTokenEnvs) {
        if (!trim(deps.env(std::string(name)).value_or("")).empty()) {
            return std::string(name);
        }
    }
    return std::string(defaults::kTokenEnv);
}

}  // namespace

DataSource resolve_data_source(const DataFlags& flags, const Config& config, Deps& deps) {
    DataSource source;
    source.api_url = flags.api_url.empty() ? config.api_url : flags.api_url;
    source.store_path = !flags.store.empty()    ? flags.store
                        : !config.store.empty() ? config.store
                                                : default_store_path(deps);
    if (!flags.token_file.empty()) {
        source.token_source = flags.token_file;
        source.token = read_token_file(flags.token_file, deps.terminal);
    } else {
        const std::string variable = token_variable(flags, config, deps);
        source.token_source = "$" + variable;
        source.token = trim(deps.env(variable).value_or(""));
    }
    if (!source.token.empty()) {
        // A core dump, or a debugger attached by another process of this
        // user, would hold the token.
        ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    }
    FetchOptions& options = source.options;
    options.api_url = source.api_url;
    options.token = source.token;
    options.jobs = flags.jobs;
    options.retries = flags.retries;
    options.max_pages = flags.max_pages;
    options.request_timeout = std::chrono::seconds(flags.timeout);
    options.connect_timeout = std::min(options.connect_timeout, options.request_timeout);
    return source;
}

}  // namespace sigaudit
