#include "git_show.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <vector>

#include "sigaudit/common/diagnostic.h"
#include "sigaudit/common/text_file.h"

extern char** environ;

namespace sigaudit {
namespace {

[[noreturn]] void fail(const std::string& ref, const std::string& path, const std::string& why) {
    throw InputError(make_diagnostic(Code::git_show_failed, SourceLocation{ref + ":" + path, 0, 0},
                                     "cannot read the base roster from git: " + why));
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

}  // namespace

std::string git_show(const std::string& ref, const std::string& path) {
    if (ref.empty() || ref[0] == '-') {
        fail(ref, path, "the ref must not be empty or start with '-'");
    }
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) {
        fail(ref, path, "cannot create a pipe");
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    std::string object = ref + ":./" + path;
    std::vector<char*> argv = {const_cast<char*>("git"), const_cast<char*>("show"), object.data(),
                               nullptr};
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipe_fds[1]);
    if (spawned != 0) {
        ::close(pipe_fds[0]);
        fail(ref, path, "git is not installed or cannot run");
    }
    bool too_large = false;
    std::string text = read_all(pipe_fds[0], kMaxInputFileBytes, too_large);
    ::close(pipe_fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fail(ref, path,
             "git show " + object + " failed (is " + ref + " a revision that has the file?)");
    }
    if (too_large) {
        fail(ref, path, "the file is larger than the input limit");
    }
    return text;
}

}  // namespace sigaudit
