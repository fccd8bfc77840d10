#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "sigaudit/store/sqlite.h"
#include "sigaudit/store/store.h"
#include "support/temp_dir.h"

using sigaudit::Activity;
using sigaudit::ActivityKind;
using sigaudit::GiteeList;
using sigaudit::IssueCommentRecord;
using sigaudit::IssueRecord;
using sigaudit::PullCommentRecord;
using sigaudit::PullRecord;
using sigaudit::Store;
using sigaudit::StoreError;
using sigaudit::testing::TempDir;

namespace {

constexpr const char* kRepo = "mindspore/mindspore";

PullRecord pull(std::int64_t id, std::int64_t number, std::string author) {
    PullRecord record;
    record.id = id;
    record.repo = kRepo;
    record.number = number;
    record.state = "open";
    record.author = std::move(author);
    record.title = "Fix " + std::to_string(number);
    record.labels = {"lgtm", "approved"};
    record.created_at = 1'700'000'000 + id;
    record.updated_at = 1'700'000'100 + id;
    record.url = "https://gitee.com/mindspore/mindspore/pulls/" + std::to_string(number);
    return record;
}

PullCommentRecord pull_comment(std::int64_t id, std::int64_t number, std::string author,
                               std::string body) {
    PullCommentRecord record;
    record.id = id;
    record.repo = kRepo;
    record.pull_number = number;
    record.author = std::move(author);
    record.body = std::move(body);
    record.created_at = 1'700'001'000 + id;
    record.updated_at = 1'700'001'000 + id;
    record.url = "https://gitee.com/mindspore/mindspore/pulls/" + std::to_string(number) +
                 "#note_" + std::to_string(id);
    return record;
}

IssueRecord issue(std::int64_t id, std::string number, std::string author) {
    IssueRecord record;
    record.id = id;
    record.repo = kRepo;
    record.number = std::move(number);
    record.state = "progressing";
    record.issue_type = "缺陷";
    record.author = std::move(author);
    record.title = "Crash on start";
    record.labels = {"kind/bug", "sig/compiler"};
    record.created_at = 1'700'002'000 + id;
    record.updated_at = 1'700'002'000 + id;
    record.url = "https://gitee.com/mindspore/mindspore/issues/" + record.number;
    return record;
}

IssueCommentRecord issue_comment(std::int64_t id, std::string number, std::string author) {
    IssueCommentRecord record;
    record.id = id;
    record.repo = kRepo;
    record.issue_number = std::move(number);
    record.author = std::move(author);
    record.body = "Reproduced on 2.3";
    record.created_at = 1'700'003'000 + id;
    record.updated_at = 1'700'003'000 + id;
    record.url = "https://gitee.com/mindspore/mindspore/issues/" + record.issue_number;
    return record;
}

std::string db_path(const TempDir& dir) {
    return (dir.path() / "gitee.db").string();
}

std::vector<Activity> of_kind(const std::vector<Activity>& activities, ActivityKind kind) {
    std::vector<Activity> found;
    for (const Activity& activity : activities) {
        if (activity.kind == kind) {
            found.push_back(activity);
        }
    }
    return found;
}

// Raw SQL against the file, for what the Store deliberately does not offer.
void execute(const std::string& path, const char* sql) {
    sigaudit::sqlite::Database db(path);
    db.exec(sql);
}

// alice's PR 7 in kRepo, committed.
void save_one_pull(Store& store) {
    Store::Sync sync = store.begin_sync(kRepo);
    sync.upsert(pull(1, 7, "alice"));
    sync.commit();
}

std::string journal_mode(const std::string& path) {
    sigaudit::sqlite::Database db(path);
    sigaudit::sqlite::Statement mode(db, "PRAGMA journal_mode");
    return mode.step() ? mode.text_at(0) : std::string();
}

std::vector<std::string> files_in(const TempDir& dir) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
        names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

// A store as sigaudit wrote it at schema 1 or 2, when an id alone keyed a
// row (and, at 1, PR comments had no type): one PR and a comment on it.
void write_legacy_store(const std::string& path, int version) {
    const std::string comment_type = version >= 2 ? ", comment_type TEXT NOT NULL DEFAULT ''" : "";
    const std::string sql = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value NOT NULL) WITHOUT ROWID;
CREATE TABLE pulls (id INTEGER PRIMARY KEY, repo TEXT NOT NULL, number INTEGER NOT NULL,
    state TEXT NOT NULL, author TEXT NOT NULL, title TEXT NOT NULL, labels TEXT NOT NULL,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, merged_at INTEGER,
    url TEXT NOT NULL);
CREATE INDEX pulls_repo_number ON pulls (repo, number);
CREATE TABLE pull_comments (id INTEGER PRIMARY KEY, repo TEXT NOT NULL,
    pull_number INTEGER NOT NULL, author TEXT NOT NULL, body TEXT NOT NULL,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, url TEXT NOT NULL)sql" +
                            comment_type + R"sql();
CREATE INDEX pull_comments_repo_updated ON pull_comments (repo, updated_at);
CREATE TABLE issues (id INTEGER PRIMARY KEY, repo TEXT NOT NULL, number TEXT NOT NULL,
    state TEXT NOT NULL, issue_type TEXT NOT NULL, author TEXT NOT NULL, title TEXT NOT NULL,
    labels TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    url TEXT NOT NULL);
CREATE TABLE issue_comments (id INTEGER PRIMARY KEY, repo TEXT NOT NULL,
    issue_number TEXT NOT NULL, author TEXT NOT NULL, body TEXT NOT NULL,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, url TEXT NOT NULL);
CREATE TABLE sync_state (repo TEXT NOT NULL, list TEXT NOT NULL, high_water INTEGER NOT NULL,
    PRIMARY KEY (repo, list)) WITHOUT ROWID;
INSERT INTO pulls VALUES (1, 'mindspore/mindspore', 7, 'open', 'alice', 'Fix', '', 100, 200,
    NULL, 'https://gitee.com/mindspore/mindspore/pulls/7');
INSERT INTO pull_comments (id, repo, pull_number, author, body, created_at, updated_at, url)
    VALUES (2, 'mindspore/mindspore', 7, 'bob', 'looks good', 300, 300,
    'https://gitee.com/mindspore/mindspore/pulls/7#note_2');
INSERT INTO sync_state VALUES ('mindspore/mindspore', 'pulls', 200);
INSERT INTO meta VALUES ('application', 'sigaudit'), ('schema_version', )sql" +
                            std::to_string(version) + ");\n" +
                            (version >= 2 ? "CREATE TABLE repo_sync (repo TEXT PRIMARY KEY, "
                                            "synced_at INTEGER NOT NULL) WITHOUT ROWID;\n"
                                            "INSERT INTO repo_sync VALUES "
                                            "('mindspore/mindspore', 400);\n"
                                          : "");
    execute(path, sql.c_str());
}

