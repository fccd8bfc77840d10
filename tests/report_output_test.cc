// --output FILE: the report in the chosen format, written whole to the file,
// and a line on stdout saying where it went.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

#include "support/ci_checkout.h"
#include "support/process.h"
#include "support/temp_dir.h"

using sigaudit::testing::read_file;
using sigaudit::testing::run_sigaudit;
using sigaudit::testing::TempDir;

namespace {

const std::string kSource = SIGAUDIT_SOURCE_DIR;

std::vector<std::string> example_audit(std::vector<std::string> more) {
    std::vector<std::string> args = {"audit",      kSource + "/examples/sig_members.yaml",
                                     "--evidence", kSource + "/examples/evidence.yaml",
                                     "--config",   kSource + "/examples/sigaudit.yaml",
                                     "--store",    kSource + "/examples/snapshot/gitee.db",
                                     "--offline",  "--as-of",
                                     "2026-08-31"};
    args.insert(args.end(), more.begin(), more.end());
    return args;
}

std::size_t entries_in(const std::filesystem::path& folder) {
    std::size_t count = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder)) {
        ++count;
    }
    return count;
}

}  // namespace

TEST_CASE("output: the report goes to the file, stdout says where", "[cli][output]") {
    TempDir dir;
    const std::string file = (dir.path() / "report.json").string();
    const auto written = run_sigaudit(example_audit({"--format", "json", "--output", file}));
    CHECK(written.exit_code == 0);
    CHECK(written.out == "sigaudit: wrote the json report to " + file + "\n");
    const auto printed = run_sigaudit(example_audit({"--format", "json"}));
    CHECK(read_file(file) == printed.out);
    CHECK(nlohmann::json::parse(read_file(file))["schema"] == "sigaudit/report@1");
    CHECK(entries_in(dir.path()) == 1);  // no temporary left beside it

    // Text in a file is never coloured unless asked.
    const std::string text = (dir.path() / "report.txt").string();
    run_sigaudit(example_audit({"-o", text}));
    CHECK(read_file(text).find('\x1b') == std::string::npos);
    run_sigaudit(example_audit({"-o", text, "--color", "always"}));
    CHECK(read_file(text).find("\x1b[") != std::string::npos);
}

TEST_CASE("output: a file that cannot be written is named, exit 2, nothing left behind",
          "[cli][output]") {
    TempDir dir;
    const std::string missing_folder = (dir.path() / "no" / "report.txt").string();
    const auto nowhere = run_sigaudit(example_audit({"-o", missing_folder}));
    CHECK(nowhere.exit_code == 2);
    CHECK(nowhere.out.empty());
    CHECK_THAT(nowhere.err, Catch::Contains("--output: cannot write " + missing_folder));

    // A folder in the way stays as it was, and the temporary is removed.
    std::filesystem::create_directory(dir.path() / "taken");
    const auto taken = run_sigaudit(example_audit({"-o", (dir.path() / "taken").string()}));
    CHECK(taken.exit_code == 2);
    CHECK(std::filesystem::is_directory(dir.path() / "taken"));
    CHECK(entries_in(dir.path()) == 1);
}

TEST_CASE("output: ci writes its comment to the file even when it cannot judge",
          "[cli][output][git]") {
    const sigaudit::testing::Checkout checkout;
    std::ofstream(checkout.dir.path() / "sig" / "sig_members.yaml") << "Contributors: [x\n";
    const std::string file = (checkout.dir.path() / "comment.md").string();
    const auto run =
        checkout.ci({"--base-ref", "HEAD", "--head", "sig/sig_members.yaml", "--output", file});
    CHECK(run.exit_code == 2);
    CHECK(run.out == "sigaudit: wrote the markdown report to " + file + "\n");
    CHECK(read_file(file).rfind("### sigaudit: could not judge this change", 0) == 0);
}
