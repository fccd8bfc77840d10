#include "support/git_repo.h"

#include <catch2/catch.hpp>

namespace sigaudit::testing {

GitRepo::GitRepo() {
    git({"init", "-q"});
}

void GitRepo::git(std::vector<std::string> args) const {
    args.insert(args.begin(), {"-C", dir_.path().string(), "-c", "user.name=CI", "-c",
                               "user.email=ci@example.org"});
    const ProcessResult result = run_process("/usr/bin/git", args);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
}

void GitRepo::commit_file(const std::string& path, const std::string& text,
                          const std::string& message) const {
    dir_.write(path, text);
    git({"add", path});
    git({"commit", "-qm", message});
}

ProcessResult GitRepo::sigaudit(const std::vector<std::string>& args) const {
    std::vector<std::string> shell = {"-c", "cd \"$1\" && shift && exec \"$@\"", "sh",
                                      dir_.path().string(), SIGAUDIT_BINARY};
    shell.insert(shell.end(), args.begin(), args.end());
    return run_process("/bin/sh", shell, {{"NO_COLOR", "1"}});
}

}  // namespace sigaudit::testing
