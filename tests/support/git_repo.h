#pragma once

#include <string>
#include <vector>

#include "support/process.h"
#include "support/temp_dir.h"

namespace sigaudit::testing {

// A real git repository in a temporary folder, for the commands that read
// history (`ci --base-ref`) as a CI job would.
class GitRepo {
  public:
    GitRepo();  // `git init`

    const TempDir& dir() const { return dir_; }
    // Runs git in the repository; a failure fails the test.
    void git(std::vector<std::string> args) const;
    // Writes `path` (relative) with `text` and commits it with `message`.
    void commit_file(const std::string& path, const std::string& text,
                     const std::string& message) const;
    // The sigaudit binary run inside the repository.
    ProcessResult sigaudit(const std::vector<std::string>& args) const;

  private:
    TempDir dir_;
};

}  // namespace sigaudit::testing
