#include "filter_reader.h"

#include <algorithm>
#include <span>

#include <fmt/format.h>

#include "sigaudit/common/gitee_login.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/common/yaml_document.h"

namespace sigaudit {

namespace {

bool any_activity(ActivityKind) {
    return true;
}
bool has_state(ActivityKind kind) {
    return !is_comment_kind(kind);
}
bool is_issue_opened(ActivityKind kind) {
    return kind == ActivityKind::issue_opened;
}
bool is_pr_comment(ActivityKind kind) {
    return kind == ActivityKind::pr_comment;
}

// Which activity kinds a filter key can ever match.
struct FilterScope {
    std::string_view key;
    bool (*applies)(ActivityKind);
    std::string_view kinds;  // for messages
};

constexpr FilterScope kFilterScopes[] = {
    {"repos", any_activity, "every activity kind"},
    {"any_of", any_activity, "every activity kind"},
    {"on_others", is_comment_kind, "pr_comment and issue_comment"},
    {"commands", is_comment_kind, "pr_comment and issue_comment"},
    {"state", has_state, "pr_opened, pr_merged and issue_opened"},
    {"labels", has_state, "pr_opened, pr_merged and issue_opened"},
    {"issue_type", is_issue_opened, "issue_opened"},
    {"comment_type", is_pr_comment, "pr_comment"},
};

// The states Gitee gives (docs/gitee.md).
constexpr std::string_view kPrStates[] = {"open", "closed", "merged"};
constexpr std::string_view kIssueStates[] = {"open", "progressing", "closed", "rejected"};

// Gitee's comment_type of a PR comment: a line comment on the diff, or one
// on the PR as a whole.
constexpr std::string_view kCommentTypes[] = {"diff_comment", "pr_comment"};

constexpr std::string_view kDistinctWords[] = {"pr", "issue", "date", "month"};

std::string source_name(const CountSource& source) {
    return std::holds_alternative<ActivityKind>(source)
               ? source_id(source)
               : fmt::format("ledger entries ('{}')", source_id(source));
}

// Reads the filters of one count, or of one of its any_of alternatives.
class FilterReader {
  public:
    FilterReader(YamlReader& reader, const std::optional<CountSource>& source,
                 std::vector<NameRef>& group_refs)
        : reader_(reader), source_(source), group_refs_(group_refs) {}

    ActivityFilter read(const Fields& fields) {
        ActivityFilter filter;
        for (const Field& field : fields.known) {
            if (is_filter_key(field.name) && applies(field)) {
                read_key(field, filter);
            }
        }
        return filter;
    }

  private:
    static bool is_filter_key(std::string_view key) {
        return std::any_of(std::begin(kFilterScopes), std::end(kFilterScopes),
                           [&](const FilterScope& scope) { return scope.key == key; });
    }

    // Whether the counted kind can ever match `field`; reported when not.
    bool applies(const Field& field) {
        if (!source_) {
            return true;
        }
        const auto* kind = std::get_if<ActivityKind>(&*source_);
        if (kind == nullptr) {
            reader_.report(Code::rule_bad_filter, field.key,
                           fmt::format("'{}' filters Gitee activities, but this count counts {}",
                                       field.name, source_name(*source_)));
            return false;
        }
        const auto* scope = std::find_if(std::begin(kFilterScopes), std::end(kFilterScopes),
                                         [&](const FilterScope& s) { return s.key == field.name; });
        if (scope->applies(*kind)) {
            return true;
        }
        reader_.report(Code::rule_bad_filter, field.key,
                       fmt::format("'{}' never matches {}; it applies to {}", field.name,
                                   activity_kind_id(*kind), scope->kinds));
        return false;
    }

    void read_key(const Field& field, ActivityFilter& filter) {
        if (field.name == "repos") {
            read_repos(field, filter);
        } else if (field.name == "on_others") {
            filter.on_others = reader_.flag(field);
        } else if (field.name == "commands") {
            read_commands(field, filter);
        } else if (field.name == "state") {
            filter.states = read_states(field);
        } else if (field.name == "issue_type") {
            filter.issue_types = words_of(field);
        } else if (field.name == "labels") {
            filter.labels = words_of(field);
        } else if (field.name == "comment_type") {
            filter.comment_types =
                known_words(field, kCommentTypes, "a comment type", "comment types");
        } else if (field.name == "any_of") {
            filter.any_of = read_alternatives(field);
        }
    }

    std::vector<std::string> words_of(const Field& field) {
        std::vector<std::string> words;
        for (TextItem& item : reader_.texts(field)) {
            words.push_back(std::move(item.text));
        }
        return words;
    }

    // Each item is a group name, or a repository when it holds a '/'.
    void read_repos(const Field& field, ActivityFilter& filter) {
        for (TextItem& item : reader_.texts(field)) {
            if (item.text.find('/') == std::string::npos) {
                group_refs_.push_back(NameRef{item.text, reader_.where(item.node)});
                filter.repo_groups.push_back(std::move(item.text));
            } else if (is_repo_name(item.text)) {
                filter.repo_groups.push_back(to_lower_ascii(item.text));
            } else {
                reader_.report(
                    Code::rule_bad_value, item.node,
                    fmt::format("'{}' is neither a group name nor an owner/repo name", item.text));
            }
        }
    }

