#include "sigaudit/rules/rule_loader.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "group_table.h"
#include "rule_checker.h"
#include "rule_compiler.h"
#include "rule_reader.h"
#include "sigaudit/common/sha256.h"
#include "sigaudit/common/yaml_document.h"

namespace sigaudit {

namespace {

// The records of one file; text that is not YAML becomes a diagnostic so
// the other files are still checked.
std::optional<RuleFile> read_records(const TextFile& file, std::vector<Diagnostic>& diagnostics) {
    const std::optional<YAML::Node> root = parse_yaml(file, diagnostics);
    if (!root) {
        return std::nullopt;
    }
    return read_rule_file(*root, file, diagnostics);
}

}  // namespace

Loaded<RuleSet> load_rules(const std::vector<TextFile>& files, const GroupOverrides& overrides) {
    Loaded<RuleSet> load;
    std::vector<RuleFile> records;
    for (const TextFile& file : files) {
        if (auto record = read_records(file, load.diagnostics)) {
            records.push_back(std::move(*record));
        }
    }
    const GroupTable groups = merge_groups(records, overrides, load.diagnostics);
    check_rule_files(records, groups, load.diagnostics);
    if (!has_errors(load.diagnostics)) {
        RuleSet rules = compile_rules(std::move(records), groups, load.diagnostics);
        if (!has_errors(load.diagnostics)) {
            rules.digest = rules_digest(files);
            load.value = std::move(rules);
        }
    }
    settle_findings(load.diagnostics, files);
    return load;
}

std::string rules_digest(const std::vector<TextFile>& files) {
    Sha256 hash;
    for (const TextFile& file : files) {
        hash.add(std::filesystem::path(file.path).filename().string());
        hash.add(std::string_view("\0", 1));
        hash.add(file.text);
        hash.add(std::string_view("\0", 1));
    }
    return "sha256:" + hash.hex();
}

}  // namespace sigaudit
