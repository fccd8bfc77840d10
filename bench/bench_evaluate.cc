// Evaluates every shipped rule for every person of a synthetic community and
// prints wall times and peak memory. Usage: bench_evaluate [PEOPLE] [ACTIVITIES]
#include <sys/resource.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "sigaudit/activity/activity_index.h"
#include "sigaudit/cli/rule_files.h"
#include "sigaudit/rules/evaluator.h"
#include "sigaudit/rules/rule_loader.h"
#include "synthetic_data.h"

namespace {

using Clock = std::chrono::steady_clock;

double milliseconds_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double peak_rss_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace sigaudit;
    const std::size_t people = argc > 1 ? std::stoul(argv[1]) : 10000;
    const std::size_t activity_count = argc > 2 ? std::stoul(argv[2]) : 1000000;

    Loaded<RuleSet> load = load_rules(read_rule_files({SIGAUDIT_SHIPPED_RULES_DIR}));
    if (has_errors(load.diagnostics)) {
        std::fprintf(stderr, "the shipped rules do not load\n");
        return 2;
    }
    bench::SyntheticCommunity community = bench::make_community(people, activity_count);
    const double generated_rss = peak_rss_mib();

    const auto start = Clock::now();
    // The input stays alive, as it would in the tool; freeing it is not evaluation.
    const ActivityIndex index(community.activities, UtcOffset{});
    const Evidence evidence(std::move(community.evidence));
    const double index_ms = milliseconds_since(start);

    const Evaluator evaluator(*load.value, index, evidence, Date{2026, 6, 30});
    const auto evaluate_start = Clock::now();
    std::size_t eligible = 0;
    for (const std::string& login : community.logins) {
        RosterPerson person;
        person.login = login;
        for (const RuleResult& result : evaluator.evaluate(person).results) {
            eligible += result.criteria_met ? 1 : 0;
        }
    }
    const double evaluate_ms = milliseconds_since(evaluate_start);
    std::printf(
        "people=%zu activities=%zu rules=%zu index_ms=%.0f evaluate_ms=%.0f total_ms=%.0f "
        "criteria_met=%zu rss_after_generation_mib=%.0f peak_rss_mib=%.0f\n",
        people, activity_count, load.value->rules.size(), index_ms, evaluate_ms,
        index_ms + evaluate_ms, eligible, generated_rss, peak_rss_mib());
    return 0;
}
