#pragma once

#include <optional>
#include <string>
#include <vector>

namespace sigaudit {

// What ci reads from the base revision, through git run without a shell.
// Paths are as the command line gives them, relative to the current folder.

// The contents of `path` at `ref` (`git show REF:./PATH`). Throws InputError
// (git-show-failed) naming the ref when git fails.
std::string git_show(const std::string& ref, const std::string& path);

// The same, or nothing when `ref` has no such file (a change that adds it).
std::optional<std::string> git_show_if_present(const std::string& ref, const std::string& path);

// The files directly in `directory` at `ref`, as paths like `directory/x.yaml`,
// sorted; nothing when `ref` has no such directory.
std::vector<std::string> git_files_in(const std::string& ref, const std::string& directory);

// Whether `path` lies inside the git work tree of the current folder: only
// such files can come from the base revision (shipped rules do not).
bool in_work_tree(const std::string& path);

// A file ci reads from the change that is reached through a symlink must
// stay inside the repository (outside any work tree: inside the link's own
// folder): a roster linked to a file elsewhere on the runner would have that
// file's lines quoted in a public comment. Throws InputError (file-unreadable)
// before anything is read. A plain path is left alone wherever it is.
void require_no_escaping_symlink(const std::string& path);

}  // namespace sigaudit
