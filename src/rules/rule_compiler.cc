#include "rule_compiler.h"

#include <set>

#include <fmt/format.h>

namespace sigaudit {

namespace {

// Each filter gets its own copy of its groups' repositories, so a big group
// named by many criteria multiplies; beyond this many copies the rule files
// are not what any SIG writes.
constexpr std::size_t kMaxExpandedRepos = 1'000'000;

class Compiler {
  public:
    Compiler(const GroupTable& groups, std::vector<Diagnostic>& diagnostics)
        : groups_(groups), diagnostics_(diagnostics) {}

    // False once the expansion budget is spent (reported once).
    bool expand(Criterion& criterion) {
        if (criterion.type == CriterionType::count && !expand(criterion.filter, criterion.where)) {
            return false;
        }
        for (Criterion& child : criterion.children) {
            if (!expand(child)) {
                return false;
            }
        }
        return true;
    }

  private:
    bool expand(ActivityFilter& filter, const SourceLocation& where) {
        std::set<std::string, std::less<>> seen;
        for (const std::string& name : filter.repo_groups) {
            if (name.find('/') != std::string::npos) {
                add(name, filter.repos, seen);
            } else if (const auto group = groups_.repos.find(name); group != groups_.repos.end()) {
                for (const std::string& repo : group->second) {
                    add(repo, filter.repos, seen);
                }
            }
        }
        expanded_ += filter.repos.size();
        if (expanded_ > kMaxExpandedRepos) {
            diagnostics_.push_back(make_diagnostic(
                Code::rule_too_large, where,
                fmt::format("the groups named here and before expand to more than {} "
                            "repositories in all; rule files that large are refused",
                            kMaxExpandedRepos)));
            return false;
        }
        for (ActivityFilter& alternative : filter.any_of) {
            if (!expand(alternative, where)) {
                return false;
            }
        }
        return true;
    }

    static void add(const std::string& repo, std::vector<std::string>& repos,
                    std::set<std::string, std::less<>>& seen) {
        if (seen.insert(repo).second) {
            repos.push_back(repo);
        }
    }

    const GroupTable& groups_;
    std::vector<Diagnostic>& diagnostics_;
    std::size_t expanded_ = 0;
};

}  // namespace

RuleSet compile_rules(std::vector<RuleFile> files, const GroupTable& groups,
                      std::vector<Diagnostic>& diagnostics) {
    RuleSet set;
    set.groups = groups.repos;
    Compiler compiler(groups, diagnostics);
    for (RuleFile& file : files) {
        for (RuleRecord& record : file.rules) {
            if (!compiler.expand(record.rule.criteria)) {
                set.rules.clear();
                return set;
            }
            set.rules.push_back(std::move(record.rule));
        }
    }
    return set;
}

}  // namespace sigaudit
