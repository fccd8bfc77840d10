#include "sigaudit/rules/evaluator.h"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <utility>

#include <fmt/format.h>

#include "bound_filter.h"
#include "count_tally.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/rules/confirmation.h"

namespace sigaudit {

namespace {

// A criterion with its filter bound to the activity index's symbols.
struct BoundCriterion {
    const Criterion* spec = nullptr;
    BoundFilter filter;
    std::vector<BoundCriterion> children;
};

BoundCriterion bind(const Criterion& criterion, const SymbolTable& symbols) {
    BoundCriterion bound{&criterion, BoundFilter(criterion.filter, symbols), {}};
    for (const Criterion& child : criterion.children) {
        bound.children.push_back(bind(child, symbols));
    }
    return bound;
}

CriterionResult result_for(const BoundCriterion& node) {
    CriterionResult result;
    result.criterion = node.spec;
    return result;
}

void add_evidence(CriterionResult& into, const std::vector<std::string>& links,
                  std::int64_t total) {
    for (const std::string& link : links) {
        if (into.evidence.size() >= kEvidenceShown) {
            break;
        }
        into.evidence.push_back(link);
    }
    into.evidence_total += total;
}

// Every required (non-optional) child must pass for `all`, one for `any`.
void settle_group(CriterionResult& result, bool need_all) {
    std::int64_t required = 0;
    std::int64_t passed = 0;
    for (const CriterionResult& child : result.children) {
        if (!child.optional()) {
            ++required;
            passed += child.passed ? 1 : 0;
        }
    }
    result.actual = passed;
    result.required = need_all ? required : std::min<std::int64_t>(required, 1);
    result.passed = passed >= result.required;
}

// How close a result is to passing, 0 to 1; picks the window worth showing.
double progress(const CriterionResult& result) {
    if (result.passed) {
        return 1.0;
    }
    switch (result.type()) {
        case CriterionType::count:
        case CriterionType::sum:
            return result.required == 0 ? 1.0
                                        : std::min(1.0, static_cast<double>(result.actual) /
                                                            static_cast<double>(result.required));
        case CriterionType::any: {
            double best = 0.0;
            for (const CriterionResult& child : result.children) {
                best = child.optional() ? best : std::max(best, progress(child));
            }
            return best;
        }
        // Met or not: weighing the named rule's own progress would walk a
        // shared result once per path to it, exponentially many in a chain.
        case CriterionType::meets:
            return result.passed ? 1.0 : 0.0;
        case CriterionType::all:
        case CriterionType::window: {
            double sum = 0.0;
            int counted = 0;
            for (const CriterionResult& child : result.children) {
                if (!child.optional()) {
                    sum += progress(child);
                    ++counted;
                }
            }
            return counted == 0 ? 0.0 : sum / counted;
        }
    }
    return 0.0;
}

// One month-by-month criterion over a run: it holds when it holds in every
// month; the weakest month is the one shown.
CriterionResult combine_months(std::vector<CriterionResult> months, const std::string& label) {
    const auto weakest =
        std::min_element(months.begin(), months.end(),
                         [](const auto& a, const auto& b) { return progress(a) < progress(b); });
    CriterionResult combined = *weakest;
    combined.passed =
        std::all_of(months.begin(), months.end(), [](const auto& m) { return m.passed; });
    combined.evidence.clear();
    combined.evidence_total = 0;
    for (const CriterionResult& month : months) {
        add_evidence(combined, month.evidence, month.evidence_total);
    }
    combined.window = label;
    return combined;
}

std::string run_label(MonthIndex first, MonthIndex last) {
    return first == last ? month_label(first)
                         : fmt::format("{}..{}", month_label(first), month_label(last));
}

// What every person's evaluation shares.
struct EvaluationData {
    const RuleSet& rules;
    Date as_of;
    CountScope scope;
    MonthIndex as_of_month;
    std::vector<BoundCriterion> bound_rules;  // parallel to rules.rules
};

// Evaluates one person; remembers `meets` results so a rule used twice is measured once.
class PersonEvaluation {
  public:
    PersonEvaluation(const EvaluationData& impl, std::string_view login)
        : impl_(impl),
          person_(find_person(login, impl.scope)),
          confirmations_(confirmations_of(login, impl)) {}

    std::shared_ptr<const CriterionResult> rule_criteria(std::size_t rule_index) {
        if (const auto it = memo_.find(rule_index); it != memo_.end()) {
            return it->second;
        }
        auto result = std::make_shared<const CriterionResult>(
            evaluate(impl_.bound_rules[rule_index], MonthRange{}));
        return memo_.emplace(rule_index, std::move(result)).first->second;
    }

