#include "sigaudit/cli/rule_files.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "sigaudit/common/errors.h"

namespace sigaudit {

namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(Code code, const std::string& path, std::string message) {
    throw InputError(
        make_diagnostic(std::move(code), SourceLocation{path, 0, 0}, std::move(message)));
}

// The rule files directly in `directory`, sorted by name.
std::vector<fs::path> rule_paths_in(const std::string& directory) {
    std::vector<fs::path> found;
    for (const fs::directory_entry& entry : fs::directory_iterator(directory)) {
        if (entry.is_regular_file() && is_rule_file_name(entry.path().string())) {
            found.push_back(entry.path());
        }
    }
    std::sort(found.begin(), found.end(), [](const fs::path& a, const fs::path& b) {
        return a.filename().string() < b.filename().string();
    });
    return found;
}

std::vector<std::string> rule_files_in(const std::string& directory) {
    std::vector<fs::path> found;
    try {
        found = rule_paths_in(directory);
    } catch (const fs::filesystem_error& e) {
        fail(Code::file_unreadable, directory,
             fmt::format("cannot read the directory: {}", e.code().message()));
    }
    if (found.empty()) {
        fail(Code::no_rule_files, directory, "the directory holds no rule files (*.yaml or *.yml)");
    }
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

bool is_rule_file_name(const std::string& path) {
    const std::string extension = fs::path(path).extension().string();
    return extension == ".yaml" || extension == ".yml";
}

std::vector<std::string> rule_file_names_in(const std::string& directory) {
    std::vector<std::string> names;
    try {
        for (const fs::path& path : rule_paths_in(directory)) {
            names.push_back(path.string());
        }
    } catch (const fs::filesystem_error&) {
        names.clear();
    }
    return names;
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

}  // namespace sigaudit
