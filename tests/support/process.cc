#include "support/process.h"

#include <fcntl.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>
#include <stdexcept>
#include <string_view>

#include "support/temp_dir.h"

namespace sigaudit::testing {

namespace {

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Runs in a forked child of a process with threads (the fake server's):
// nothing here may allocate or lock, or it can wait for a lock a thread
// held at the fork, forever.
void redirect(const char* path, int fd, int flags) {
    const int file = ::open(path, flags, 0600);
    if (file < 0 || ::dup2(file, fd) < 0) {
        ::_exit(127);
    }
    ::close(file);
}

// The current environment with `environment` added or replacing, as
// "NAME=value" strings: built before the fork, since the child may not
// allocate (setenv does).
std::vector<std::string> merged_environment(const std::map<std::string, std::string>& environment) {
    std::vector<std::string> merged;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        const std::string_view text(*entry);
        const std::string name(text.substr(0, text.find('=')));
        if (environment.find(name) == environment.end()) {
            merged.emplace_back(text);
        }
    }
    for (const auto& [name, value] : environment) {
        merged.push_back(name + "=" + value);
    }
    return merged;
}

std::vector<char*> pointers_to(std::vector<std::string>& strings) {
    std::vector<char*> pointers;
    for (std::string& text : strings) {
        pointers.push_back(text.data());
    }
    pointers.push_back(nullptr);
    return pointers;
}

// Forks and execs `program`; `wire` runs in the child first to set up its
// standard descriptors, and, like everything in the child, allocates nothing.
pid_t spawn_wired(const std::string& program, const std::vector<std::string>& args,
                  const std::map<std::string, std::string>& environment,
                  const std::function<void()>& wire) {
    std::vector<std::string> argv_strings = {program};
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv = pointers_to(argv_strings);
    std::vector<std::string> env_strings = merged_environment(environment);
    std::vector<char*> envp = pointers_to(env_strings);

    const pid_t pid = ::fork();
    if (pid < 0) {
        throw std::runtime_error("fork failed");
    }
    if (pid == 0) {
        wire();
        ::execve(program.c_str(), argv.data(), envp.data());
        ::_exit(127);
    }
    return pid;
}

}  // namespace

pid_t spawn_process(const std::string& program, const std::vector<std::string>& args,
                    const std::map<std::string, std::string>& environment,
                    const std::string& out_path, const std::string& err_path) {
    return spawn_wired(program, args, environment, [&] {
        redirect("/dev/null", STDIN_FILENO, O_RDONLY);
        redirect(out_path.c_str(), STDOUT_FILENO, O_WRONLY | O_CREAT | O_TRUNC);
        redirect(err_path.c_str(), STDERR_FILENO, O_WRONLY | O_CREAT | O_TRUNC);
    });
}

int wait_for(pid_t pid) {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

ProcessResult run_process(const std::string& program, const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& environment) {
    // Output goes to files, not pipes, so a chatty child can never block on a full pipe.
    TempDir capture;
    const std::string out_path = (capture.path() / "stdout").string();
    const std::string err_path = (capture.path() / "stderr").string();
    const pid_t pid = spawn_process(program, args, environment, out_path, err_path);
    ProcessResult result;
    result.exit_code = wait_for(pid);
    result.out = slurp(out_path);
    result.err = slurp(err_path);
    return result;
}

ProcessResult run_sigaudit(const std::vector<std::string>& args,
                           const std::map<std::string, std::string>& environment) {
    return run_process(SIGAUDIT_BINARY, args, environment);
}

ProcessResult run_sigaudit_on_terminal(const std::vector<std::string>& args,
                                       const std::map<std::string, std::string>& environment) {
    int terminal = -1;
    int child_side = -1;
    if (::openpty(&terminal, &child_side, nullptr, nullptr, nullptr) < 0) {
        throw std::runtime_error("openpty failed");
    }
    TempDir capture;
    const std::string out_path = (capture.path() / "stdout").string();
    const pid_t pid = spawn_wired(SIGAUDIT_BINARY, args, environment, [&] {
        redirect("/dev/null", STDIN_FILENO, O_RDONLY);
        redirect(out_path.c_str(), STDOUT_FILENO, O_WRONLY | O_CREAT | O_TRUNC);
        if (::dup2(child_side, STDERR_FILENO) < 0) {
            ::_exit(127);
        }
        ::close(child_side);
        ::close(terminal);
    });
    ::close(child_side);
    ProcessResult result;
    // Read until the child's side is gone: Linux then answers EIO.
    char buffer[4096];
    for (;;) {
        const ssize_t got = ::read(terminal, buffer, sizeof buffer);
        if (got > 0) {
            result.err.append(buffer, static_cast<std::size_t>(got));
        } else if (got == 0 || errno != EINTR) {
            break;
        }
    }
    ::close(terminal);
    result.exit_code = wait_for(pid);
    result.out = slurp(out_path);
    return result;
}

pid_t spawn_sigaudit(const std::vector<std::string>& args,
                     const std::map<std::string, std::string>& environment) {
    return spawn_process(SIGAUDIT_BINARY, args, environment, "/dev/null", "/dev/null");
}

}  // namespace sigaudit::testing