std::string integrity_check(const std::string& path) {
    sigaudit::sqlite::Database db(path);
    sigaudit::sqlite::Statement check(db, "PRAGMA integrity_check");
    return check.step() ? check.text_at(0) : "";
}

}  // namespace

TEST_CASE("each record kind survives a round trip", "[store]") {
    TempDir dir;
    Store store = Store::open(db_path(dir));
    PullRecord merged = pull(1, 4821, "alice");
    merged.state = "merged";
    merged.merged_at = 1'700'050'000;
    {
        Store::Sync sync = store.begin_sync(kRepo);
        sync.upsert(merged);
        sync.upsert(pull_comment(2, 4821, "bob", "looks good"));
        sync.upsert(issue(3, "I8QX2B", "carol"));
        sync.upsert(issue_comment(4, "I8QX2B", "dave"));
        sync.commit();
    }
    const Store::Counts counts = store.counts(kRepo);
    CHECK(counts.pulls == 1);
    CHECK(counts.pull_comments == 1);
    CHECK(counts.issues == 1);
    CHECK(counts.issue_comments == 1);

    const std::vector<Activity> activities = store.activities();
    REQUIRE(activities.size() == 5);
    const Activity opened = of_kind(activities, ActivityKind::pr_opened).at(0);
    CHECK(opened.login == "alice");
    CHECK(opened.repo == kRepo);
    CHECK(opened.number == "4821");
    CHECK(opened.state == "merged");
    CHECK(opened.time == merged.created_at);
    CHECK(opened.url == merged.url);
    const Activity comment = of_kind(activities, ActivityKind::pr_comment).at(0);
    CHECK(comment.login == "bob");
    CHECK(comment.number == "4821");
    CHECK(comment.target_author == "alice");
    CHECK_FALSE(comment.is_command);
    CHECK(comment.url == "https://gitee.com/mindspore/mindspore/pulls/4821#note_2");
    const Activity issue_opened = of_kind(activities, ActivityKind::issue_opened).at(0);
    CHECK(issue_opened.login == "carol");
    CHECK(issue_opened.number == "I8QX2B");
    CHECK(issue_opened.state == "progressing");
    CHECK(issue_opened.issue_type == "缺陷");
    CHECK(issue_opened.labels == std::vector<std::string>{"kind/bug", "sig/compiler"});
    const Activity issue_comment_activity = of_kind(activities, ActivityKind::issue_comment).at(0);
    CHECK(issue_comment_activity.login == "dave");
    CHECK(issue_comment_activity.number == "I8QX2B");
    CHECK(issue_comment_activity.target_author == "carol");
    CHECK(issue_comment_activity.time == 1'700'003'004);
}

TEST_CASE("an upsert of a known id keeps one row with the newer fields", "[store]") {
    TempDir dir;
    Store store = Store::open(db_path(dir));
    PullRecord first = pull(7, 10, "alice");
    PullRecord newer = first;
    newer.state = "merged";
    newer.merged_at = 1'700'060'000;
    newer.updated_at = first.updated_at + 50;
    PullRecord stale = first;
    stale.state = "closed";
    {
        Store::Sync sync = store.begin_sync(kRepo);
        sync.upsert(first);
        sync.upsert(newer);
        // A page fetched before the change must not undo it.
        sync.upsert(stale);
        sync.commit();
    }
    CHECK(store.counts(kRepo).pulls == 1);
    const std::vector<Activity> merged = of_kind(store.activities(), ActivityKind::pr_merged);
    REQUIRE(merged.size() == 1);
    CHECK(merged[0].time == 1'700'060'000);
}

TEST_CASE("activities follow the activity model", "[store]") {
    TempDir dir;
    Store store = Store::open(db_path(dir));
    PullRecord merged = pull(1, 100, "alice");
    merged.state = "merged";
    merged.merged_at = 1'700'070'000;
    PullRecord closed = pull(2, 101, "bob");
    closed.state = "closed";
    IssueRecord gone = issue(30, "I1", "");
    {
        Store::Sync sync = store.begin_sync(kRepo);
        sync.upsert(merged);
        sync.upsert(closed);
        sync.upsert(pull(3, 102, ""));                               // deleted account
        sync.upsert(pull_comment(10, 100, "alice", "rebased"));      // on own PR
        sync.upsert(pull_comment(11, 100, "bob", "/lgtm"));          // command
        sync.upsert(pull_comment(12, 101, "carol", "  /retest\n"));  // command after blanks
        sync.upsert(pull_comment(13, 999, "dave", "unknown PR"));    // PR not stored
        sync.upsert(pull_comment(14, 100, "", "/lgtm"));             // deleted account
        sync.upsert(gone);
        sync.upsert(issue_comment(40, "I1", "erin"));
        sync.commit();
    }
    const std::vector<Activity> activities = store.activities();

    SECTION("a merged PR is opened at created_at and merged at merged_at") {
        const auto opened = of_kind(activities, ActivityKind::pr_opened);
        REQUIRE(opened.size() == 2);
        const auto merges = of_kind(activities, ActivityKind::pr_merged);
        REQUIRE(merges.size() == 1);
        CHECK(merges[0].login == "alice");
        CHECK(merges[0].number == "100");
        CHECK(merges[0].time == 1'700'070'000);
    }
    SECTION("comments know the PR author and the command word") {
        const auto comments = of_kind(activities, ActivityKind::pr_comment);
        REQUIRE(comments.size() == 4);
        CHECK(comments[0].login == "alice");
        CHECK(comments[0].target_author == comments[0].login);
        CHECK(comments[1].is_command);
        CHECK(comments[1].command == "lgtm");
        CHECK(comments[1].target_author == "alice");
        CHECK(comments[2].command == "retest");
        CHECK(comments[2].target_author == "bob");
        CHECK(comments[3].target_author.empty());
        CHECK_FALSE(comments[3].is_command);
    }
    SECTION("deleted accounts give no activity, but their items still have comments") {
        CHECK(of_kind(activities, ActivityKind::issue_opened).empty());
        const auto comments = of_kind(activities, ActivityKind::issue_comment);
        REQUIRE(comments.size() == 1);
        CHECK(comments[0].target_author.empty());
        for (const Activity& activity : activities) {
            CHECK_FALSE(activity.login.empty());
        }
    }
}

TEST_CASE("activities can be limited to some repositories", "[store]") {
    TempDir dir;
    Store store = Store::open(db_path(dir));
    PullRecord other = pull(2, 1, "bob");
    other.repo = "mindspore/docs";
    {
        Store::Sync sync = store.begin_sync(kRepo);
        sync.upsert(pull(1, 1, "alice"));
        sync.commit();
    }
    {
        Store::Sync sync = store.begin_sync("mindspore/docs");
        sync.upsert(other);
        sync.commit();
    }
    CHECK(store.activities().size() == 2);
    const auto docs = store.activities({"mindspore/docs", "mindspore/docs"});
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].login == "bob");
    CHECK(store.activities({"mindspore/none"}).empty());
}

TEST_CASE("a comment's target author comes from its own repository's newest row", "[store]") {
    TempDir dir;
    Store store = Store::open(db_path(dir));
    PullRecord older = pull(9, 100, "alice");
    older.updated_at = 1'700'000'500;
    PullRecord newer = pull(2, 100, "bob");  // a lower id, updated later
    newer.updated_at = 1'700'000'900;
    PullRecord elsewhere = pull(3, 100, "carol");
    elsewhere.repo = "mindspore/docs";
    PullCommentRecord there = pull_comment(21, 100, "dave", "looks fine");
    there.repo = "mindspore/docs";
    {
        Store::Sync sync = store.begin_sync(kRepo);
        sync.upsert(older);
        sync.upsert(newer);
        sync.upsert(pull_comment(20, 100, "dave", "looks fine"));
        sync.commit();
    }
    {
        Store::Sync sync = store.begin_sync("mindspore/docs");
        sync.upsert(elsewhere);
        sync.upsert(there);
        sync.commit();
    }
    const auto comments = of_kind(store.activities(), ActivityKind::pr_comment);
    REQUIRE(comments.size() == 2);
    for (const Activity& comment : comments) {
        INFO(comment.repo);
        CHECK(comment.target_author == (comment.repo == kRepo ? "bob" : "carol"));
    }
    const auto only_docs = of_kind(store.activities({"mindspore/docs"}), ActivityKind::pr_comment);
    REQUIRE(only_docs.size() == 1);
    CHECK(only_docs[0].target_author == "carol");
}

TEST_CASE("a sync is all or nothing", "[store]") {
    TempDir dir;
    Store store = Store::open(db_path(dir));
    {
        Store::Sync sync = store.begin_sync(kRepo);
        sync.upsert(pull(1, 1, "alice"));
        sync.set_high_water(GiteeList::pulls, 1000);
        sync.commit();
    }
    {
        // A fetch that fails half-way: destroyed without commit().
        Store::Sync sync = store.begin_sync(kRepo);
        PullRecord changed = pull(1, 1, "alice");
        changed.state = "closed";
        changed.updated_at += 10;
        sync.upsert(changed);
        sync.upsert(pull(2, 2, "bob"));
        sync.upsert(issue(3, "I2", "carol"));
        sync.set_high_water(GiteeList::pulls, 2000);
    }
    CHECK(store.counts(kRepo).pulls == 1);
    CHECK(store.counts(kRepo).issues == 0);
    CHECK(store.activities().at(0).state == "open");
    CHECK(store.high_water(kRepo, GiteeList::pulls) == 1000);
}

TEST_CASE("a sync refuses records of another repository", "[store]") {
    TempDir dir;
    Store store = Store::open(db_path(dir));
    Store::Sync sync = store.begin_sync("mindspore/docs");
    CHECK_THROWS_AS(sync.upsert(pull(1, 1, "alice")), StoreError);
}

TEST_CASE("high-water marks are kept per repository and list", "[store]") {
    TempDir dir;
    Store store = Store::open(db_path(dir));
    CHECK_FALSE(store.high_water(kRepo, GiteeList::pulls));
    {
        Store::Sync sync = store.begin_sync(kRepo);
        sync.set_high_water(GiteeList::pulls, 100);
        sync.set_high_water(GiteeList::issues, 200);
        sync.commit();
    }
    {
        Store::Sync sync = store.begin_sync("mindspore/docs");
        sync.set_high_water(GiteeList::pulls, 300);
        sync.commit();
    }
    {
        // A later fetch that saw nothing newer must not move the mark back.
        Store::Sync sync = store.begin_sync(kRepo);
        sync.set_high_water(GiteeList::issues, 150);
        sync.commit();
    }
    CHECK(store.high_water(kRepo, GiteeList::pulls) == 100);
    CHECK(store.high_water(kRepo, GiteeList::issues) == 200);
    CHECK_FALSE(store.high_water(kRepo, GiteeList::pull_comments));
    CHECK(store.high_water("mindspore/docs", GiteeList::pulls) == 300);
    CHECK_FALSE(store.high_water("mindspore/docs", GiteeList::issues));
}

TEST_CASE("data is there after reopening the file", "[store]") {
    TempDir dir;
    const std::string path = (dir.path() / "nested" / "cache" / "gitee.db").string();
    {
        Store store = Store::open(path);
        Store::Sync sync = store.begin_sync(kRepo);
        sync.upsert(issue(1, "I9", "carol"));
        sync.set_high_water(GiteeList::issues, 42);
        sync.commit();
    }
    Store store = Store::open(path);
    CHECK(store.counts(kRepo).issues == 1);
    CHECK(store.high_water(kRepo, GiteeList::issues) == 42);
    CHECK(store.activities().at(0).labels == std::vector<std::string>{"kind/bug", "sig/compiler"});
    CHECK(integrity_check(path) == "ok");
}

TEST_CASE("foreign and newer files are refused, naming the path", "[store]") {
    TempDir dir;
    SECTION("a text file") {
        const std::string path = dir.write("notes.db", "these are my notes, not a database\n");
        CHECK_THROWS_WITH(Store::open(path),
                          Catch::Contains(path) && Catch::Contains("not a database"));
    }
    SECTION("another application's database") {
        const std::string path = db_path(dir);
        execute(path, "CREATE TABLE things (x)");
        CHECK_THROWS_WITH(Store::open(path),
                          Catch::Contains(path) && Catch::Contains("not a sigaudit store"));
    }
    SECTION("a newer schema_version") {
        const std::string path = db_path(dir);
        Store::open(path);
        execute(path, "UPDATE meta SET value = 4 WHERE key = 'schema_version'");
        CHECK_THROWS_WITH(Store::open(path),
                          Catch::Contains(path) && Catch::Contains("schema_version 4 is newer"));
    }
}

// WAL lets a report read while a fetch writes; at rest the store is one
// file again, which a read-only run can read without leaving a WAL behind.
TEST_CASE("the store is in WAL while a writer has it and one file at rest", "[store]") {
    TempDir dir;
    const std::string path = db_path(dir);
    {
        Store store = Store::open(path);
        CHECK(journal_mode(path) == "wal");
    }
    CHECK(journal_mode(path) == "delete");
    CHECK(files_in(dir) == std::vector<std::string>{"gitee.db"});
    sigaudit::sqlite::Database db(path);
    sigaudit::sqlite::Statement version(db, "SELECT value FROM meta WHERE key = 'schema_version'");
    REQUIRE(version.step());
    CHECK(version.int64_at(0) == 3);
}

TEST_CASE("a complete fetch records when it began, and only moves forward", "[store]") {
    TempDir dir;
    Store store = Store::open(db_path(dir));
    CHECK_FALSE(store.synced_at(kRepo));
    sigaudit::FetchedRepository fetched;
    fetched.repo = kRepo;
    fetched.synced_at = 5000;
    fetched.high_water[static_cast<std::size_t>(GiteeList::issues)] = 4000;
    store.save(fetched);
    CHECK(store.synced_at(kRepo) == 5000);
    CHECK(store.newest_update(kRepo) == 4000);
    fetched.synced_at = 4500;  // a fetch that began earlier finished later
    store.save(fetched);
    CHECK(store.synced_at(kRepo) == 5000);
    CHECK_FALSE(store.synced_at("mindspore/docs"));
}

TEST_CASE("a PR comment keeps its comment_type", "[store]") {
    TempDir dir;
    Store store = Store::open(db_path(dir));
    PullCommentRecord on_line = pull_comment(1, 10, "bob", "rename this");
    on_line.comment_type = "diff_comment";
    {
        Store::Sync sync = store.begin_sync(kRepo);
        sync.upsert(on_line);
        sync.upsert(pull_comment(2, 10, "bob", "thanks"));
        sync.commit();
    }
    const std::vector<Activity> activities = store.activities();
    REQUIRE(activities.size() == 2);
    CHECK(activities[0].comment_type == "diff_comment");
    CHECK(activities[1].comment_type.empty());
}

// Before schema 3 an id alone keyed a row, so a repository could have lost
// rows to another's without a trace: an older store keeps every row but
// claims no complete sync, and the next fetch reads each repository again.
TEST_CASE("an older store keeps its rows and forgets that it was ever complete", "[store]") {
    const int version = GENERATE(1, 2);
    CAPTURE(version);
    TempDir dir;
    const std::string path = db_path(dir);
    write_legacy_store(path, version);

    Store store = Store::open(path);
    CHECK(store.counts(kRepo).pulls == 1);
    CHECK(store.counts(kRepo).pull_comments == 1);
    CHECK_FALSE(store.high_water(kRepo, GiteeList::pulls));
    CHECK_FALSE(store.synced_at(kRepo));
    REQUIRE(store.activities().size() == 2);
    CHECK(store.activities()[1].comment_type.empty());
    // The upgraded tables take ids shared with another repository.
    PullRecord elsewhere = pull(1, 7, "carol");
    elsewhere.repo = "mindspore/docs";
    Store::Sync sync = store.begin_sync(elsewhere.repo);
    CHECK(sync.upsert(elsewhere) == sigaudit::UpsertOutcome::inserted);
    sync.commit();
    CHECK(store.counts(kRepo).pulls == 1);
    CHECK(integrity_check(path) == "ok");
}

TEST_CASE("items of two repositories that share an id are both kept", "[store]") {
    TempDir dir;
    Store store = Store::open(db_path(dir));
    PullRecord here = pull(1, 7, "alice");
    PullRecord there = pull(1, 9, "bob");
    there.repo = "mindspore/docs";
    for (const PullRecord& record : {here, there}) {
        Store::Sync sync = store.begin_sync(record.repo);
        CHECK(sync.upsert(record) == sigaudit::UpsertOutcome::inserted);
        sync.commit();
    }
    CHECK(store.counts(kRepo).pulls == 1);
    CHECK(store.counts("mindspore/docs").pulls == 1);
    std::vector<std::string> authors;
    for (const Activity& activity : store.activities()) {
        authors.push_back(activity.repo + " " + activity.login);
    }
    std::sort(authors.begin(), authors.end());
    CHECK(authors == std::vector<std::string>{"mindspore/docs bob", "mindspore/mindspore alice"});
}

TEST_CASE("a read-only store leaves its file as it found it", "[store]") {
    TempDir dir;
    const std::string path = db_path(dir);
    {
        Store store = Store::open(path);
        save_one_pull(store);
    }
    const std::string before = sigaudit::testing::read_file(path);
    const auto mtime = std::filesystem::last_write_time(path);
    {
        Store store = Store::open_read_only(path);
        CHECK(store.activities().size() == 1);
    }
    CHECK(sigaudit::testing::read_file(path) == before);
    CHECK(std::filesystem::last_write_time(path) == mtime);
    CHECK(files_in(dir) == std::vector<std::string>{"gitee.db"});
}

TEST_CASE("a read-only store reads beside a writer in the middle of a sync", "[store]") {
    TempDir dir;
    const std::string path = db_path(dir);
    Store writer = Store::open(path);
    save_one_pull(writer);
    Store::Sync open_sync = writer.begin_sync(kRepo);
    open_sync.upsert(pull(2, 8, "bob"));
    Store reader = Store::open_read_only(path);
    // It sees what was committed, and neither waits nor fails on the rest.
    CHECK(reader.activities().size() == 1);
}

TEST_CASE("a read-only store is never created and never upgraded", "[store]") {
    TempDir dir;
    const std::string path = db_path(dir);
    SECTION("a missing file") {
        CHECK_THROWS_AS(Store::open_read_only(path), StoreError);
        CHECK_FALSE(std::filesystem::exists(path));
    }
    SECTION("an older schema") {
        write_legacy_store(path, 2);
        const std::string before = sigaudit::testing::read_file(path);
        CHECK_THROWS_WITH(Store::open_read_only(path),
                          Catch::Contains("schema_version 2 is older") &&
                              Catch::Contains("sigaudit fetch --store " + path));
        CHECK(sigaudit::testing::read_file(path) == before);
    }
    SECTION("an empty file") {
        dir.write("gitee.db", "");
        CHECK_THROWS_WITH(Store::open_read_only(path), Catch::Contains("not a sigaudit store"));
    }
}
