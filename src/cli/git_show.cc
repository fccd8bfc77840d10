#include "git_show.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <vector>

#include <fmt/format.h>

#include "sigaudit/common/diagnostic.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/common/text_file.h"

extern char** environ;

namespace sigaudit {
namespace {

[[noreturn]] void fail(const std::string& ref, const std::string& path, const std::string& why) {
    throw InputError(make_diagnostic(Code::git_show_failed, SourceLocation{ref + ":" + path, 0, 0},
                                     "cannot read the base revision's file from git: " + why));
}

std::string read_all(int fd, std::size_t limit, bool& too_large) {
    std::string out;
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            return out;
        }
        if (out.size() + static_cast<std::size_t>(got) > limit) {
            too_large = true;  // keep draining so git is not left blocked on a full pipe
            continue;
        }
        out.append(buffer, static_cast<std::size_t>(got));
    }
}

// What git printed on stdout (at most kMaxInputFileBytes) and how it ended.
struct GitRun {
    bool spawned = false;
    bool succeeded = false;
    bool too_large = false;
    std::string out;
};

GitRun run_git(std::vector<std::string> args) {
    GitRun run;
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) {
        return run;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    args.insert(args.begin(), "git");
    std::vector<char*> argv;
    for (std::string& arg : args) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipe_fds[1]);
    if (spawned != 0) {
        ::close(pipe_fds[0]);
        return run;
    }
    run.spawned = true;
    run.out = read_all(pipe_fds[0], kMaxInputFileBytes, run.too_large);
    ::close(pipe_fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    run.succeeded = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return run;
}

void check_ref(const std::string& ref, const std::string& path) {
    if (ref.empty() || ref[0] == '-') {
        fail(ref, path, "the ref must not be empty or start with '-'");
    }
}

std::string checked(GitRun run, const std::string& ref, const std::string& path,
                    const std::string& what) {
    if (!run.spawned) {
        fail(ref, path, "git is not installed or cannot run");
    }
    if (!run.succeeded) {
        fail(ref, path, what + " failed (is " + ref + " a revision that has the file?)");
    }
    if (run.too_large) {
        fail(ref, path, "the file is larger than the input limit");
    }
    return std::move(run.out);
}

// `path` as git's REF:./PATH wants it: relative to the current folder, an
// absolute path included.
std::string here_relative(const std::string& path) {
    const std::filesystem::path written(path);
    if (!written.is_absolute()) {
        return path;
    }
    std::error_code error;
    const std::filesystem::path here = std::filesystem::current_path(error);
    return error ? path : written.lexically_normal().lexically_relative(here).string();
}

}  // namespace

std::string git_show(const std::string& ref, const std::string& path) {
    check_ref(ref, path);
    const std::string object = ref + ":./" + here_relative(path);
    return checked(run_git({"show", object}), ref, path, "git show " + object);
}

std::optional<std::string> git_show_if_present(const std::string& ref, const std::string& path) {
    check_ref(ref, path);
    const std::string object = ref + ":./" + here_relative(path);
    // cat-file -e: whether the object exists, without reading it.
    if (!run_git({"cat-file", "-e", object}).succeeded) {
        checked(run_git({"rev-parse", "--verify", "--quiet", ref + "^{commit}"}), ref, path,
                "git rev-parse " + ref);
        return std::nullopt;
    }
    return git_show(ref, path);
}

std::vector<std::string> git_files_in(const std::string& ref, const std::string& directory) {
    check_ref(ref, directory);
    std::string dir = here_relative(directory);
    while (dir.size() > 1 && dir.back() == '/') {
        dir.pop_back();
    }
    // -z: names as they are, whatever bytes they hold; paths relative to here.
    const GitRun run = run_git({"ls-tree", "-z", ref, "--", dir + "/"});
    std::vector<std::string> files;
    if (!run.succeeded) {
        return files;
    }
    std::size_t start = 0;
    while (start < run.out.size()) {
        const std::size_t end = std::min(run.out.find('\0', start), run.out.size());
        const std::string entry = run.out.substr(start, end - start);
        start = end + 1;
        // "<mode> <type> <object>\t<path>"
        const std::size_t tab = entry.find('\t');
        if (tab != std::string::npos && entry.find(" blob ") != std::string::npos &&
            entry.find(" blob ") < tab) {
            files.push_back(entry.substr(tab + 1));
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

namespace {

std::optional<std::string> work_tree_top() {
    const GitRun top = run_git({"rev-parse", "--show-toplevel"});
    if (!top.succeeded) {
        return std::nullopt;
    }
    return std::string(trim(top.out));
}

bool is_within(const std::filesystem::path& root, const std::filesystem::path& target) {
    const auto [root_end, unused] =
        std::mismatch(root.begin(), root.end(), target.begin(), target.end());
    return root_end == root.end();
}

}  // namespace

void require_no_escaping_symlink(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code error;
    const fs::path written = fs::absolute(path, error).lexically_normal();
    const fs::path target = fs::weakly_canonical(path, error);
    if (error || written == target) {
        return;  // no symlink on the way (or nothing there: reading says so)
    }
    const std::optional<std::string> top = work_tree_top();
    const fs::path root = fs::weakly_canonical(top ? fs::path(*top) : written.parent_path(), error);
    if (!error && is_within(root, target)) {
        return;
    }
    throw InputError(make_diagnostic(
        Code::file_unreadable, SourceLocation{path, 0, 0},
        fmt::format("cannot read the file: it is a symlink that leads outside {}; ci reads only "
                    "the change's own files",
                    top ? "the repository" : "its folder")));
}

bool in_work_tree(const std::string& path) {
    const std::optional<std::string> top = work_tree_top();
    if (!top) {
        return false;
    }
    std::error_code error;
    const std::filesystem::path root = std::filesystem::weakly_canonical(*top, error);
    const std::filesystem::path target = std::filesystem::weakly_canonical(path, error);
    if (error) {
        return false;
    }
    const auto [root_end, unused] =
        std::mismatch(root.begin(), root.end(), target.begin(), target.end());
    return root_end == root.end();
}

}  // namespace sigaudit
