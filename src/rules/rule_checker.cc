#include "rule_checker.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string_view>

#include <fmt/format.h>

#include "sigaudit/common/strings.h"

namespace sigaudit {

namespace {

using RuleIndex = std::map<std::string, const RuleRecord*, std::less<>>;

std::vector<const RuleRecord*> rules_in_order(const std::vector<RuleFile>& files) {
    std::vector<const RuleRecord*> rules;
    for (const RuleFile& file : files) {
        for (const RuleRecord& rule : file.rules) {
            rules.push_back(&rule);
        }
    }
    return rules;
}

template <typename Map>
std::vector<std::string_view> names_of(const Map& map) {
    std::vector<std::string_view> names;
    for (const auto& entry : map) {
        names.push_back(entry.first);
    }
    return names;
}

// Each id's first rule; later rules with the same id are errors.
RuleIndex index_rules(const std::vector<const RuleRecord*>& rules,
                      std::vector<Diagnostic>& diagnostics) {
    RuleIndex index;
    for (const RuleRecord* rule : rules) {
        if (rule->rule.id.empty()) {
            continue;
        }
        const auto [first, inserted] = index.emplace(rule->rule.id, rule);
        if (!inserted) {
            diagnostics.push_back(make_diagnostic(
                Code::rule_duplicate_id, rule->id_where,
                fmt::format("rule id '{}' is already used at {}; rule ids must be unique across "
                            "all rule files",
                            rule->rule.id,
                            earlier_place(first->second->id_where, rule->id_where.file))));
        }
    }
    return index;
}

void check_roles(const std::vector<const RuleRecord*>& rules,
                 std::vector<Diagnostic>& diagnostics) {
    std::map<Role, const RuleRecord*> admitting;
    for (const RuleRecord* rule : rules) {
        if (!rule->rule.role || !rule->role_where) {
            continue;
        }
        const auto [first, inserted] = admitting.emplace(*rule->rule.role, rule);
        if (!inserted) {
            diagnostics.push_back(make_diagnostic(
                Code::rule_duplicate_role, *rule->role_where,
                fmt::format("rule '{}' admits to {}, but rule '{}' (at {}) already does; one "
                            "rule per role, or nobody knows which one decides",
                            rule->rule.id, role_id(*rule->rule.role), first->second->rule.id,
                            earlier_place(*first->second->role_where, rule->role_where->file))));
        }
    }
}

void check_group_refs(const std::vector<const RuleRecord*>& rules, const GroupTable& groups,
                      std::vector<Diagnostic>& diagnostics) {
    const std::vector<std::string_view> known = names_of(groups.repos);
    for (const RuleRecord* rule : rules) {
        for (const NameRef& ref : rule->group_refs) {
            if (groups.repos.count(ref.name) == 0) {
                diagnostics.push_back(make_diagnostic(
                    Code::rule_unknown_group, ref.where,
                    fmt::format("no file defines the repository group '{}'; {}", ref.name,
                                unknown_word_hint(ref.name, known, "groups"))));
            }
        }
    }
}

void check_unused_groups(const std::vector<const RuleRecord*>& rules, const GroupTable& groups,
                         std::vector<Diagnostic>& diagnostics) {
    std::set<std::string, std::less<>> used;
    for (const RuleRecord* rule : rules) {
        for (const NameRef& ref : rule->group_refs) {
            used.insert(ref.name);
        }
    }
    for (const auto& [name, where] : groups.defined_at) {
        if (used.count(name) == 0) {
            diagnostics.push_back(
                make_diagnostic(Code::rule_unused_group, where,
                                fmt::format("group '{}' is defined but no rule uses it", name)));
        }
    }
}

void check_meets_refs(const std::vector<const RuleRecord*>& rules, const RuleIndex& index,
                      std::vector<Diagnostic>& diagnostics) {
    const std::vector<std::string_view> known = names_of(index);
    for (const RuleRecord* rule : rules) {
        for (const NameRef& ref : rule->meets_refs) {
            if (index.count(ref.name) == 0) {
                diagnostics.push_back(make_diagnostic(
                    Code::rule_unknown_rule, ref.where,
                    fmt::format("'meets' names rule '{}', which no rule file defines; {}", ref.name,
                                unknown_word_hint(ref.name, known, "rules"))));
            }
        }
    }
}

// Finds every rule whose criteria, through `meets`, end up needing
// themselves. Iterative, so a long chain of rules cannot exhaust the stack.
class CycleFinder {
  public:
    CycleFinder(const RuleIndex& index, std::vector<Diagnostic>& diagnostics)
        : index_(index), diagnostics_(diagnostics) {}

    void run(const std::vector<const RuleRecord*>& rules) {
        for (const RuleRecord* rule : rules) {
            if (!rule->rule.id.empty() && index_.at(rule->rule.id) == rule &&
                state_[rule] == State::unseen) {
                walk_from(rule);
            }
        }
    }

  private:
    enum class State { unseen, on_path, done };
    struct Step {
        const RuleRecord* rule;
        std::size_t next_ref = 0;
    };

