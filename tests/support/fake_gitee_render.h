#pragma once

// Renders FakeGitee's items as compact JSON in the shapes of
// tests/fixtures/gitee. Generation decides the values; these only write.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "support/fake_gitee_data.h"

namespace sigaudit::testing::fake {

// A user object like user.json's summary inside list items.
std::string render_user(const std::string& login);

// Who wrote an item: an index into Repo::users, or none for a deleted account.
using Author = std::optional<std::size_t>;

struct PullSpec {
    std::int64_t number = 0;
    std::string_view state;
    std::string title;
    std::optional<std::string_view> body;
    unsigned labels = 0;  // bit i set: pull_label(i)
    bool draft = false;
    std::optional<std::int64_t> closed_at;
    std::optional<std::int64_t> merged_at;
    std::string branch;
    std::string head_sha;
    std::string base_sha;
    Author author;
};

struct PullCommentSpec {
    std::int64_t pull_number = 0;
    std::string_view body;
    std::optional<std::string_view> path;  // set for diff comments
    int position = 0;
    std::string commit_id;
    Author author;
};

struct IssueSpec {
    std::string number;
    std::string_view state;
    std::string title;
    std::string_view body;
    unsigned labels = 0;  // bit i set: issue_label(i)
    int type = 0;         // 0 缺陷, 1 任务, 2 需求
    int priority = 0;
    int comments = 0;
    std::optional<std::int64_t> finished_at;
    Author author;
};

struct IssueCommentSpec {
    const Parent* issue = nullptr;
    std::string_view body;
    Author author;
};

inline constexpr int pull_label_count = 6;
inline constexpr int issue_label_count = 6;

// Each fills item.json and item.updated_at_offset from the spec and the
// item's id/created/updated, which the caller has set.
void render_pull(const Repo& repo, const PullSpec& spec, Item& item);
void render_pull_comment(const Repo& repo, const PullCommentSpec& spec, Item& item);
void render_issue(const Repo& repo, const IssueSpec& spec, Item& item);
void render_issue_comment(const Repo& repo, const IssueCommentSpec& spec, Item& item);

}  // namespace sigaudit::testing::fake
