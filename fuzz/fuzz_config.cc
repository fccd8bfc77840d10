// sigaudit.yaml: load_config on any UTF-8 text. It never throws for a
// problem in the file; with any error there is no config; a config it
// returns sends the token only where api_url_problem allows and names a
// token variable only of the documented few. Any exception escaping is a bug.

#include <cstddef>
#include <cstdint>

#include "fuzz_check.h"
#include "sigaudit/common/text_file.h"
#include "sigaudit/config/config.h"

using namespace sigaudit;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    TextFile file;
    try {
        file = make_text_file("sigaudit.yaml", fuzz::bytes_of(data, size));
    } catch (const InputError&) {
        return 0;
    }
    const Loaded<Config> load = load_config(file);
    fuzz::check(!has_errors(load.diagnostics) || !load.usable(), "config returned despite errors");
    if (load.usable()) {
        fuzz::check(!api_url_problem(load.value->api_url), "an api_url the token must not go to");
        fuzz::check(load.value->token_env.empty() || is_token_variable(load.value->token_env),
                    "a token variable the config may not choose");
    }
    return 0;
}
