#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sigaudit/common/calendar.h"

namespace sigaudit {

// What a person did on Gitee (docs/architecture.md, "The activity model").
enum class ActivityKind : std::uint8_t {
    pr_opened,
    pr_merged,
    pr_comment,
    issue_opened,
    issue_comment
};
inline constexpr std::array<ActivityKind, 5> kActivityKinds = {
    ActivityKind::pr_opened, ActivityKind::pr_merged, ActivityKind::pr_comment,
    ActivityKind::issue_opened, ActivityKind::issue_comment};

std::string_view activity_kind_id(ActivityKind kind);
std::optional<ActivityKind> activity_kind_from_id(std::string_view id);
bool is_pr_kind(ActivityKind kind);
bool is_comment_kind(ActivityKind kind);

// One Gitee-derived fact about one person.
struct Activity {
    ActivityKind kind = ActivityKind::pr_opened;
    std::string login;  // lower case
    std::string repo;   // "owner/repo", lower case
    Instant time = 0;   // pr_merged: merged_at; otherwise created_at
    std::string url;
    std::string number;         // the PR or issue: "4821", "I8QX2B"
    std::string target_author;  // comments: who opened the PR or issue, lower case
    std::string state;          // PR: open/closed/merged; issue: open/progressing/closed/rejected
    std::string issue_type;     // issue_opened: "缺陷", "任务", ...
    std::vector<std::string> labels;
    bool is_command = false;  // comments: the body's first non-blank character is '/'
    std::string command;      // the command word, lower case: "lgtm", "retest"
    // pr_comment: "diff_comment" (on a line of the diff) or "pr_comment";
    // empty when not known.
    std::string comment_type;
};

// The command a comment body gives: "  /LGTM\n" gives "lgtm"; nothing when
// the first non-blank character is not '/'.
std::optional<std::string> command_word(std::string_view body);

}  // namespace sigaudit
