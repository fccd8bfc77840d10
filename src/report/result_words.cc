#include <algorithm>

#include <fmt/format.h>

#include "render_parts.h"
#include "sigaudit/common/strings.h"

namespace sigaudit::render_detail {

const RuleResult* find_result(const PersonResult& person, const Rule& rule) {
    for (const RuleResult& result : person.results) {
        if (result.rule == &rule) {
            return &result;
        }
    }
    return nullptr;
}

std::vector<const PersonResult*> people_by_login(const std::vector<PersonResult>& people) {
    std::vector<const PersonResult*> sorted;
    for (const PersonResult& person : people) {
        sorted.push_back(&person);
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) {
        return to_lower_ascii(a->login) < to_lower_ascii(b->login);
    });
    return sorted;
}

namespace {

std::string first_word(std::string_view title) {
    const std::string_view trimmed = trim(title);
    return std::string(trimmed.substr(0, trimmed.find(' ')));
}

}  // namespace

std::vector<Column> rule_columns(const RuleSet& rules) {
    std::vector<std::string> words;
    for (const Rule& rule : rules.rules) {
        words.push_back(first_word(rule.title));
    }
    std::vector<Column> columns;
    for (std::size_t i = 0; i < rules.rules.size(); ++i) {
        // "Excellent" and "Senior" keep the table narrow; a word two rules
        // share would leave the reader guessing, so those keep their ids.
        const bool unique =
            !words[i].empty() && std::count(words.begin(), words.end(), words[i]) == 1;
        columns.push_back(Column{&rules.rules[i], unique ? words[i] : rules.rules[i].id});
    }
    return columns;
}

std::string missing_prerequisites(const RuleResult& result) {
    std::vector<std::string> missing;
    for (const PrerequisiteResult& prerequisite : result.prerequisites) {
        if (!prerequisite.held) {
            missing.push_back(prerequisite.unlisted_in
                                  ? fmt::format("a {} ({})", role_title(prerequisite.role),
                                                unlisted_words(prerequisite))
                                  : fmt::format("a {}", role_title(prerequisite.role)));
        }
    }
    return missing.empty() ? std::string() : "not yet " + join_words(missing, " or ");
}

std::string unlisted_words(const PrerequisiteResult& prerequisite) {
    const char* const verdict = prerequisite.held           ? "its criteria are met"
                                : prerequisite.criteria_met ? "its criteria are met, not its "
                                                              "prerequisites"
                                                            : "its criteria are not met";
    return fmt::format("not a listed role in {}; {}", file_name(*prerequisite.unlisted_in),
                       verdict);
}

std::string prerequisite_words(const RuleResult& result) {
    std::vector<std::string> parts;
    for (const PrerequisiteResult& prerequisite : result.prerequisites) {
        if (prerequisite.unlisted_in) {
            parts.push_back(fmt::format("{} ({})", role_title(prerequisite.role),
                                        unlisted_words(prerequisite)));
        } else {
            parts.push_back(fmt::format("{} {}", role_title(prerequisite.role),
                                        prerequisite.held ? "held" : "missing"));
        }
    }
    return parts.empty() ? std::string("none") : join_words(parts, ", ");
}

namespace {

// "1 of 2 criteria met", from the root group; empty for a root that is no group.
std::string criteria_tally(const RuleResult& result) {
    const CriterionResult& root = result.criteria;
    if (root.type() != CriterionType::all && root.type() != CriterionType::any) {
        return "";
    }
    std::int64_t required = 0;
    for (const CriterionResult& child : root.children) {
        required += child.optional() ? 0 : 1;
    }
    if (root.type() == CriterionType::any) {
        return fmt::format("none of {} alternatives met", required);
    }
    return fmt::format("{} of {} criteria met", root.actual, required);
}

}  // namespace

std::string verdict_words(const RuleResult& result, bool held) {
    const std::string to_confirm = to_confirm_note(result);
    const std::string and_confirm = to_confirm.empty() ? "" : ", " + to_confirm;
    if (result.eligible) {
        return (held ? "eligible, holds the role" : "eligible") + and_confirm;
    }
    if (result.criteria_met) {
        const std::string missing = missing_prerequisites(result);
        return (missing.empty() ? std::string("criteria met, prerequisite missing")
                                : fmt::format("criteria met, prerequisite missing ({})", missing)) +
               and_confirm;
    }
    const std::string tally = criteria_tally(result);
    std::string words = tally.empty() ? std::string("not yet") : fmt::format("not yet ({})", tally);
    if (held) {
        words += "; holds the role without meeting its criteria";
    }
    return words;
}

Tone verdict_tone(const RuleResult& result, bool held) {
    if (result.eligible) {
        return Tone::success;
    }
    if (result.criteria_met) {
        return Tone::warning;
    }
    return held ? Tone::error : Tone::dim;
}

std::vector<std::string> prerequisite_ids(const Rule& rule) {
    std::vector<std::string> ids;
    for (Role role : rule.prerequisites) {
        ids.emplace_back(role_id(role));
    }
    return ids;
}

