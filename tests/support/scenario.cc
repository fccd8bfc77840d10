#include "support/scenario.h"

#include <stdexcept>

#include "sigaudit/activity/activity_index.h"
#include "sigaudit/cli/rule_files.h"
#include "sigaudit/roster/roster_parser.h"
#include "sigaudit/rules/evaluator.h"
#include "sigaudit/rules/rule_loader.h"

namespace sigaudit::testing {

namespace {

Instant instant(const std::string& when) {
    const auto parsed = parse_timestamp(when);
    if (!parsed) {
        throw std::invalid_argument("bad timestamp in test: " + when);
    }
    return *parsed;
}

std::string pr_url(const std::string& repo, int pr) {
    return "https://gitee.com/" + repo + "/pulls/" + std::to_string(pr);
}

std::string issue_url(const std::string& repo, const std::string& number) {
    return "https://gitee.com/" + repo + "/issues/" + number;
}

void mark_command(Activity& activity, const std::string& body) {
    if (const auto word = command_word(body)) {
        activity.is_command = true;
        activity.command = *word;
    }
}

const CriterionResult* find_criterion(const CriterionResult& node, const std::string& id) {
    if (node.id() == id) {
        return &node;
    }
    for (const CriterionResult& child : node.children) {
        if (const CriterionResult* found = find_criterion(child, id)) {
            return found;
        }
    }
    return nullptr;
}

}  // namespace

std::string shipped_rules_dir() {
    return std::string(SIGAUDIT_SOURCE_DIR) + "/rules";
}

const RuleSet& shipped_rules() {
    static const RuleSet rules = [] {
        Loaded<RuleSet> load = load_rules(read_rule_files({shipped_rules_dir()}));
        if (has_errors(load.diagnostics)) {
            throw std::runtime_error("the shipped rules do not load: " +
                                     load.diagnostics.front().message);
        }
        return require(std::move(load));
    }();
    return rules;
}

Activity& Scenario::add(ActivityKind kind, const std::string& login, const std::string& repo,
                        const std::string& when, const std::string& number, std::string url) {
    Activity& a = activities_.emplace_back();
    a.kind = kind;
    a.login = login;
    a.repo = repo;
    a.time = instant(when);
    a.number = number;
    a.url = std::move(url);
    return a;
}

Scenario& Scenario::pr_comment(const std::string& login, const std::string& repo, int pr,
                               const std::string& pr_author, const std::string& when,
                               const std::string& body) {
    const std::string note = "#note_" + std::to_string(activities_.size());
    Activity& a = add(ActivityKind::pr_comment, login, repo, when, std::to_string(pr),
                      pr_url(repo, pr) + note);
    a.target_author = pr_author;
    mark_command(a, body);
    return *this;
}

Scenario& Scenario::merged_pr(const std::string& login, const std::string& repo, int pr,
                              const std::string& merged_at) {
    opened_pr(login, repo, pr, merged_at, "merged");
    Activity merged = activities_.back();
    merged.kind = ActivityKind::pr_merged;
    activities_.push_back(std::move(merged));
    return *this;
}

Scenario& Scenario::opened_pr(const std::string& login, const std::string& repo, int pr,
                              const std::string& when, const std::string& state) {
    add(ActivityKind::pr_opened, login, repo, when, std::to_string(pr), pr_url(repo, pr)).state =
        state;
    return *this;
}

Scenario& Scenario::issue(const std::string& login, const std::string& repo,
                          const std::string& number, const std::string& when,
                          const std::string& issue_type, const std::string& state,
                          std::vector<std::string> labels) {
    Activity& a =
        add(ActivityKind::issue_opened, login, repo, when, number, issue_url(repo, number));
    a.state = state;
    a.issue_type = issue_type;
    a.labels = std::move(labels);
    return *this;
}

Scenario& Scenario::issue_comment(const std::string& login, const std::string& repo,
                                  const std::string& number, const std::string& issue_author,
                                  const std::string& when, const std::string& body) {
    const std::string note = "#note_" + std::to_string(activities_.size());
    Activity& a =
        add(ActivityKind::issue_comment, login, repo, when, number, issue_url(repo, number) + note);
    a.target_author = issue_author;
    mark_command(a, body);
    return *this;
}

Scenario& Scenario::ledger(const std::string& login, const std::string& type,
                           const std::string& date, int count) {
    EvidenceEntry entry;
    entry.login = login;
    entry.type = *evidence_type_from_id(type);
    entry.date = *parse_iso_date(date);
    entry.count = count;
    entry.url = "https://example.org/ledger/" + std::to_string(entries_.size());
    entries_.push_back(std::move(entry));
    return *this;
}

Scenario& Scenario::roster(std::string yaml, std::string path) {
    roster_yaml_ = std::move(yaml);
    roster_path_ = std::move(path);
    return *this;
}

PersonResult Scenario::evaluate(const std::string& login, const std::string& as_of) const {
    const ActivityIndex index(activities_, UtcOffset{8 * 60});
    const Evidence evidence(entries_);
    const Roster roster = parse_roster(make_text_file(roster_path_, roster_yaml_)).roster;
    const Evaluator evaluator(shipped_rules(), index, evidence, *parse_iso_date(as_of));
    return evaluator.evaluate(roster.person(login));
}

CiReport Scenario::ci(const std::string& base_yaml, const std::string& head_yaml,
                      const std::string& as_of, const std::string& path) const {
    const ActivityIndex index(activities_, UtcOffset{8 * 60});
    const Evidence evidence(entries_);
    const Roster base = parse_roster(make_text_file("base/" + path, base_yaml)).roster;
    const RosterParse head = parse_roster(make_text_file("head/" + path, head_yaml));
    const Evaluator evaluator(shipped_rules(), index, evidence, *parse_iso_date(as_of));
    return judge_roster_change(base, head.roster, head.diagnostics, evaluator);
}

RuleResult Scenario::rule(const std::string& login, const std::string& as_of,
                          const std::string& rule) const {
    const PersonResult person = evaluate(login, as_of);
    return rule_result(person, rule);
}

CriterionResult Scenario::measure(const std::string& login, const std::string& as_of,
                                  const std::string& rule, const std::string& id) const {
    const PersonResult person = evaluate(login, as_of);
    return criterion(person, rule, id);
}

const RuleResult& rule_result(const PersonResult& person, const std::string& rule) {
    for (const RuleResult& result : person.results) {
        if (result.id() == rule) {
            return result;
        }
    }
    throw std::out_of_range("no result for rule " + rule);
}

const CriterionResult& criterion(const PersonResult& person, const std::string& rule,
                                 const std::string& id) {
    if (const CriterionResult* found = find_criterion(rule_result(person, rule).criteria, id)) {
        return *found;
    }
    throw std::out_of_range("no criterion " + id + " in rule " + rule);
}

}  // namespace sigaudit::testing
