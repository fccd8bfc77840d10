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

#include "support/temp_dir.h"

namespace sigaudit::testing {

namespace {

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void redirect(const std::string& path, int fd, int flags) {
    const int file = ::open(path.c_str(), flags, 0600);
    if (file < 0 || ::dup2(file, fd) < 0) {
        ::_exit(127);
    }
    ::close(file);
}

// Forks and execs `program`; `wire` runs in the child first to set up its
// standard descriptors.
pid_t spawn_wired(const std::string& program, const std::vector<std::string>& args,
                  const std::map<std::string, std::string>& environment,
                  const std::function<void()>& wire) {
    std::vector<std::string> argv_strings = {program};
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& arg : argv_strings) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);

    const pid_t pid = ::fork();
    if (pid < 0) {
        throw std::runtime_error("fork failed");
    }
    if (pid == 0) {
        wire();
        for (const auto& [name, value] : environment) {
            ::setenv(name.c_str(), value.c_str(), 1);
        }
        ::execv(program.c_str(), argv.data());
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
        redirect(out_path, STDOUT_FILENO, O_WRONLY | O_CREAT | O_TRUNC);
        redirect(err_path, STDERR_FILENO, O_WRONLY | O_CREAT | O_TRUNC);
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
        redirect(out_path, STDOUT_FILENO, O_WRONLY | O_CREAT | O_TRUNC);
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
