// -q leaves the report and the errors: no progress line and no warnings on
// stderr, in the commands that sync as in fetch.
#include <catch2/catch.hpp>

#include <filesystem>

#include "support/fake_gitee.h"
#include "support/process.h"
#include "support/scenario.h"
#include "support/temp_dir.h"

using namespace sigaudit::testing;

TEST_CASE("quiet: an audit that syncs without a token warns, with -q it does not", "[cli][quiet]") {
    FakeGitee fake;
    for (const std::string& repo : shipped_rules().repositories()) {
        fake.add_empty_repo(repo);
    }
    const std::string source = SIGAUDIT_SOURCE_DIR;
    TempDir dir;
    const std::string store = (dir.path() / "gitee.db").string();
    std::filesystem::copy_file(source + "/examples/snapshot/gitee.db", store);
    const std::vector<std::string> audit = {"audit",     source + "/examples/sig_members.yaml",
                                            "--store",   store,
                                            "--api-url", fake.api_url(),
                                            "--as-of",   "2026-08-31"};
    const auto loud = run_sigaudit(audit);
    CHECK(loud.exit_code == 0);
    CHECK_THAT(loud.err, Catch::Contains("warning: no Gitee token"));

    std::vector<std::string> quiet = audit;
    quiet.push_back("-q");
    const auto hushed = run_sigaudit(quiet);
    CHECK(hushed.exit_code == 0);
    CHECK(hushed.err.empty());
    CHECK(hushed.out.rfind("Audit as of 2026-08-31", 0) == 0);

    const auto fetch = run_sigaudit({"fetch", "--repo", "mindspore/models", "--store", store,
                                     "--api-url", fake.api_url(), "-q"});
    CHECK(fetch.exit_code == 0);
    CHECK(fetch.err.empty());
    CHECK(fetch.out.empty());
}
