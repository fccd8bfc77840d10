#include "sigaudit/cli/version_text.h"

#include <fmt/format.h>

#include "sigaudit/cli/rule_files.h"
#include "sigaudit/common/build_info.h"
#include "sigaudit/common/errors.h"
#include "sigaudit/rules/rule_loader.h"

namespace sigaudit {

namespace {

// The digest of the rules a command would use, or why there is none: a
// --version that fails would hide the very thing a user asks it for.
std::string rules_line(const Deps& deps) {
    const std::string directory = default_rules_dir(deps);
    try {
        return fmt::format("rules:   {} ({})\n", directory,
                           rules_digest(read_default_rule_files(deps)));
    } catch (const InputError& e) {
        return fmt::format("rules:   {} (unusable: {})\n", directory, e.diagnostic().message);
    }
}

}  // namespace

std::string version_text(const Deps& deps) {
    // CLI11 adds the last line ending itself.
    std::string text = fmt::format("sigaudit {}\ncommit:  {}\n{}", build_version(), build_commit(),
                                   rules_line(deps));
    text.pop_back();
    return text;
}

}  // namespace sigaudit