std::string roles_words(const PersonResult& person) {
    std::vector<std::string> roles;
    for (Role role : person.roles) {
        roles.emplace_back(role_id(role));
    }
    std::string out = roles.empty() ? std::string("no role") : join_words(roles, ", ");
    if (!person.positions.empty()) {
        out += "; also " + join_words(person.positions, ", ");
    }
    return out;
}

std::string sig_scope_words(const std::optional<SigScope>& scope) {
    if (!scope) {
        return "";
    }
    const std::string repos =
        scope->repos.empty() ? std::string("none") : join_words(scope->repos, ", ");
    switch (scope->source) {
        case SigScopeSource::config:
            return fmt::format("SIG repositories: {} (from the config's groups.sig)", repos);
        case SigScopeSource::roster:
            return fmt::format("SIG repositories: {} (from {}:{})", repos, scope->where.file,
                               scope->where.line);
        case SigScopeSource::rules:
            break;
    }
    return fmt::format("SIG repositories: {} (the rules' default; the roster names none)", repos);
}

std::string data_words(const DataCoverage& data) {
    if (data.repositories.empty()) {
        return "";
    }
    const std::string repos =
        count_of(static_cast<std::int64_t>(data.repositories.size()), "repository", "repositories");
    const std::optional<Instant> oldest = data.oldest_sync();
    if (!oldest) {
        return fmt::format("Gitee data: {}; never fetched: {}", repos,
                           join_words(data.never_fetched(), ", "));
    }
    const RepositoryCoverage* oldest_repo = nullptr;
    Date newest_day = date_at(*oldest, data.zone);
    for (const RepositoryCoverage& repo : data.repositories) {
        if (repo.synced_at == oldest && oldest_repo == nullptr) {
            oldest_repo = &repo;
        }
        newest_day = std::max(newest_day, date_at(*repo.synced_at, data.zone));
    }
    const Date oldest_day = date_at(*oldest, data.zone);
    if (oldest_day == newest_day) {
        return fmt::format("Gitee data: {}, synced up to {}", repos, to_string(oldest_day));
    }
    return fmt::format("Gitee data: {}, synced up to {} (oldest: {}) to {}", repos,
                       to_string(oldest_day), oldest_repo->repo, to_string(newest_day));
}

std::string behind_words(const DataCoverage& data, Date as_of) {
    if (!data.behind(as_of)) {
        return "";
    }
    return fmt::format(
        "the Gitee data was last synced on {}, before the as-of day {}: activity since then is "
        "not counted (fetch, or give an earlier --as-of)",
        to_string(date_at(*data.oldest_sync(), data.zone)), to_string(as_of));
}

std::string unknown_login_words(const std::string& login,
                                const std::optional<UnknownLogin>& unknown) {
    if (!unknown) {
        return "";
    }
    std::string words = fmt::format(
        "no contributions found for '{}' in {}, and neither the roster nor the ledger names them",
        login,
        count_of(static_cast<std::int64_t>(unknown->repositories), "repository", "repositories"));
    if (!unknown->suggestions.empty()) {
        words += "; did you mean " + join_words(unknown->suggestions) + "?";
    } else {
        words += "; check the spelling of the login";
    }
    return words;
}

std::string states_note(bool read_today, Date as_of) {
    if (!read_today) {
        return "";
    }
    return fmt::format(
        "Issue and PR states are today's, not those of {}: Gitee shows an item's "
        "state now, so a bug report closed since then counts as accepted.",
        to_string(as_of));
}

std::string rule_heading(const Rule& rule) {
    if (rule.title.empty() || iequals(rule.title, rule.id)) {
        return rule.title.empty() ? rule.id : rule.title;
    }
    return fmt::format("{} ({})", rule.title, rule.id);
}

std::string roster_words(const std::string& roster_path) {
    return roster_path.empty() ? std::string("no roster read") : "roster " + roster_path;
}

std::string person_label(const PersonResult& person) {
    const std::string_view name = trim(person.name);
    if (name.empty() || iequals(name, person.login)) {
        return person.login;
    }
    return fmt::format("{} ({})", person.login, name);
}

TreeOptions audit_tree_options(const RuleResult& result, bool held) {
    TreeOptions options;
    if (!result.eligible && !result.criteria_met && !held) {
        options.levels = 1;
    }
    return options;
}

std::string overview_symbol(const RuleResult& result, bool held, bool markdown) {
    std::string symbol;
    if (result.eligible) {
        symbol = markdown ? "✓" : "+";
    } else if (result.criteria_met) {
        symbol = markdown ? "◐" : "~";
    } else {
        symbol = markdown ? "·" : ".";
    }
    if (!held) {
        return symbol;
    }
    // Bare brackets could start a Markdown link reference; escaped they cannot.
    return markdown ? "\\[" + symbol + "\\]" : "[" + symbol + "]";
}

}  // namespace sigaudit::render_detail
