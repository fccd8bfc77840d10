// Builds examples/snapshot/gitee.db, the offline data the README's example
// audit reads: generated Gitee data for the example roster's people, served
// by the tests' fake Gitee server and fetched by the real sigaudit binary,
// so the snapshot is exactly what a fetch stores. Usage:
//   make_example_snapshot OUT.db     (scripts/make-example-snapshot.sh runs it)
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "sigaudit/store/sqlite.h"
#include "support/fake_gitee.h"
#include "support/process.h"

namespace {

using sigaudit::testing::FakeGitee;

// Who is active, and how much: a login listed n times writes about n shares.
// Roster people (examples/sig_members.yaml) plus a few outsiders whom
// `audit --discover` finds.
std::vector<std::string> weighted_logins() {
    const std::vector<std::pair<std::string, int>> weights = {
        {"jxlang910", 8}, {"randywangze", 4}, {"zhang_reviewer", 5},    {"qmckw", 4},
        {"li_na", 2},     {"chen-x", 1},      {"mr_gerhardthu_fox", 1}, {"wu_outsider", 3},
        {"sun-lei", 1},   {"ma_hui", 1}};
    std::vector<std::string> logins;
    for (const auto& [login, weight] : weights) {
        logins.insert(logins.end(), static_cast<std::size_t>(weight), login);
    }
    return logins;
}

// One file, no -wal beside it: what goes into the repository.
void make_self_contained(const std::string& path) {
    sigaudit::sqlite::Database db(path);
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    db.exec("PRAGMA journal_mode=DELETE");
    db.exec("VACUUM");
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_example_snapshot OUT.db\n");
        return 2;
    }
    const std::string out = argv[1];
    std::filesystem::remove(out);
    FakeGitee server;
    server.generate("mindspore/models", {260, 900, 120, 300}, 2026, weighted_logins());
    server.generate("mindspore/mindspore", {200, 700, 100, 250}, 2027, weighted_logins());
    server.generate("mindspore/docs", {40, 80, 20, 30}, 2028, weighted_logins());
    server.generate("mindspore/mindarmour", {30, 60, 15, 20}, 2029, weighted_logins());
    // The other repositories the shipped rules name: quiet, but they exist.
    for (const char* repo :
         {"mindspore/tutorials", "mindspore/mindscience", "mindspore/mindquantum",
          "mindspore/golden-stick", "mindspore/mindinsight"}) {
        server.add_empty_repo(repo);
    }
    // Every repository the shipped rules name, as `sigaudit fetch` alone would.
    const auto fetch = sigaudit::testing::run_sigaudit(
        {"fetch", "--api-url", server.api_url(), "--store", out, "--no-progress"},
        {{"GITEE_TOKEN", ""}});
    std::fputs(fetch.out.c_str(), stdout);
    std::fputs(fetch.err.c_str(), stderr);
    if (fetch.exit_code != 0) {
        return 1;
    }
    make_self_contained(out);
    return 0;
}