    void walk_from(const RuleRecord* start) {
        std::vector<Step> path{{start}};
        state_[start] = State::on_path;
        while (!path.empty()) {
            Step& step = path.back();
            if (step.next_ref == step.rule->meets_refs.size()) {
                state_[step.rule] = State::done;
                path.pop_back();
                continue;
            }
            const NameRef& ref = step.rule->meets_refs[step.next_ref++];
            const auto target = index_.find(ref.name);
            if (target == index_.end()) {
                continue;  // reported as rule-unknown-rule
            }
            const RuleRecord* next = target->second;
            if (state_[next] == State::on_path) {
                report(path, next, ref);
            } else if (state_[next] == State::unseen) {
                state_[next] = State::on_path;
                path.push_back(Step{next});
            }
        }
    }

    void report(const std::vector<Step>& path, const RuleRecord* closing, const NameRef& ref) {
        std::vector<std::string> names;
        bool in_cycle = false;
        for (const Step& step : path) {
            in_cycle = in_cycle || step.rule == closing;
            if (in_cycle) {
                names.push_back(step.rule->rule.id);
            }
        }
        names.push_back(closing->rule.id);
        diagnostics_.push_back(make_diagnostic(
            Code::rule_cycle, ref.where,
            fmt::format("'meets' goes round in a circle: {}; a rule cannot depend on its own "
                        "criteria",
                        fmt::join(names, " → "))));
    }

    const RuleIndex& index_;
    std::vector<Diagnostic>& diagnostics_;
    std::map<const RuleRecord*, State> state_;
};

// Criteria in all the rules, window criteria counted once per month they
// may be measured in: what evaluating one person costs. The shipped rules
// hold about 60; past kMaxCriterionWork an audit of a roster would crawl,
// and hold for each person results of that size.
constexpr std::size_t kMaxCriterionWork = 10'000;

std::size_t criterion_work(const Criterion& criterion, std::size_t months) {
    std::size_t work = months;
    // Held at the bound: windows nested in windows would multiply past size_t.
    const std::size_t inner =
        criterion.type == CriterionType::window
            ? std::min(kMaxCriterionWork + 1,
                       months * static_cast<std::size_t>(std::max(1, criterion.months)))
            : months;
    for (const Criterion& child : criterion.children) {
        work += criterion_work(child, inner);
        if (work > kMaxCriterionWork) {
            break;
        }
    }
    return work;
}

void check_rule_set_size(const std::vector<const RuleRecord*>& rules,
                         std::vector<Diagnostic>& diagnostics) {
    std::size_t work = 0;
    for (const RuleRecord* rule : rules) {
        work += criterion_work(rule->rule.criteria, 1);
        if (work > kMaxCriterionWork) {
            diagnostics.push_back(make_diagnostic(
                Code::rule_too_large, rule->id_where,
                fmt::format("with rule '{}' the rule set passes {} criteria to measure per "
                            "person (a window's count once per month of it); split it or "
                            "simplify it",
                            rule->rule.id, grouped(static_cast<std::int64_t>(kMaxCriterionWork)))));
            return;
        }
    }
}

// Roles whose rules require, through other roles' rules, their own role:
// no one could ever be eligible for any of them. There are four rungs, so
// following each role's chain is enough.
void check_requires_cycles(const std::vector<const RuleRecord*>& rules,
                           std::vector<Diagnostic>& diagnostics) {
    std::map<Role, const RuleRecord*> admitting;
    for (const RuleRecord* rule : rules) {
        if (rule->rule.role) {
            admitting.emplace(*rule->rule.role, rule);
        }
    }
    std::set<std::set<Role>> reported;
    for (const auto& entry : admitting) {
        // Named, not bound: clang 14 lets no lambda capture a structured binding.
        const Role start = entry.first;
        const RuleRecord* first = entry.second;
        // Depth-first over `requires`, the path kept to name the cycle.
        std::vector<Role> path{start};
        std::function<bool(const RuleRecord*)> reaches_start = [&](const RuleRecord* rule) {
            for (Role next : rule->rule.prerequisites) {
                if (next == start) {
                    return true;
                }
                const auto found = admitting.find(next);
                if (found == admitting.end() ||
                    std::find(path.begin(), path.end(), next) != path.end()) {
                    continue;
                }
                path.push_back(next);
                if (reaches_start(found->second)) {
                    return true;
                }
                path.pop_back();
            }
            return false;
        };
        if (!reaches_start(first) || !reported.insert({path.begin(), path.end()}).second) {
            continue;
        }
        std::vector<std::string> names;
        for (Role role : path) {
            names.push_back(fmt::format("{} ({})", admitting.at(role)->rule.id, role_id(role)));
        }
        names.push_back(fmt::format("{} ({})", first->rule.id, role_id(start)));
        diagnostics.push_back(make_diagnostic(
            Code::rule_cycle, first->requires_where.value_or(first->id_where),
            fmt::format("'requires' goes round in a circle: {}; no one could ever hold the "
                        "prerequisites",
                        fmt::join(names, " → "))));
    }
}

}  // namespace

void check_rule_files(const std::vector<RuleFile>& files, const GroupTable& groups,
                      std::vector<Diagnostic>& diagnostics) {
    const std::vector<const RuleRecord*> rules = rules_in_order(files);
    const RuleIndex index = index_rules(rules, diagnostics);
    check_roles(rules, diagnostics);
    check_group_refs(rules, groups, diagnostics);
    check_unused_groups(rules, groups, diagnostics);
    check_meets_refs(rules, index, diagnostics);
    CycleFinder(index, diagnostics).run(rules);
    check_requires_cycles(rules, diagnostics);
    check_rule_set_size(rules, diagnostics);
}

}  // namespace sigaudit
