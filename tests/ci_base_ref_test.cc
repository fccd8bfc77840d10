// `ci --base-ref`: the roster before the change read from a real git
// repository, as a pull request job reads it from the base branch.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "support/git_repo.h"

using sigaudit::testing::GitRepo;
using sigaudit::testing::ProcessResult;
using sigaudit::testing::TempDir;

namespace {

const std::string kSource = SIGAUDIT_SOURCE_DIR;

// A checkout whose HEAD holds the example roster as sig/sig_members.yaml.
struct Checkout {
    GitRepo repo;
    const TempDir& dir = repo.dir();
    std::string store = (dir.path() / "gitee.db").string();

    Checkout() {
        std::filesystem::copy_file(kSource + "/examples/snapshot/gitee.db", store);
        std::ifstream roster(kSource + "/examples/sig_members.yaml");
        repo.commit_file("sig/sig_members.yaml",
                         std::string(std::istreambuf_iterator<char>(roster), {}), "base");
    }

    void git(std::vector<std::string> args) const { repo.git(std::move(args)); }

    // sigaudit ci run inside the checkout, as a CI job runs it.
    ProcessResult ci(std::vector<std::string> args) const {
        args.insert(args.begin(), "ci");
        args.insert(args.end(), {"--store", store, "--offline", "--as-of", "2026-08-31"});
        return repo.sigaudit(args);
    }
};

}  // namespace

TEST_CASE("ci --base-ref reads the base roster from git and names it so", "[ci][git]") {
    const Checkout checkout;
    // The pull request adds one Member to the working copy.
    std::ofstream(checkout.dir.path() / "sig" / "sig_members.yaml", std::ios::app)
        << "- name: Newcomer\n  gitee_id: newcomer\n";
    const ProcessResult run =
        checkout.ci({"--base-ref", "HEAD", "--head", "sig/sig_members.yaml", "--format", "text"});
    INFO(run.err);
    CHECK(run.exit_code == 1);  // newcomer attended no meeting
    CHECK_THAT(run.out, Catch::StartsWith(
                            "HEAD:sig/sig_members.yaml → sig/sig_members.yaml, as of 2026-08-31"));
    CHECK_THAT(run.out, Catch::Contains("newcomer"));
}

TEST_CASE("ci --base-ref with --base reads that path at the revision", "[ci][git]") {
    const Checkout checkout;
    checkout.git({"mv", "sig/sig_members.yaml", "sig/renamed.yaml"});
    const ProcessResult run = checkout.ci({"--base-ref", "HEAD", "--base", "sig/sig_members.yaml",
                                           "--head", "sig/renamed.yaml", "--format", "markdown"});
    INFO(run.err);
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.out, Catch::Contains("`HEAD:sig/sig_members.yaml` → `sig/renamed.yaml`"));
}

TEST_CASE("ci --base-ref with a path the revision lacks is exit 2, named", "[ci][git]") {
    const Checkout checkout;
    std::ofstream(checkout.dir.path() / "sig" / "new.yaml") << "Members: []\n";
    const ProcessResult run =
        checkout.ci({"--base-ref", "HEAD", "--head", "sig/new.yaml", "--format", "text"});
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Catch::Contains("HEAD:sig/new.yaml") && Catch::Contains("git-show-failed"));
}
