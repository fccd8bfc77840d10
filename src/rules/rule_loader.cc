#include "sigaudit/rules/rule_loader.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>

#include "group_table.h"
#include "rule_checker.h"
#include "rule_compiler.h"
#include "rule_reader.h"
#include "sigaudit/common/yaml_document.h"

namespace sigaudit {

namespace {

namespace fs = std::filesystem;

// The records of one file; text that is not YAML becomes a diagnostic so
// the other files are still checked.
std::optional<RuleFile> read_records(const TextFile& file, std::vector<Diagnostic>& diagnostics) {
    const std::optional<YAML::Node> root = parse_yaml(file, diagnostics);
    if (!root) {
        return std::nullopt;
    }
    return read_rule_file(*root, file, diagnostics);
}

bool is_rule_file_name(const fs::path& path) {
    const std::string extension = path.extension().string();
    return extension == ".yaml" || extension == ".yml";
}

[[noreturn]] void fail(Code code, const std::string& path, std::string message) {
    throw InputError(
        make_diagnostic(std::move(code), SourceLocation{path, 0, 0}, std::move(message)));
}

// The rule files directly in `directory`, sorted by name.
std::vector<std::string> rule_files_in(const std::string& directory) {
    std::vector<fs::path> found;
    try {
        for (const fs::directory_entry& entry : fs::directory_iterator(directory)) {
            if (entry.is_regular_file() && is_rule_file_name(entry.path())) {
                found.push_back(entry.path());
            }
        }
    } catch (const fs::filesystem_error& e) {
        fail(Code::file_unreadable, directory,
             fmt::format("cannot read the directory: {}", e.code().message()));
    }
    if (found.empty()) {
        fail(Code::no_rule_files, directory, "the directory holds no rule files (*.yaml or *.yml)");
    }
    std::sort(found.begin(), found.end(), [](const fs::path& a, const fs::path& b) {
        return a.filename().string() < b.filename().string();
    });
    std::vector<std::string> paths;
    for (const fs::path& path : found) {
        paths.push_back(path.string());
    }
    return paths;
}

bool is_directory(const std::string& path) {
    std::error_code ignored;
    return fs::is_directory(path, ignored);
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
            load.value = std::move(rules);
        }
    }
    settle_findings(load.diagnostics, files);
    return load;
}

std::vector<TextFile> read_rule_files(const std::vector<std::string>& paths) {
    std::vector<TextFile> files;
    for (const std::string& path : paths) {
        const std::vector<std::string> names =
            is_directory(path) ? rule_files_in(path) : std::vector<std::string>{path};
        for (const std::string& name : names) {
            files.push_back(read_text_file(name));
        }
    }
    return files;
}

std::string default_rules_dir() {
    if (const char* dir = std::getenv("SIGAUDIT_RULES_DIR"); dir != nullptr && *dir != '\0') {
        return dir;
    }
#ifdef SIGAUDIT_INSTALLED_RULES_DIR
    if (is_directory(SIGAUDIT_INSTALLED_RULES_DIR)) {
        return SIGAUDIT_INSTALLED_RULES_DIR;
    }
#endif
    return SIGAUDIT_DEFAULT_RULES_DIR;
}

}  // namespace sigaudit
