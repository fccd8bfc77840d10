#include "rule_source.h"

#include "sigaudit/config/config.h"

namespace sigaudit {

void add_rule_flags(CLI::App& command, RuleFlags& flags) {
    command.add_option("--rules", flags.paths,
                       "Rule file or directory (repeatable; default: the shipped rules)");
    command.add_option("--config", flags.config,
                       "sigaudit.yaml with settings such as repository groups");
}

LoadedRules load_rule_paths(const RuleFlags& flags, const std::vector<std::string>& extra_paths) {
    std::vector<std::string> paths = extra_paths;
    paths.insert(paths.end(), flags.paths.begin(), flags.paths.end());
    const GroupOverrides overrides =
        flags.config.empty() ? GroupOverrides{}
                             : require(load_file(flags.config, load_config)).groups;
    const std::vector<TextFile> files =
        read_rule_files(paths.empty() ? std::vector{default_rules_dir()} : paths);
    return LoadedRules{load_rules(files, overrides), files.size()};
}

}  // namespace sigaudit
