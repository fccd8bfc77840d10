#include "sigaudit/rules/criterion_text.h"

#include <fmt/format.h>

#include "sigaudit/common/strings.h"

namespace sigaudit {

namespace {

std::string quoted_commands(const std::vector<std::string>& words) {
    std::vector<std::string> slashed;
    for (const std::string& word : words) {
        slashed.push_back("/" + word);
    }
    return join_words(slashed, " and ");
}

std::string describe_filter(const ActivityFilter& filter, ActivityKind kind) {
    std::string out;
    const std::string_view items = is_pr_kind(kind) ? "PRs" : "issues";
    if (!filter.repos.empty()) {
        out += filter.repo_groups.empty()
                   ? fmt::format(" in {}", join_words(filter.repos))
                   : fmt::format(" in {} ({})", join_words(filter.repo_groups),
                                 fmt::join(filter.repos, ", "));
    }
    if (filter.on_others) {
        out += *filter.on_others ? fmt::format(" on {} opened by others", items)
                                 : fmt::format(" on their own {}", items);
    }
    if (!filter.states.empty()) {
        out += fmt::format(" in state {}", join_words(filter.states));
    }
    if (!filter.issue_types.empty()) {
        out += fmt::format(" of type {}", join_words(filter.issue_types));
    }
    if (!filter.labels.empty()) {
        out += fmt::format(" labelled {}", join_words(filter.labels));
    }
    if (!filter.any_of.empty()) {
        std::vector<std::string> alternatives;
        for (const ActivityFilter& alternative : filter.any_of) {
            alternatives.push_back(std::string(trim(describe_filter(alternative, kind))));
        }
        out += fmt::format(" ({})", join_words(alternatives));
    }
    if (const std::string note = counting_note(filter, kind); !note.empty()) {
        out += ", " + note;
    }
    return out;
}

std::string describe_distinct(Distinct distinct, const CountSource& source) {
    switch (distinct) {
        case Distinct::target: {
            const auto* kind = std::get_if<ActivityKind>(&source);
            return kind != nullptr && is_pr_kind(*kind) ? ", each PR once" : ", each issue once";
        }
        case Distinct::date:
            return ", on distinct dates";
        case Distinct::month:
            return ", in distinct months";
        case Distinct::none:
            break;
    }
    return "";
}

std::string describe_count(const Criterion& count) {
    std::string out = fmt::format("at least {} {}", count.at_least,
                                  describe_source(count.source, count.at_least));
    if (const auto* kind = std::get_if<ActivityKind>(&count.source)) {
        out += describe_filter(count.filter, *kind);
    }
    return out + describe_distinct(count.distinct, count.source);
}

}  // namespace

std::string command_policy(const ActivityFilter& filter, ActivityKind kind) {
    if (!is_comment_kind(kind)) {
        return "";
    }
    if (filter.all_commands) {
        return "commands such as /assign counted too";
    }
    return filter.commands.empty() ? "commands such as /retest or /assign not counted"
                                   : fmt::format("commands {} counted, other commands not",
                                                 quoted_commands(filter.commands));
}

std::string comment_type_words(const ActivityFilter& filter) {
    std::vector<std::string> kinds;
    for (const std::string& type : filter.comment_types) {
        kinds.push_back(type == "diff_comment" ? "line comments on the diff (diff_comment)"
                                               : "comments on the PR as a whole (pr_comment)");
    }
    return kinds.empty() ? std::string() : "only " + join_words(kinds);
}

std::string counting_note(const ActivityFilter& filter, ActivityKind kind) {
    std::vector<std::string> notes;
    for (std::string note : {comment_type_words(filter), command_policy(filter, kind)}) {
        if (!note.empty()) {
            notes.push_back(std::move(note));
        }
    }
    return join_words(notes, ", ");
}

std::string describe_source(const CountSource& source, std::int64_t count) {
    const bool one = count == 1;
    if (const auto* kind = std::get_if<ActivityKind>(&source)) {
        switch (*kind) {
            case ActivityKind::pr_opened:
                return one ? "PR opened" : "PRs opened";
            case ActivityKind::pr_merged:
                return one ? "merged PR" : "merged PRs";
            case ActivityKind::pr_comment:
                return one ? "PR comment" : "PR comments";
            case ActivityKind::issue_opened:
                return one ? "issue opened" : "issues opened";
            case ActivityKind::issue_comment:
                return one ? "issue comment" : "issue comments";
        }
    }
    return fmt::format("'{}' {} in the evidence ledger", source_id(source),
                       one ? "entry" : "entries");
}

std::string describe_criterion(const Criterion& criterion) {
    switch (criterion.type) {
        case CriterionType::all:
            return "all of these hold";
        case CriterionType::any:
            return "at least one of these holds";
        case CriterionType::count:
            return describe_count(criterion);
        case CriterionType::sum: {
            std::vector<std::string> parts;
            for (const Criterion& part : criterion.children) {
                std::string text = describe_count(part);
                parts.push_back(
                    text.substr(text.find(' ', std::string_view("at least ").size()) + 1));
            }
            return fmt::format("at least {} in total of {}", criterion.at_least,
                               join_words(parts, " plus "));
        }
        case CriterionType::window:
            return fmt::format("within some {} consecutive calendar months", criterion.months);
        case CriterionType::meets:
            return fmt::format("meets the criteria of {}", criterion.rule);
    }
    return "";
}

}  // namespace sigaudit
