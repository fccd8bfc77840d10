#include <algorithm>
#include <filesystem>

#include "git_show.h"
#include "inputs.h"
#include "sigaudit/cli/rule_files.h"
#include "sigaudit/common/errors.h"

namespace sigaudit {

namespace {

namespace fs = std::filesystem;

// The file as the head has it; nothing when it is missing or unreadable.
std::optional<std::string> head_text(const std::string& path) {
    try {
        return read_text_file(path).text;
    } catch (const InputError&) {
        return std::nullopt;
    }
}

void note_if_changed(BaseInputs& base, const std::string& path,
                     const std::optional<std::string>& at_base) {
    const std::optional<std::string> at_head = head_text(path);
    if (at_head != at_base && (at_head || at_base)) {
        base.unused_changes.push_back(path);
    }
}

[[noreturn]] void fail(const std::string& where, std::string message) {
    throw InputError(
        make_diagnostic(Code::no_rule_files, SourceLocation{where, 0, 0}, std::move(message)));
}

void read_base_config(BaseInputs& base, const std::string& path) {
    if (!in_work_tree(path)) {
        base.config = read_text_file(path);  // outside the repository: not the change's
        return;
    }
    const std::optional<std::string> text = git_show_if_present(base.ref, path);
    if (text) {
        base.config = make_text_file(base.ref + ":" + path, *text);
    }
    note_if_changed(base, path, text);
}

void add_base_rule_file(BaseInputs& base, const std::string& path) {
    const std::optional<std::string> text = git_show_if_present(base.ref, path);
    if (!text) {
        fail(base.ref + ":" + path,
             "the base revision has no such rule file, and ci reads rules only from the base");
    }
    base.rules.push_back(make_text_file(base.ref + ":" + path, *text));
    note_if_changed(base, path, text);
}

// A directory's rule files at the base; the head's that the base lacks are
// edits too, and unused.
void add_base_rule_directory(BaseInputs& base, const std::string& directory) {
    std::vector<std::string> names = git_files_in(base.ref, directory);
    names.erase(std::remove_if(names.begin(), names.end(),
                               [](const std::string& name) { return !is_rule_file_name(name); }),
                names.end());
    if (names.empty()) {
        fail(base.ref + ":" + directory,
             "the base revision holds no rule files (*.yaml or *.yml) there");
    }
    for (const std::string& name : names) {
        add_base_rule_file(base, name);
    }
    for (const std::string& head : rule_file_names_in(directory)) {
        const bool at_base = std::any_of(names.begin(), names.end(), [&](const std::string& name) {
            return fs::path(name).lexically_normal() == fs::path(head).lexically_normal();
        });
        if (!at_base) {
            base.unused_changes.push_back(head);
        }
    }
}

}  // namespace

BaseInputs read_base_inputs(const std::string& ref, const RuleFlags& flags) {
    BaseInputs base{ref, std::nullopt, {}, {}};
    if (!flags.config.empty()) {
        read_base_config(base, flags.config);
    }
    for (const std::string& path : flags.paths) {
        if (!in_work_tree(path)) {
            const std::vector<TextFile> files = read_rule_files({path});
            base.rules.insert(base.rules.end(), files.begin(), files.end());
        } else if (fs::is_directory(path) || !git_files_in(ref, path).empty()) {
            add_base_rule_directory(base, path);
        } else {
            add_base_rule_file(base, path);
        }
    }
    std::sort(base.unused_changes.begin(), base.unused_changes.end());
    base.unused_changes.erase(std::unique(base.unused_changes.begin(), base.unused_changes.end()),
                              base.unused_changes.end());
    return base;
}

}  // namespace sigaudit
