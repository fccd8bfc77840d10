#pragma once

#include <string>
#include <vector>

#include "support/git_repo.h"

namespace sigaudit::testing {

// A checkout whose HEAD holds the example roster as sig/sig_members.yaml,
// with a copy of the example store: a pull request job's working copy.
struct Checkout {
    GitRepo repo;
    const TempDir& dir = repo.dir();
    std::string store = (dir.path() / "gitee.db").string();

    Checkout();

    void git(std::vector<std::string> args) const { repo.git(std::move(args)); }

    // The change: `login` added to the working copy as a Member.
    void add_member(const std::string& login) const;

    // sigaudit ci run inside the checkout, as a CI job runs it.
    ProcessResult ci(std::vector<std::string> args) const;
};

}  // namespace sigaudit::testing
