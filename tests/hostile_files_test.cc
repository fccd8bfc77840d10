// Files a pull request can put where sigaudit reads: each is refused with
// a clear message before it can hang the run or leak another file.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "support/git_repo.h"
#include "support/process.h"
#include "support/temp_dir.h"

using sigaudit::testing::ProcessResult;
using sigaudit::testing::run_sigaudit;
using sigaudit::testing::TempDir;

// Opened to read, a FIFO blocks until a writer comes; none will.
TEST_CASE("a roster, head or token file that is a FIFO is refused at once", "[security][cli]") {
    TempDir dir;
    const std::string fifo = (dir.path() / "sig_members.yaml").string();
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);

    const ProcessResult lint = run_sigaudit({"lint", fifo});
    CHECK(lint.exit_code == 2);
    CHECK_THAT(lint.out,
               Catch::Contains(fifo) &&
                   Catch::Contains("it is not a regular file (a pipe, device or socket)"));

    const std::string base = dir.write("base.yaml", "Description: x\n");
    const ProcessResult ci = run_sigaudit({"ci", "--base", base, "--head", fifo, "--offline",
                                           "--store", (dir.path() / "none.db").string()});
    CHECK(ci.exit_code == 2);
    CHECK_THAT(ci.err, Catch::Contains("not a regular file"));

    const ProcessResult token =
        run_sigaudit({"fetch", "--repo", "mindspore/models", "--token-file", fifo, "--store",
                      (dir.path() / "s.db").string(), "--api-url", "http://127.0.0.1:1/api/v5"});
    CHECK(token.exit_code == 2);
    CHECK_THAT(token.err, Catch::Contains("not a regular file"));
}

TEST_CASE("a device is no roster", "[security][cli]") {
    const ProcessResult zero = run_sigaudit({"lint", "/dev/zero"});
    CHECK(zero.exit_code == 2);
    CHECK_THAT(zero.out, Catch::Contains("/dev/zero") && Catch::Contains("not a regular file"));
}

// A roster that is a symlink to another file on the runner would have that
// file's lines quoted in the comment ci posts publicly.
TEST_CASE("ci refuses a roster that is a symlink out of the repository", "[security][ci][git]") {
    sigaudit::testing::GitRepo repo;
    repo.commit_file("sig_members.yaml", "Description: x\n", "base");
    TempDir elsewhere;
    const std::string secret = elsewhere.write("secret.yaml", "root-password: hunter2-hunter2\n");
    std::filesystem::remove(repo.dir().path() / "sig_members.yaml");
    std::filesystem::create_symlink(secret, repo.dir().path() / "sig_members.yaml");
    const ProcessResult run =
        repo.sigaudit({"ci", "--base-ref", "HEAD", "--head", "sig_members.yaml", "--offline",
                       "--store", (elsewhere.path() / "none.db").string(), "--format", "markdown"});
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Catch::Contains("sig_members.yaml") &&
                            Catch::Contains("a symlink that leads outside the repository"));
    CHECK(run.out.find("hunter2") == std::string::npos);
    CHECK(run.err.find("hunter2") == std::string::npos);
}

TEST_CASE("a rule file that is a symlink out of its folder is refused", "[security][cli]") {
    TempDir dir;
    const std::string secret = dir.write("secret.yaml", "root-password: hunter2-hunter2\n");
    std::filesystem::create_directory(dir.path() / "rules");
    std::filesystem::create_symlink(secret, dir.path() / "rules" / "a.yaml");
    const ProcessResult run =
        run_sigaudit({"rules", "check", "--rules", (dir.path() / "rules").string()});
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err + run.out, Catch::Contains("a symlink that leads outside its folder"));
    CHECK((run.err + run.out).find("hunter2") == std::string::npos);
}

TEST_CASE("a store that is a FIFO is refused, never waited on", "[security][cli]") {
    TempDir dir;
    const std::string fifo = (dir.path() / "gitee.db").string();
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const ProcessResult status = run_sigaudit({"store", "status", "--store", fifo});
    CHECK(status.exit_code == 3);
    CHECK_THAT(status.err, Catch::Contains(fifo + ": cannot open: it is not a regular file"));
}
