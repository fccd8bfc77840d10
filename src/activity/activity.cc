#include "sigaudit/activity/activity.h"

#include "sigaudit/common/enum_names.h"
#include "sigaudit/common/strings.h"

namespace sigaudit {

namespace {
constexpr EnumNames<ActivityKind, 5> kKindIds({{{ActivityKind::pr_opened, "pr_opened"},
                                                {ActivityKind::pr_merged, "pr_merged"},
                                                {ActivityKind::pr_comment, "pr_comment"},
                                                {ActivityKind::issue_opened, "issue_opened"},
                                                {ActivityKind::issue_comment, "issue_comment"}}});
}  // namespace

std::string_view activity_kind_id(ActivityKind kind) {
    return kKindIds.name(kind);
}

std::optional<ActivityKind> activity_kind_from_id(std::string_view id) {
    return kKindIds.parse(id);
}

bool is_pr_kind(ActivityKind kind) {
    return kind == ActivityKind::pr_opened || kind == ActivityKind::pr_merged ||
           kind == ActivityKind::pr_comment;
}

bool is_comment_kind(ActivityKind kind) {
    return kind == ActivityKind::pr_comment || kind == ActivityKind::issue_comment;
}

std::optional<std::string> command_word(std::string_view body) {
    body = trim(body);
    if (body.empty() || body.front() != '/') {
        return std::nullopt;
    }
    body.remove_prefix(1);
    const std::size_t end = body.find_first_of(" \t\r\n");
    return to_lower_ascii(body.substr(0, end));
}

}  // namespace sigaudit
