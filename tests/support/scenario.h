#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sigaudit/activity/activity.h"
#include "sigaudit/audit/ci_report.h"
#include "sigaudit/evidence/evidence.h"
#include "sigaudit/rules/result.h"
#include "sigaudit/rules/rule.h"

namespace sigaudit::testing {

// Builds the activities, ledger and roster of a test the way a reader would
// say them: "alice commented on bob's PR 7 in mindspore/models at ...".
class Scenario {
  public:
    // Timestamps are ISO 8601 with offset, as Gitee writes them.
    Scenario& pr_comment(const std::string& login, const std::string& repo, int pr,
                         const std::string& pr_author, const std::string& when,
                         const std::string& body = "please rename this variable");
    Scenario& merged_pr(const std::string& login, const std::string& repo, int pr,
                        const std::string& merged_at);
    Scenario& opened_pr(const std::string& login, const std::string& repo, int pr,
                        const std::string& when, const std::string& state = "open");
    Scenario& issue(const std::string& login, const std::string& repo, const std::string& number,
                    const std::string& when, const std::string& issue_type,
                    const std::string& state, std::vector<std::string> labels = {});
    Scenario& issue_comment(const std::string& login, const std::string& repo,
                            const std::string& number, const std::string& issue_author,
                            const std::string& when,
                            const std::string& body = "try setting the context first");
    Scenario& ledger(const std::string& login, const std::string& type, const std::string& date,
                     int count = 1);
    // The roster people are evaluated against; `path` picks the format.
    Scenario& roster(std::string yaml, std::string path = "sig_members.yaml");

    // Evaluates the shipped rules for `login` as of `as_of` (YYYY-MM-DD), +08:00.
    PersonResult evaluate(const std::string& login, const std::string& as_of) const;
    // One rule's result, or one criterion's, by value: for checks of a single figure.
    RuleResult rule(const std::string& login, const std::string& as_of,
                    const std::string& rule) const;
    CriterionResult measure(const std::string& login, const std::string& as_of,
                            const std::string& rule, const std::string& id) const;

    // `sigaudit ci` over two versions of a roster, each named by its path.
    CiReport ci(const std::string& base_yaml, const std::string& head_yaml,
                const std::string& as_of, const std::string& path = "sig-info.yaml") const;

    const std::vector<Activity>& activities() const { return activities_; }

  private:
    // Appends an activity with what every kind has; the caller adds the rest.
    Activity& add(ActivityKind kind, const std::string& login, const std::string& repo,
                  const std::string& when, const std::string& number, std::string url);

    std::vector<Activity> activities_;
    std::vector<EvidenceEntry> entries_;
    std::string roster_yaml_ = "Description: empty\n";
    std::string roster_path_ = "sig_members.yaml";
};

// The rules shipped in the source tree's rules/, and those rules loaded (once).
std::string shipped_rules_dir();
const RuleSet& shipped_rules();

const RuleResult& rule_result(const PersonResult& person, const std::string& rule);
// The criterion with `id` anywhere in the rule's result tree.
const CriterionResult& criterion(const PersonResult& person, const std::string& rule,
                                 const std::string& id);

// A reference into a temporary result would dangle: keep the result in a variable.
const RuleResult& rule_result(PersonResult&& person, const std::string& rule) = delete;
const CriterionResult& criterion(PersonResult&& person, const std::string& rule,
                                 const std::string& id) = delete;

}  // namespace sigaudit::testing
