#include "sigaudit/activity.h"

#include "sigaudit/strings.h"

namespace sigaudit {

std::string_view activity_kind_id(ActivityKind kind) {
    switch (kind) {
        case ActivityKind::pr_opened:
            return "pr_opened";
        case ActivityKind::pr_merged:
            return "pr_merged";
        case ActivityKind::pr_comment:
            return "pr_comment";
        case ActivityKind::issue_opened:
            return "issue_opened";
        case ActivityKind::issue_comment:
            return "issue_comment";
    }
    return "pr_opened";
}

std::optional<ActivityKind> activity_kind_from_id(std::string_view id) {
    for (ActivityKind kind : kActivityKinds) {
        if (iequals(activity_kind_id(kind), id)) {
            return kind;
        }
    }
    return std::nullopt;
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
