// With the network down, one line says so after the bounded retries, and
// one says what to do with the data at hand.
#include <catch2/catch.hpp>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>

#include "support/process.h"
#include "support/temp_dir.h"

using sigaudit::testing::run_sigaudit;
using sigaudit::testing::TempDir;

namespace {

// A loopback port nothing listens on: one the kernel just handed out, closed.
int closed_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

}  // namespace

TEST_CASE("network down: one line for the cause, one for what to do, exit 3", "[cli][network]") {
    const std::string source = SIGAUDIT_SOURCE_DIR;
    TempDir dir;
    const std::string store = (dir.path() / "gitee.db").string();
    std::filesystem::copy_file(source + "/examples/snapshot/gitee.db", store);
    const std::string api = "http://127.0.0.1:" + std::to_string(closed_port()) + "/api/v5";
    const auto run = run_sigaudit({"audit", source + "/examples/sig_members.yaml", "--store", store,
                                   "--api-url", api, "--retries", "1", "--as-of", "2026-08-31"},
                                  {{"GITEE_TOKEN", "t"}});
    CHECK(run.exit_code == 3);
    CHECK(run.out.empty());
    CHECK_THAT(run.err, Catch::StartsWith("sigaudit: cannot reach 127.0.0.1: "));
    CHECK_THAT(run.err, Catch::Contains("; 9 repositories not synced, each request tried 2 times "
                                        "over "));
    CHECK_THAT(run.err, Catch::EndsWith("sigaudit: stopped: the Gitee data is incomplete\n"
                                        "sigaudit: use --offline to report from the stored data, "
                                        "synced up to 2026-12-04\n"));
    // Not one line per repository.
    CHECK(run.err.find("nothing of") == std::string::npos);
    CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 3);
}
