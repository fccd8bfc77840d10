#pragma once

// The data side of FakeGitee: generated items, pre-rendered as the JSON Gitee
// sends, and the pages cut from them. Nothing here knows HTTP or locking; the
// server guards a Store with its own mutex.

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/fake_gitee.h"

namespace sigaudit::testing::fake {

using List = FakeGitee::List;
inline constexpr std::size_t list_count = 4;

std::size_t index_of(List list);

// Seconds since the epoch <-> "2026-03-04T10:22:31+08:00". Rendering always
// uses +08:00 like Gitee, so every rendered timestamp has the same length and
// touch() can rewrite one in place.
std::string format_time(std::int64_t seconds);
// ISO 8601 date-time with "Z", "±HH:MM", "±HHMM" or no offset (read as
// +08:00, the server's zone), optional fractional seconds; or a bare date.
std::optional<std::int64_t> parse_time(std::string_view text);

// One list item. The JSON is rendered once; pages are concatenations of it.
struct Item {
    std::int64_t id = 0;
    std::int64_t created = 0;  // seconds since the epoch
    std::int64_t updated = 0;
    std::string_view state;  // a static literal; empty for comments
    std::string json;
    std::size_t updated_at_offset = 0;  // where the updated_at value starts in `json`
};

// A PR or issue that comments can point at.
struct Parent {
    std::int64_t id = 0;
    std::string number;  // "4821" or "I8QX2B"
    std::string title;
    std::int64_t created = 0;
    std::int64_t updated = 0;
};

struct Repo {
    std::string full_name;  // "owner/name", lower case
    std::int64_t repository_id = 0;
    std::vector<std::string> logins;
    std::vector<std::string> users;  // pre-rendered user objects, one per login
    // Each list sorted by (updated, id): since is a binary search, and the
    // default fetch order (sort=updated, direction=asc) is a plain slice.
    std::array<std::vector<Item>, list_count> lists;
    std::vector<Parent> pulls;
    std::vector<Parent> issues;
    std::int64_t next_pull_number = 1;
    std::int64_t next_issue_serial = 0;
    std::uint64_t rng = 0;
};

// What a list request asks for, already validated.
struct PageQuery {
    std::optional<std::string> state;  // nullopt = all
    std::optional<std::int64_t> since;
    bool by_created = false;
    bool descending = false;
    int page = 1;
    int per_page = 20;
};

struct Page {
    std::string body;  // a JSON array
    std::size_t total_count = 0;
    std::size_t total_page = 0;
    std::size_t last_item_offset = 0;  // where the page's last item starts (truncation)
};

// Every repository of one server, and the id counters that keep ids unique
// across it.
class Store {
  public:
    Store();

    void generate(const std::string& repo, FakeGitee::Sizes sizes, std::uint32_t seed,
                  const std::vector<std::string>& logins);
    void add_empty(const std::string& repo);
    std::vector<std::int64_t> touch(const std::string& repo, List list, int count,
                                    std::int64_t now);
    std::vector<std::int64_t> touch_at(const std::string& repo, List list, int count,
                                       std::int64_t when);
    std::vector<std::int64_t> add_items(const std::string& repo, List list, int count,
                                        std::int64_t now);
    std::vector<std::int64_t> ids(const std::string& repo, List list) const;
    FakeGitee::Sizes sizes(const std::string& repo) const;

    // nullptr when the server has no such repository.
    const Repo* find(const std::string& repo) const;

  private:
    Repo& repo_for_update(const std::string& repo);
    std::int64_t next_id(List list);

    std::map<std::string, Repo> repos_;
    std::array<std::int64_t, list_count> next_ids_;
};

Page render_page(const Repo& repo, List list, const PageQuery& query);

}  // namespace sigaudit::testing::fake
