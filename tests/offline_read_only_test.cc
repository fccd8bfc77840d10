// `--offline` reads the store and never writes it, through the real binary:
// the bundled snapshot stays byte-identical, a folder nobody may write
// serves, and a fetch at work beside it neither blocks nor breaks it.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "sigaudit/store/sqlite.h"
#include "sigaudit/store/store.h"
#include "support/example_run.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace fs = std::filesystem;
using sigaudit::testing::ProcessResult;
using sigaudit::testing::TempDir;

namespace {

const std::string& kSnapshot = sigaudit::testing::kExampleStore;

std::vector<std::string> example_audit(const std::string& store) {
    std::vector<std::string> args = sigaudit::testing::example_audit(store);
    args.insert(args.end(), {"--as-of", "2026-08-31"});
    return args;
}

std::vector<std::string> names_in(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
        names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

// The example audit as a user who may not write `store`'s folder: root
// passes every permission check, so as root it runs as nobody.
ProcessResult audit_without_write_access(const std::string& store) {
    if (::geteuid() != 0) {
        return sigaudit::testing::run_sigaudit(example_audit(store));
    }
    std::vector<std::string> args = {"--reuid=65534", "--regid=65534", "--clear-groups",
                                     SIGAUDIT_BINARY};
    const std::vector<std::string> audit = example_audit(store);
    args.insert(args.end(), audit.begin(), audit.end());
    return sigaudit::testing::run_process("/usr/bin/setpriv", args);
}

// A copy of the snapshot in a folder of its own, left in `journal_mode`.
std::string snapshot_copy(const TempDir& dir, const char* journal_mode) {
    const fs::path folder = dir.path() / "store";
    fs::create_directory(folder);
    const std::string copy = (folder / "gitee.db").string();
    fs::copy_file(kSnapshot, copy);
    sigaudit::sqlite::Database db(copy);
    db.exec((std::string("PRAGMA journal_mode = ") + journal_mode).c_str());
    return copy;
}

}  // namespace

TEST_CASE("the example run leaves the bundled snapshot byte-identical", "[data][cli]") {
    const std::string before = sigaudit::testing::read_file(kSnapshot);
    const auto mtime = fs::last_write_time(kSnapshot);
    const std::vector<std::string> files = names_in(fs::path(kSnapshot).parent_path());

    const ProcessResult run = sigaudit::testing::run_sigaudit(example_audit(kSnapshot));
    INFO(run.err);
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.out, Catch::Contains("Gitee data: 9 repositories"));
    CHECK(sigaudit::testing::read_file(kSnapshot) == before);
    CHECK(fs::last_write_time(kSnapshot) == mtime);
    CHECK(names_in(fs::path(kSnapshot).parent_path()) == files);
}

TEST_CASE("offline reads a store in a folder nobody may write", "[data][cli]") {
    // A rollback-journal file, as stores are at rest, and a WAL-mode one, as
    // a store written before they were settled at close is.
    const char* mode = GENERATE("delete", "wal");
    CAPTURE(mode);
    TempDir dir;
    const std::string store = snapshot_copy(dir, mode);
    const fs::path folder = fs::path(store).parent_path();
    const std::string before = sigaudit::testing::read_file(store);
    ::chmod(dir.path().c_str(), 0755);
    ::chmod(store.c_str(), 0444);
    ::chmod(folder.c_str(), 0555);

    const ProcessResult run = audit_without_write_access(store);
    ::chmod(folder.c_str(), 0755);
    INFO(run.err);
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.out, Catch::Contains("Gitee data: 9 repositories"));
    CHECK(sigaudit::testing::read_file(store) == before);
    CHECK(names_in(folder) == std::vector<std::string>{"gitee.db"});
}

TEST_CASE("offline reads beside a fetch that is writing, without waiting", "[data][cli]") {
    TempDir dir;
    const std::string store = snapshot_copy(dir, "delete");
    sigaudit::Store writer = sigaudit::Store::open(store);
    sigaudit::Store::Sync sync = writer.begin_sync("mindspore/models");
    sigaudit::PullRecord pull;
    pull.id = 99'000'001;
    pull.repo = "mindspore/models";
    pull.number = 99'001;
    pull.state = "merged";
    pull.author = "jxlang910";
    pull.url = "https://gitee.com/mindspore/models/pulls/99001";
    sync.upsert(pull);

    // The fetch holds its write transaction open throughout: a reader that
    // tried to take the file for itself would wait and fail as locked.
    const ProcessResult run = sigaudit::testing::run_sigaudit(example_audit(store));
    INFO(run.err);
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.err, !Catch::Contains("locked"));
}

TEST_CASE("offline, a store of an older schema is refused, not upgraded", "[data][cli]") {
    TempDir dir;
    const std::string store = snapshot_copy(dir, "delete");
    {
        sigaudit::sqlite::Database db(store);
        db.exec("UPDATE meta SET value = 2 WHERE key = 'schema_version'");
    }
    const std::string before = sigaudit::testing::read_file(store);
    const ProcessResult run = sigaudit::testing::run_sigaudit(example_audit(store));
    CHECK(run.exit_code == 3);
    CHECK_THAT(run.err, Catch::Contains("schema_version 2 is older") &&
                            Catch::Contains("sigaudit fetch --store " + store));
    CHECK(run.out.empty());
    CHECK(sigaudit::testing::read_file(store) == before);
}
