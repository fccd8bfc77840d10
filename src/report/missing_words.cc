#include <algorithm>

#include <fmt/format.h>

#include "render_parts.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/report/criterion_words.h"
#include "sigaudit/rules/criterion_text.h"

namespace sigaudit {

namespace {

// A list of repositories reads well up to a handful; past that the groups
// the rule file names say the same in fewer words.
constexpr std::size_t kReposSpelledOut = 3;

std::string repo_words(const ActivityFilter& filter) {
    if (filter.repos.empty()) {
        return "";
    }
    if (filter.repos.size() <= kReposSpelledOut) {
        return " in " + join_words(filter.repos);
    }
    if (!filter.repo_groups.empty()) {
        return fmt::format(" in the {} repositories", join_words(filter.repo_groups));
    }
    return fmt::format(" in one of {} repositories", filter.repos.size());
}

std::string item_noun(ActivityKind kind, bool one) {
    if (is_pr_kind(kind)) {
        return one ? "PR" : "PRs";
    }
    return one ? "issue" : "issues";
}

std::string owner_words(const ActivityFilter& filter, ActivityKind kind, bool one) {
    if (!filter.on_others) {
        return "";
    }
    return *filter.on_others
               ? fmt::format(" on {} {}", one ? "someone else's" : "others'", item_noun(kind, one))
               : fmt::format(" on their own {}", item_noun(kind, one));
}

// States, issue types, labels and alternatives: what narrows a count beyond
// who and where.
std::string detail_words(const ActivityFilter& filter, ActivityKind kind) {
    std::string out;
    if (!filter.issue_types.empty()) {
        out += " of type " + join_words(filter.issue_types);
    }
    if (!filter.labels.empty()) {
        out += " labelled " + join_words(filter.labels);
    }
    if (!filter.any_of.empty()) {
        std::vector<std::string> alternatives;
        for (const ActivityFilter& alternative : filter.any_of) {
            const std::string words = repo_words(alternative) +
                                      owner_words(alternative, kind, true) +
                                      detail_words(alternative, kind);
            alternatives.emplace_back(trim(words));
        }
        out += fmt::format(" ({})", join_words(alternatives));
    }
    if (!filter.states.empty()) {
        out += " in state " + join_words(filter.states);
    }
    return out;
}

// "/lgtm or /approve": the commands that count beside plain comments.
std::vector<std::string> counted_commands(const ActivityFilter& filter) {
    std::vector<std::string> words;
    if (!filter.all_commands) {
        for (const std::string& command : filter.commands) {
            words.push_back("/" + command);
        }
    }
    return words;
}

std::string comment_commands(const ActivityFilter& filter, ActivityKind kind) {
    const std::vector<std::string> commands = counted_commands(filter);
    if (!is_comment_kind(kind) || commands.empty()) {
        return "";
    }
    return fmt::format(", {} included", join_words(commands));
}

std::string distinct_words(Distinct distinct, bool one) {
    switch (distinct) {
        case Distinct::date:
            return one ? ", on a date not yet counted" : ", each on a date not yet counted";
        case Distinct::month:
            return one ? ", in a month not yet counted" : ", each in a month not yet counted";
        case Distinct::target:
        case Distinct::none:
            break;
    }
    return "";
}

// Comments counted once per PR or issue: what is missing is more PRs or
// issues to comment on, not more comments.
std::string per_target_missing(const Criterion& count, ActivityKind kind, std::int64_t more) {
    std::vector<std::string> ways = {"a " + describe_source(count.source, 1)};
    for (std::string& command : counted_commands(count.filter)) {
        ways.push_back(std::move(command));
    }
    std::string whose;
    if (count.filter.on_others) {
        whose = *count.filter.on_others ? " of someone else's" : " of their own";
    }
    const bool one = more == 1 && whose.empty();
    return fmt::format("{} on {} more{} {}{}{}", join_words(ways), more, whose,
                       item_noun(kind, one), repo_words(count.filter),
                       detail_words(count.filter, kind));
}

std::string count_missing(const Criterion& count, std::int64_t more) {
    const auto* kind = std::get_if<ActivityKind>(&count.source);
    if (kind != nullptr && is_comment_kind(*kind) && count.distinct == Distinct::target) {
        return per_target_missing(count, *kind, more);
    }
    std::string out = fmt::format("{} more {}", more, render_detail::count_phrase(count, more));
    if (kind != nullptr) {
        out += comment_commands(count.filter, *kind);
    }
    return out + distinct_words(count.distinct, more == 1);
}

std::string sum_missing(const Criterion& sum, std::int64_t more) {
    std::vector<std::string> parts;
    for (const Criterion& part : sum.children) {
        parts.push_back(render_detail::count_phrase(part, 2));
    }
    return fmt::format("{} more, counting {}", more, join_words(parts, " and "));
}

std::int64_t shortfall(const CriterionResult& result) {
    return std::max<std::int64_t>(1, result.required - result.actual);
}

std::int64_t required_children(const CriterionResult& result) {
    return std::count_if(result.children.begin(), result.children.end(),
                         [](const CriterionResult& child) { return !child.optional(); });
}

// "2 more of the 3 criteria", "both criteria": for groups of criteria that must all hold.
std::string all_missing(std::int64_t more, std::int64_t of) {
    if (more >= of) {
        return of == 1   ? "its criterion"
               : of == 2 ? "both criteria"
                         : fmt::format("all {} criteria", of);
    }
    return fmt::format("{} more of the {} criteria", more, of);
}

std::string any_missing(std::int64_t of) {
    return of <= 1 ? std::string("its criterion") : fmt::format("any 1 of its {} alternatives", of);
}

std::string window_missing(const CriterionResult& result) {
    std::vector<const CriterionResult*> failing;
    for (const CriterionResult& child : result.children) {
        if (!child.optional() && !child.passed) {
            failing.push_back(&child);
        }
    }
    std::string needed;
    if (failing.size() == 1) {
        const CriterionResult& child = *failing.front();
        needed = "with " + (child.per_month ? render_detail::per_month_missing(child)
                                            : describe_missing(child));
    } else {
        needed = "meeting " + all_missing(shortfall(result), required_children(result));
    }
    std::string out =
        fmt::format("a run of {} consecutive months {}", result.criterion->months, needed);
    if (!result.window.empty()) {
        out += "; best run so far " + result.window;
    }
    return out;
}

}  // namespace

namespace render_detail {

std::string count_phrase(const Criterion& count, std::int64_t n) {
    std::string out = describe_source(count.source, n);
    if (const auto* kind = std::get_if<ActivityKind>(&count.source)) {
        out += owner_words(count.filter, *kind, n == 1) + repo_words(count.filter) +
               detail_words(count.filter, *kind);
    }
    return out;
}

std::string per_month_missing(const CriterionResult& result) {
    const Criterion& criterion = *result.criterion;
    if (result.passed) {
        return "";
    }
    // The result is the run's weakest month; the others may lack less, so say
    // what each month needs rather than a sum nobody has to reach.
    if (criterion.type == CriterionType::count || criterion.type == CriterionType::sum) {
        std::string what;
        if (criterion.type == CriterionType::count) {
            what = count_phrase(criterion, result.required);
        } else {
            std::vector<std::string> parts;
            for (const Criterion& part : criterion.children) {
                parts.push_back(count_phrase(part, 2));
            }
            what = "in total, counting " + join_words(parts, " and ") + ",";
        }
        return fmt::format("at least {} {} in each month (the weakest has {})", result.required,
                           what, result.actual);
    }
    return describe_missing(result) + " in the weakest month";
}

}  // namespace render_detail

std::string describe_missing(const CriterionResult& result) {
    const Criterion& criterion = *result.criterion;
    if (result.passed) {
        return "";
    }
    switch (criterion.type) {
        case CriterionType::count:
            return count_missing(criterion, shortfall(result));
        case CriterionType::sum:
            return sum_missing(criterion, shortfall(result));
        case CriterionType::all:
            return all_missing(shortfall(result), required_children(result));
        case CriterionType::any:
            return any_missing(required_children(result));
        case CriterionType::window:
            return window_missing(result);
        case CriterionType::meets:
            return fmt::format("meet the {} criteria first", criterion.rule);
    }
    return "";
}

}  // namespace sigaudit