  private:
    // The person's confirmation entries dated by the as-of day.
    static std::vector<const EvidenceEntry*> confirmations_of(std::string_view login,
                                                              const EvaluationData& data) {
        std::vector<const EvidenceEntry*> out;
        for (const EvidenceEntry* entry : data.scope.evidence.of(login)) {
            if (entry->type == EvidenceType::confirmation && !(data.as_of < entry->date)) {
                out.push_back(entry);
            }
        }
        return out;
    }

    const EvidenceEntry* confirmation_for(const BoundCriterion& node) const {
        for (const EvidenceEntry* entry : confirmations_) {
            if (names_criterion(entry->criterion, *node.spec)) {
                return entry;
            }
        }
        return nullptr;
    }

    CriterionResult evaluate(const BoundCriterion& node, MonthRange months) {
        CriterionResult result = measure(node, months);
        if (!node.spec->confirm.empty()) {
            result.confirmation = confirmation_for(node);
        }
        return result;
    }

    CriterionResult measure(const BoundCriterion& node, MonthRange months) {
        switch (node.spec->type) {
            case CriterionType::all:
            case CriterionType::any:
                return evaluate_group(node, months);
            case CriterionType::count:
                return evaluate_count(node, months);
            case CriterionType::sum:
                return evaluate_sum(node, months);
            case CriterionType::window:
                return evaluate_window(node);
            case CriterionType::meets:
                return evaluate_meets(node);
        }
        return result_for(node);
    }

    CriterionResult evaluate_group(const BoundCriterion& node, MonthRange months) {
        CriterionResult result = result_for(node);
        for (const BoundCriterion& child : node.children) {
            result.children.push_back(evaluate(child, months));
        }
        settle_group(result, node.spec->type == CriterionType::all);
        return result;
    }

    CriterionResult evaluate_count(const BoundCriterion& node, MonthRange months) {
        CriterionResult result = result_for(node);
        Tally tally =
            tally_count(*node.spec, node.filter, person_, impl_.scope, months, with_links_);
        result.actual = tally.value;
        result.required = node.spec->at_least;
        result.passed = tally.value >= node.spec->at_least;
        result.evidence = std::move(tally.evidence);
        result.evidence_total = tally.items;
        return result;
    }

    CriterionResult evaluate_sum(const BoundCriterion& node, MonthRange months) {
        CriterionResult result = result_for(node);
        for (const BoundCriterion& part : node.children) {
            CriterionResult part_result = evaluate_count(part, months);
            part_result.required = 0;  // a part of a sum decides nothing alone
            part_result.passed = true;
            part_result.sum_part = true;
            result.actual += part_result.actual;
            add_evidence(result, part_result.evidence, part_result.evidence_total);
            result.children.push_back(std::move(part_result));
        }
        result.required = node.spec->at_least;
        result.passed = result.actual >= result.required;
        return result;
    }

    CriterionResult evaluate_meets(const BoundCriterion& node) {
        CriterionResult result = result_for(node);
        const Rule* target = impl_.rules.find(node.spec->rule);
        const auto index = static_cast<std::size_t>(target - impl_.rules.rules.data());
        result.met = rule_criteria(index);
        result.passed = result.met->passed;
        result.actual = result.passed ? 1 : 0;
        result.required = 1;
        return result;
    }

    // Some run of `months` consecutive calendar months, ending no later than
    // the as-of month, in which the window's criteria hold. The run shown is
    // the latest that passes, else the one closest to passing.
    CriterionResult evaluate_window(const BoundCriterion& node) {
        const int length = node.spec->months;
        std::set<MonthIndex> starts;
        collect_active_months(node, [&](MonthIndex month) {
            for (int back = 0; back < length; ++back) {
                if (month - back + length - 1 <= impl_.as_of_month) {
                    starts.insert(month - back);
                }
            }
        });
        if (starts.empty()) {
            starts.insert(impl_.as_of_month - length + 1);
        }
        // Runs are compared without collecting links; only the one shown gets them.
        const bool with_links = std::exchange(with_links_, false);
        MonthIndex chosen = *starts.rbegin();
        double best_progress = -1.0;
        for (auto it = starts.rbegin(); it != starts.rend(); ++it) {
            const CriterionResult run = evaluate_run(node, *it);
            if (run.passed) {
                chosen = *it;
                break;
            }
            if (const double p = progress(run); p > best_progress) {
                best_progress = p;
                chosen = *it;
            }
        }
        with_links_ = with_links;
        return evaluate_run(node, chosen);
    }

    CriterionResult evaluate_run(const BoundCriterion& node, MonthIndex first) {
        const MonthIndex last = first + node.spec->months - 1;
        CriterionResult result = result_for(node);
        result.window = run_label(first, last);
        for (std::size_t i = 0; i < node.children.size(); ++i) {
            if (i < node.spec->each_month_count) {
                std::vector<CriterionResult> per_month;
                for (MonthIndex month = first; month <= last; ++month) {
                    per_month.push_back(evaluate(node.children[i], MonthRange{month, month}));
                }
                CriterionResult weakest = combine_months(std::move(per_month), result.window);
                weakest.per_month = true;
                result.children.push_back(std::move(weakest));
            } else {
                CriterionResult whole = evaluate(node.children[i], MonthRange{first, last});
                whole.window = result.window;
                result.children.push_back(std::move(whole));
            }
        }
        settle_group(result, true);
        for (const CriterionResult& child : result.children) {
            add_evidence(result, child.evidence, child.evidence_total);
        }
        return result;
    }