    // Command words as Gitee users type them: "/LGTM" is the word lgtm.
    void read_commands(const Field& field, ActivityFilter& filter) {
        for (const TextItem& item : reader_.texts(field)) {
            std::string word = to_lower_ascii(item.text);
            if (word.starts_with('/')) {
                word.erase(0, 1);
            }
            if (word == "all") {
                filter.all_commands = true;
            } else if (!word.empty() && word.find_first_of(" \t/") == std::string::npos) {
                filter.commands.push_back(std::move(word));
            } else {
                reader_.report(
                    Code::rule_bad_value, item.node,
                    fmt::format("'{}' is not a command word such as lgtm (or all)", item.text));
            }
        }
    }

    // A misspelt word would silently match nothing, so each is checked.
    std::vector<std::string> known_words(const Field& field,
                                         std::span<const std::string_view> known,
                                         std::string_view one, std::string_view plural) {
        std::vector<std::string> words;
        for (const TextItem& item : reader_.texts(field)) {
            std::string word = to_lower_ascii(item.text);
            if (std::find(known.begin(), known.end(), word) == known.end()) {
                const std::vector<std::string_view> choices(known.begin(), known.end());
                reader_.report(Code::rule_bad_value, item.node,
                               fmt::format("'{}' is not {}; {}", item.text, one,
                                           unknown_word_hint(word, choices, plural)));
                continue;
            }
            words.push_back(std::move(word));
        }
        return words;
    }

    // A misspelt state would silently match nothing, so states are checked
    // against those the counted kind can have.
    std::vector<std::string> read_states(const Field& field) {
        const auto* kind = source_ ? std::get_if<ActivityKind>(&*source_) : nullptr;
        std::vector<std::string_view> known;
        if (kind != nullptr) {
            known = is_pr_kind(*kind)
                        ? std::vector<std::string_view>(std::begin(kPrStates), std::end(kPrStates))
                        : std::vector<std::string_view>(std::begin(kIssueStates),
                                                        std::end(kIssueStates));
        }
        std::vector<std::string> states;
        for (const TextItem& item : reader_.texts(field)) {
            std::string state = to_lower_ascii(item.text);
            if (kind != nullptr && std::find(known.begin(), known.end(), state) == known.end()) {
                reader_.report(Code::rule_bad_filter, item.node,
                               fmt::format("{} never has state '{}'; {}", activity_kind_id(*kind),
                                           item.text, unknown_word_hint(state, known, "states")));
                continue;
            }
            states.push_back(std::move(state));
        }
        return states;
    }

    std::vector<ActivityFilter> read_alternatives(const Field& field) {
        std::vector<ActivityFilter> alternatives;
        for (const YAML::Node& item : reader_.items(field, false)) {
            if (!reader_.expect_mapping(item, "an any_of alternative")) {
                continue;
            }
            const Fields fields = reader_.fields(item, kFilterKeys, "an any_of alternative");
            if (fields.known.empty()) {
                reader_.report(Code::rule_bad_value, item,
                               "this any_of alternative has no filter, so it would match "
                               "everything; give it one of repos, state, issue_type, labels, "
                               "on_others, commands or comment_type");
                continue;
            }
            alternatives.push_back(read(fields));
        }
        return alternatives;
    }

    YamlReader& reader_;
    const std::optional<CountSource>& source_;
    std::vector<NameRef>& group_refs_;
};

// What `distinct: word` needs of the counted kind; nothing when `source` has it.
std::optional<std::string_view> distinct_need(std::string_view word, const CountSource& source) {
    const auto* kind = std::get_if<ActivityKind>(&source);
    if (word == "pr" && (kind == nullptr || !is_pr_kind(*kind))) {
        return "a count of pr_opened, pr_merged or pr_comment";
    }
    if (word == "issue" && (kind == nullptr || is_pr_kind(*kind))) {
        return "a count of issue_opened or issue_comment";
    }
    return std::nullopt;
}

Distinct distinct_of(std::string_view word) {
    if (word == "date") {
        return Distinct::date;
    }
    if (word == "month") {
        return Distinct::month;
    }
    return Distinct::target;
}

}  // namespace

ActivityFilter read_filter(YamlReader& reader, const Fields& fields,
                           const std::optional<CountSource>& source,
                           std::vector<NameRef>& group_refs) {
    return FilterReader(reader, source, group_refs).read(fields);
}

Distinct read_distinct(YamlReader& reader, const Field& field,
                       const std::optional<CountSource>& source) {
    const auto text = reader.text(field);
    if (!text) {
        return Distinct::none;
    }
    const std::string word = to_lower_ascii(*text);
    const std::vector<std::string_view> known(std::begin(kDistinctWords), std::end(kDistinctWords));
    if (std::find(known.begin(), known.end(), word) == known.end()) {
        reader.report(Code::rule_bad_value, field.value,
                      fmt::format("'distinct' must be pr, issue, date or month, not '{}'{}", *text,
                                  did_you_mean(word, known)));
        return Distinct::none;
    }
    if (const auto need = source ? distinct_need(word, *source) : std::nullopt) {
        reader.report(Code::rule_bad_filter, field.value,
                      fmt::format("'distinct: {}' needs {}, but this one counts {}", word, *need,
                                  source_name(*source)));
        return Distinct::none;
    }
    return distinct_of(word);
}

}  // namespace sigaudit
