#pragma once

#include <sys/types.h>

#include <map>
#include <string>
#include <vector>

namespace sigaudit::testing {

struct ProcessResult {
    int exit_code = -1;  // -1 when the process did not exit normally (e.g. a crash)
    std::string out;
    std::string err;
};

// Runs `program` with `args`, stdin from /dev/null, and `environment` added
// to (or replacing in) the current environment; captures stdout and stderr.
ProcessResult run_process(const std::string& program, const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& environment = {});

// Runs the built sigaudit binary.
ProcessResult run_sigaudit(const std::vector<std::string>& args,
                           const std::map<std::string, std::string>& environment = {});

// Runs the built sigaudit with stderr on a pseudo-terminal (stdout to a
// file), as a user at a terminal sees it; `err` holds what the terminal got.
ProcessResult run_sigaudit_on_terminal(const std::vector<std::string>& args,
                                       const std::map<std::string, std::string>& environment = {});

// Starts the built sigaudit without waiting (output discarded), for tests
// that kill it part-way; wait_for reaps it: its exit code, or -1 when a
// signal ended it.
pid_t spawn_sigaudit(const std::vector<std::string>& args,
                     const std::map<std::string, std::string>& environment = {});
int wait_for(pid_t pid);

}  // namespace sigaudit::testing
