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

// A rule file that is a symlink out of its folder is someone else's file:
// refused before it is read, so no line of it is ever quoted.
void require_inside(const fs::path& file, const std::string& directory) {
    if (!fs::is_symlink(file)) {
        return;
    }
    std::error_code error;
    const fs::path folder = fs::weakly_canonical(directory, error);
    const fs::path target = fs::weakly_canonical(file, error);
    const auto [folder_end, unused] =
        std::mismatch(folder.begin(), folder.end(), target.begin(), target.end());
    if (error || folder_end != folder.end()) {
        fail(Code::file_unreadable, file.string(),
             "cannot read the file: it is a symlink that leads outside its folder");
    }
}

std::vector<std::string> rule_files_in(const std::string& directory) {
    std::vector<fs::path> found;
    try {
        found = rule_paths_in(directory);
    } catch (const fs::filesystem_error& e) {
        fail(Code::file_unreadable, directory,
             fmt::format("cannot read the directory: {}", e.code().message()));
    }
    for (const fs::path& file : found) {
        require_inside(file, directory);
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

std::vector<TextFile> read_default_rule_files(const Deps& deps) {
    const std::string directory = default_rules_dir(deps);
    if (!is_directory(directory)) {
        fail(Code::file_unreadable, directory,
             deps.env("SIGAUDIT_RULES_DIR")
                 ? "SIGAUDIT_RULES_DIR names no directory; set it to a folder of rule files"
                 : "the shipped rules are not here, in share/sigaudit/rules beside the folder of "
                   "the sigaudit binary; reinstall, or give --rules DIR or SIGAUDIT_RULES_DIR");
    }
    return read_rule_files({directory});
}

}  // namespace sigaudit
