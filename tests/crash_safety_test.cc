#include <catch2/catch.hpp>

#include <signal.h>

#include <chrono>
#include <string>
#include <thread>

#include "sigaudit/store/sqlite.h"
#include "support/fake_gitee.h"
#include "support/process.h"
#include "support/temp_dir.h"

using namespace std::chrono_literals;
using sigaudit::testing::FakeGitee;
using sigaudit::testing::TempDir;

namespace {

constexpr const char* kRepo = "mindspore/models";

std::vector<std::string> fetch_args(const FakeGitee& server, const std::string& store) {
    return {"fetch",
            "--repo",
            kRepo,
            "--repo",
            "mindspore/mindspore",
            "--api-url",
            server.api_url(),
            "--store",
            store,
            "--no-progress",
            "--jobs",
            "3"};
}

void append_rows(sigaudit::sqlite::Statement& rows, std::string& out) {
    while (rows.step()) {
        for (int column = 0; column < rows.column_count(); ++column) {
            out += rows.text_at(column) + '|';
        }
        out += '\n';
    }
}

// Every row of every table, in key order: "the same data" made comparable.
std::string dump(const std::string& store) {
    sigaudit::sqlite::Database db(store);
    std::string out;
    for (const char* table : {"pulls", "pull_comments", "issues", "issue_comments"}) {
        sigaudit::sqlite::Statement rows(
            db, ("SELECT * FROM " + std::string(table) + " ORDER BY id").c_str());
        append_rows(rows, out);
    }
    sigaudit::sqlite::Statement marks(db, "SELECT * FROM sync_state ORDER BY repo, list");
    append_rows(marks, out);
    return out;
}

std::string integrity(const std::string& store) {
    sigaudit::sqlite::Database db(store);
    sigaudit::sqlite::Statement check(db, "PRAGMA integrity_check");
    return check.step() ? check.text_at(0) : "no answer";
}

}  // namespace

TEST_CASE("a fetch killed at 20 points leaves a sound store, and the next fetch completes it",
          "[crash]") {
    FakeGitee server;
    server.generate(kRepo, {700, 1500, 300, 500}, 21);
    server.generate("mindspore/mindspore", {400, 900, 200, 300}, 22);
    server.set_latency(2ms);
    TempDir dir;
    const std::string store = (dir.path() / "killed.db").string();

    // How long an undisturbed cold fetch takes: the kills spread over it.
    const std::string probe = (dir.path() / "probe.db").string();
    const auto started = std::chrono::steady_clock::now();
    REQUIRE(sigaudit::testing::run_sigaudit(fetch_args(server, probe)).exit_code == 0);
    const auto cold = std::chrono::steady_clock::now() - started;

    for (int point = 1; point <= 20; ++point) {
        INFO("kill point " << point);
        const pid_t pid = sigaudit::testing::spawn_sigaudit(fetch_args(server, store));
        std::this_thread::sleep_for(cold * point / 21);
        ::kill(pid, SIGKILL);
        sigaudit::testing::wait_for(pid);
        CHECK(integrity(store) == "ok");
        // Keep every sync writing: changes arrive between the runs.
        server.touch(kRepo, FakeGitee::List::pulls, 30);
        server.add_items("mindspore/mindspore", FakeGitee::List::pull_comments, 10);
    }

    REQUIRE(sigaudit::testing::run_sigaudit(fetch_args(server, store)).exit_code == 0);
    CHECK(integrity(store) == "ok");
    const std::string clean = (dir.path() / "clean.db").string();
    REQUIRE(sigaudit::testing::run_sigaudit(fetch_args(server, clean)).exit_code == 0);
    CHECK(dump(store) == dump(clean));
}
