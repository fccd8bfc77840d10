#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sigaudit/common/calendar.h"

namespace sigaudit {

// What sigaudit keeps of Gitee's list answers: the gitee layer parses pages
// into these, the store saves and reads them, and nothing else knows JSON.
// Logins are lower case; an empty author means a deleted account (user: null).

struct PullRecord {
    std::int64_t id = 0;  // Gitee's id: the key for de-duplication and upserts
    std::string repo;     // "owner/repo", lower case
    std::int64_t number = 0;
    std::string state;  // open, closed, merged
    std::string author;
    std::string title;
    std::vector<std::string> labels;
    Instant created_at = 0;
    Instant updated_at = 0;
    std::optional<Instant> merged_at;
    std::string url;  // html_url
};

struct PullCommentRecord {
    std::int64_t id = 0;
    std::string repo;
    std::int64_t pull_number = 0;  // from pull_request_url ".../pulls/<number>"
    std::string author;
    std::string body;
    // "diff_comment" (on a line of the diff) or "pr_comment" (on the PR as a
    // whole), lower case; empty when Gitee did not say.
    std::string comment_type;
    Instant created_at = 0;
    Instant updated_at = 0;
    std::string url;
};

struct IssueRecord {
    std::int64_t id = 0;
    std::string repo;
    std::string number;      // "I8QX2B"
    std::string state;       // open, progressing, closed, rejected
    std::string issue_type;  // display string: 缺陷, 任务, 需求
    std::string author;
    std::string title;
    std::vector<std::string> labels;
    Instant created_at = 0;
    Instant updated_at = 0;
    std::string url;
};

struct IssueCommentRecord {
    std::int64_t id = 0;
    std::string repo;
    std::string issue_number;  // from target.issue.number
    std::string author;
    std::string body;
    Instant created_at = 0;
    Instant updated_at = 0;
    std::string url;
};

// The four lists sigaudit fetches per repository, described once: the
// fetcher, the store and the messages all read kGiteeLists.
enum class GiteeList { pulls, pull_comments, issues, issue_comments };

struct GiteeListInfo {
    GiteeList list;
    std::string_view id;        // the store's name for it: "pull_comments"
    std::string_view api_path;  // under /repos/{owner}/{repo}/: "pulls/comments"
    std::string_view label;     // in messages: "pull request comments"
    // Pull requests and issues default to state=open on Gitee; the comment
    // lists have no state.
    bool takes_state;
};

// A clock set wrong on either side is forgiven a day; an updated_at later
// than the sync's clock by more is a lie that would otherwise keep the
// high-water mark past every change. The fetcher caps marks by it and
// `store status` names the rows past it.
inline constexpr Instant kClockSlack = 24 * 60 * 60;

inline constexpr std::array<GiteeListInfo, 4> kGiteeLists = {{
    {GiteeList::pulls, "pulls", "pulls", "pull requests", true},
    {GiteeList::pull_comments, "pull_comments", "pulls/comments", "pull request comments", false},
    {GiteeList::issues, "issues", "issues", "issues", true},
    {GiteeList::issue_comments, "issue_comments", "issues/comments", "issue comments", false},
}};
inline constexpr std::size_t kGiteeListCount = kGiteeLists.size();

constexpr const GiteeListInfo& gitee_list_info(GiteeList list) {
    return kGiteeLists[static_cast<std::size_t>(list)];
}

// One repository's sync, complete: every item of its four lists that changed
// since the last sync (each id once, its newest version), and per list the
// newest updated_at seen (nothing when the list brought no items).
struct FetchedRepository {
    std::string repo;
    std::vector<PullRecord> pulls;
    std::vector<PullCommentRecord> pull_comments;
    std::vector<IssueRecord> issues;
    std::vector<IssueCommentRecord> issue_comments;
    std::array<std::optional<Instant>, kGiteeListCount> high_water;
    // Per list, the items dated more than a day after the fetch began: they
    // are stored, but leave the high-water mark where the rest put it.
    std::array<std::int64_t, kGiteeListCount> future_dated{};
    Instant synced_at = 0;  // when the fetch that read it began
    // Per list, read from the beginning (no high-water mark, or fetch
    // --full): its items are the whole list, and replace what is stored.
    std::array<bool, kGiteeListCount> from_start{};
    // What the reading noticed but could go on from, in sentences that name
    // the request ("GET /repos/o/r/pulls?page=5 of 9 came back empty; ...").
    std::vector<std::string> warnings;
};

// The list each record comes from.
template <typename Record>
inline constexpr GiteeList kListOf = GiteeList::pulls;
template <>
inline constexpr GiteeList kListOf<PullCommentRecord> = GiteeList::pull_comments;
template <>
inline constexpr GiteeList kListOf<IssueRecord> = GiteeList::issues;
template <>
inline constexpr GiteeList kListOf<IssueCommentRecord> = GiteeList::issue_comments;

}  // namespace sigaudit
