#include <set>

#include <catch2/catch.hpp>

#include "sigaudit/activity/activity_index.h"

using namespace sigaudit;

namespace {

Activity comment(const std::string& login, const std::string& when,
                 const std::string& author = "bob") {
    Activity a;
    a.kind = ActivityKind::pr_comment;
    a.login = login;
    a.repo = "mindspore/models";
    a.time = *parse_timestamp(when);
    a.number = "7";
    a.target_author = author;
    a.url = "https://gitee.com/mindspore/models/pulls/7#" + when;
    return a;
}

}  // namespace

TEST_CASE("activities are grouped by person and kind, oldest first", "[activity]") {
    std::vector<Activity> all = {comment("alice", "2026-03-02T10:00:00+08:00"),
                                 comment("Alice", "2026-03-01T10:00:00+08:00"),
                                 comment("bob", "2026-03-03T10:00:00+08:00")};
    all.push_back(all[0]);
    all.back().kind = ActivityKind::pr_merged;
    const ActivityIndex index(all, UtcOffset{480});
    const auto alice = index.of("ALICE", ActivityKind::pr_comment);
    REQUIRE(alice.size() == 2);
    CHECK(alice[0].time < alice[1].time);
    CHECK(index.url(alice[0]) ==
          "https://gitee.com/mindspore/models/pulls/7#2026-03-01T10:00:00+08:00");
    CHECK(index.of("alice", ActivityKind::pr_merged).size() == 1);
    CHECK(index.of("bob", ActivityKind::pr_comment).size() == 1);
    CHECK(index.of("nobody", ActivityKind::pr_comment).empty());
    CHECK(index.logins() == std::vector<std::string>{"alice", "bob"});
}

TEST_CASE("months and days are read in the index's zone", "[activity]") {
    const ActivityIndex index({comment("alice", "2026-03-31T16:30:00Z")}, UtcOffset{480});
    const auto a = index.of("alice", ActivityKind::pr_comment)[0];
    CHECK(month_label(a.month) == "2026-04");
    CHECK(civil_from_days(a.day) == Date{2026, 4, 1});
}

TEST_CASE("a comment on one's own PR is marked, whatever the case of the logins", "[activity]") {
    const ActivityIndex index({comment("alice", "2026-03-01T10:00:00Z", "ALICE"),
                               comment("alice", "2026-03-02T10:00:00Z", "bob")},
                              UtcOffset{});
    const auto list = index.of("alice", ActivityKind::pr_comment);
    CHECK(list[0].on_own);
    CHECK_FALSE(list[1].on_own);
}

TEST_CASE("PR and issue numbers map to exact keys", "[activity]") {
    SymbolTable long_numbers;
    const std::vector<std::string> numbers = {
        "7", "70", "07", "I8QX2B", "I8QX2C", "12345678", "123456789", "1234567890", "编号"};
    std::set<std::uint64_t> keys;
    for (const std::string& number : numbers) {
        keys.insert(number_key(number, long_numbers));
    }
    CHECK(keys.size() == numbers.size());
    CHECK(number_key("I8QX2B", long_numbers) == number_key("I8QX2B", long_numbers));
    CHECK(number_key("123456789", long_numbers) == number_key("123456789", long_numbers));
}

TEST_CASE("command words come from the first non-blank character", "[activity]") {
    CHECK(command_word("/lgtm") == "lgtm");
    CHECK(command_word("  /Retest\n") == "retest");
    CHECK(command_word("/approve please") == "approve");
    CHECK_FALSE(command_word("looks good /lgtm"));
    CHECK_FALSE(command_word(""));
}
