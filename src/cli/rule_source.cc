#include "rule_source.h"

namespace sigaudit {

void add_rule_flags(CLI::App& command, RuleFlags& flags) {
    command.add_option("--rules", flags.paths,
                       "Rule file or directory (repeatable; default: the shipped rules)");
}

LoadedRules load_rule_paths(const std::vector<std::string>& paths) {
    const std::vector<TextFile> files =
        read_rule_files(paths.empty() ? std::vector{default_rules_dir()} : paths);
    return LoadedRules{load_rules(files), files.size()};
}

}  // namespace sigaudit
