#include <catch2/catch.hpp>

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
        execute(path, "UPDATE meta SET value = 3 WHERE key = 'schema_version'");
        CHECK_THROWS_WITH(Store::open(path),
                          Catch::Contains(path) && Catch::Contains("schema_version 3 is newer"));
    }
}

TEST_CASE("the store is a WAL database that records its schema version", "[store]") {
    TempDir dir;
    const std::string path = db_path(dir);
    Store::open(path);
    sigaudit::sqlite::Database db(path);
    sigaudit::sqlite::Statement mode(db, "PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text_at(0) == "wal");
    sigaudit::sqlite::Statement version(db, "SELECT value FROM meta WHERE key = 'schema_version'");
    REQUIRE(version.step());
    CHECK(version.int64_at(0) == 2);
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

// A store written before comment types were kept cannot tell a diff comment
// from any other, so opening it forgets where its PR-comment lists stopped:
// the next fetch reads them again in full.
TEST_CASE("a version-1 store gains comment types and refetches its PR comments", "[store]") {
    TempDir dir;
    const std::string path = db_path(dir);
    {
        Store store = Store::open(path);
        Store::Sync sync = store.begin_sync(kRepo);
        sync.upsert(pull_comment(1, 10, "bob", "rename this"));
        sync.set_high_water(GiteeList::pull_comments, 500);
        sync.set_high_water(GiteeList::issues, 700);
        sync.commit();
    }
    execute(path, "ALTER TABLE pull_comments DROP COLUMN comment_type");
    execute(path, "UPDATE meta SET value = 1 WHERE key = 'schema_version'");

    execute(path, "DROP TABLE repo_sync");

    Store store = Store::open(path);
    CHECK_FALSE(store.high_water(kRepo, GiteeList::pull_comments));
    CHECK(store.high_water(kRepo, GiteeList::issues) == 700);
    // Version 1 kept no sync times: a repository with marks was fetched, as of its newest.
    CHECK(store.synced_at(kRepo) == 700);
    CHECK_FALSE(store.synced_at("mindspore/docs"));
    REQUIRE(store.activities().size() == 1);
    CHECK(store.activities()[0].comment_type.empty());
    sigaudit::sqlite::Database db(path);
    sigaudit::sqlite::Statement version(db, "SELECT value FROM meta WHERE key = 'schema_version'");
    REQUIRE(version.step());
    CHECK(version.int64_at(0) == 2);
}
