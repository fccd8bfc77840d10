// Files a pull request can put where sigaudit reads: each is refused with
// a clear message before it can hang the run or leak another file.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <string>

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