    template <typename Visit>
    void collect_active_months(const BoundCriterion& node, Visit&& visit) {
        if (node.spec->type == CriterionType::count) {
            for_each_counted_month(*node.spec, node.filter, person_, impl_.scope, visit);
            return;
        }
        for (const BoundCriterion& child : node.children) {
            collect_active_months(child, visit);
        }
    }

    const EvaluationData& impl_;
    CountedPerson person_;
    std::vector<const EvidenceEntry*> confirmations_;
    bool with_links_ = true;
    std::unordered_map<std::size_t, std::shared_ptr<const CriterionResult>> memo_;
};

}  // namespace

struct Evaluator::Impl {
    EvaluationData data;
};

namespace {

// Whether a person holds a prerequisite role. Where the roster's format has
// a list for the rung, the roster says; where it has none (sig-info.yaml's
// Reviewer), the rung's own rule stands in: its criteria met and its own
// prerequisites held. `results` hold every rule's criteria already.
class PrerequisiteJudge {
  public:
    PrerequisiteJudge(const RuleSet& rules, const RosterPerson& person,
                      const std::vector<RuleResult>& results)
        : rules_(rules), person_(person), results_(results) {}

    PrerequisiteResult judge(Role role) {
        PrerequisiteResult result{role, holds(role), std::nullopt, false};
        if (!lists_rung(person_.format, role) && !person_.roles.holds(role)) {
            result.unlisted_in = person_.format;
            const Rule* rule = rules_.for_role(role);
            result.criteria_met = rule != nullptr && results_[index_of(*rule)].criteria_met;
        }
        return result;
    }

  private:
    bool holds(Role role) {
        if (person_.roles.holds(role)) {
            return true;
        }
        const Rule* rule = rules_.for_role(role);
        const unsigned bit = 1u << static_cast<unsigned>(role);
        // A rule that (through others) requires its own role would loop.
        if (lists_rung(person_.format, role) || rule == nullptr || (visiting_ & bit) != 0) {
            return false;
        }
        visiting_ |= bit;
        bool held = results_[index_of(*rule)].criteria_met;
        for (Role prerequisite : rule->prerequisites) {
            held = held && holds(prerequisite);
        }
        visiting_ &= ~bit;
        return held;
    }

    std::size_t index_of(const Rule& rule) const {
        return static_cast<std::size_t>(&rule - rules_.rules.data());
    }

    const RuleSet& rules_;
    const RosterPerson& person_;
    const std::vector<RuleResult>& results_;
    unsigned visiting_ = 0;
};

}  // namespace

Evaluator::Evaluator(const RuleSet& rules, const ActivityIndex& activities,
                     const Evidence& evidence, Date as_of)
    : impl_(std::make_unique<Impl>(Impl{EvaluationData{
          rules,
          as_of,
          CountScope{activities, evidence, end_of_day(as_of, activities.zone()), as_of},
          month_index(as_of),
          {}}})) {
    for (const Rule& rule : rules.rules) {
        impl_->data.bound_rules.push_back(bind(rule.criteria, activities.symbols()));
    }
}

Evaluator::~Evaluator() = default;

const RuleSet& Evaluator::rules() const {
    return impl_->data.rules;
}

Date Evaluator::as_of() const {
    return impl_->data.as_of;
}

PersonResult Evaluator::evaluate(const RosterPerson& roster_person) const {
    const EvaluationData& data = impl_->data;
    PersonResult person;
    person.login = to_lower_ascii(roster_person.login);
    person.name = roster_person.name;
    person.roles = roster_person.roles.held();
    person.positions = roster_person.positions;
    person.format = roster_person.format;
    PersonEvaluation evaluation(data, person.login);
    for (std::size_t i = 0; i < data.rules.rules.size(); ++i) {
        RuleResult result;
        result.rule = &data.rules.rules[i];
        result.criteria = *evaluation.rule_criteria(i);
        result.criteria_met = result.criteria.passed;
        person.results.push_back(std::move(result));
    }
    PrerequisiteJudge judge(data.rules, roster_person, person.results);
    for (RuleResult& result : person.results) {
        result.prerequisites_met = true;
        for (Role role : result.rule->prerequisites) {
            result.prerequisites.push_back(judge.judge(role));
            result.prerequisites_met = result.prerequisites_met && result.prerequisites.back().held;
        }
        result.eligible = result.criteria_met && result.prerequisites_met;
    }
    return person;
}

}  // namespace sigaudit
