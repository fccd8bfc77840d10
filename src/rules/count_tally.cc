#include "count_tally.h"

#include <algorithm>
#include <unordered_set>

#include <fmt/format.h>

#include "sigaudit/rules/result.h"

namespace sigaudit {

namespace {

// The activities of one kind for a person, cut to the months and the as-of instant.
std::span<const IndexedActivity> activities_in(ActivityKind kind, const CountedPerson& person,
                                               const CountScope& scope, MonthRange months) {
    if (!person.activities) {
        return {};
    }
    const auto all = scope.activities.of(*person.activities, kind);
    const auto begin =
        std::lower_bound(all.begin(), all.end(), months.first,
                         [](const IndexedActivity& a, MonthIndex m) { return a.month < m; });
    auto end = std::upper_bound(begin, all.end(), scope.cutoff,
                                [](Instant t, const IndexedActivity& a) { return t < a.time; });
    end = std::upper_bound(begin, end, months.last,
                           [](MonthIndex m, const IndexedActivity& a) { return m < a.month; });
    return std::span<const IndexedActivity>(begin, end);
}

// Exact keys: a PR or issue is its repository and its number.
using DistinctKey = std::pair<std::uint64_t, std::uint64_t>;

struct DistinctKeyHash {
    std::size_t operator()(const DistinctKey& key) const {
        return std::hash<std::uint64_t>{}(key.first * 0x9E3779B97F4A7C15ull ^ key.second);
    }
};

DistinctKey distinct_key(Distinct distinct, const IndexedActivity& activity) {
    switch (distinct) {
        case Distinct::target:
            return {activity.repo, activity.number};
        case Distinct::date:
            return {0, static_cast<std::uint64_t>(activity.day)};
        case Distinct::month:
            return {0, static_cast<std::uint64_t>(activity.month)};
        case Distinct::none:
            break;
    }
    return {};
}

DistinctKey distinct_key(Distinct distinct, const EvidenceEntry& entry) {
    const std::int64_t value =
        distinct == Distinct::month ? month_index(entry.date) : days_from_civil(entry.date);
    return {0, static_cast<std::uint64_t>(value)};
}

std::string evidence_link(const EvidenceEntry& entry) {
    return entry.url.empty() ? fmt::format("{}:{}", entry.where.file, entry.where.line) : entry.url;
}

// Adds one item unless an item with its distinct key already counted.
class Counter {
  public:
    Counter(Distinct distinct, bool with_links) : distinct_(distinct), with_links_(with_links) {}

    template <typename Item, typename Link>
    void add(const Item& item, std::int64_t weight, Link&& link) {
        if (distinct_ != Distinct::none) {
            if (!seen_.insert(distinct_key(distinct_, item)).second) {
                return;
            }
            weight = 1;
        }
        tally_.value += weight;
        ++tally_.items;
        if (with_links_ && tally_.evidence.size() < kEvidenceShown) {
            tally_.evidence.push_back(link());
        }
    }

    Tally take() { return std::move(tally_); }

  private:
    Distinct distinct_;
    bool with_links_;
    std::unordered_set<DistinctKey, DistinctKeyHash> seen_;
    Tally tally_;
};

bool in_range(MonthIndex month, MonthRange months) {
    return month >= months.first && month <= months.last;
}

template <typename Visit>
void for_each_activity(const Criterion& count, const BoundFilter& filter,
                       const CountedPerson& person, const CountScope& scope, MonthRange months,
                       Visit&& visit) {
    for (const IndexedActivity& activity :
         activities_in(std::get<ActivityKind>(count.source), person, scope, months)) {
        if (filter.matches(activity, scope.activities)) {
            visit(activity);
        }
    }
}

template <typename Visit>
void for_each_entry(const Criterion& count, const CountedPerson& person, const CountScope& scope,
                    MonthRange months, Visit&& visit) {
    const EvidenceType type = std::get<EvidenceType>(count.source);
    for (const EvidenceEntry* entry : *person.evidence) {
        if (entry->date > scope.as_of) {
            break;  // entries come by date
        }
        if (entry->type == type && in_range(month_index(entry->date), months)) {
            visit(*entry);
        }
    }
}

}  // namespace

CountedPerson find_person(std::string_view login, const CountScope& scope) {
    return CountedPerson{scope.activities.person(login), &scope.evidence.of(login)};
}

Tally tally_count(const Criterion& count, const BoundFilter& filter, const CountedPerson& person,
                  const CountScope& scope, MonthRange months, bool with_links) {
    Counter counter(count.distinct, with_links);
    if (std::holds_alternative<ActivityKind>(count.source)) {
        for_each_activity(
            count, filter, person, scope, months, [&](const IndexedActivity& activity) {
                counter.add(activity, 1,
                            [&] { return std::string(scope.activities.url(activity)); });
            });
    } else {
        for_each_entry(count, person, scope, months, [&](const EvidenceEntry& entry) {
            counter.add(entry, entry.count, [&] { return evidence_link(entry); });
        });
    }
    return counter.take();
}

void for_each_counted_month(const Criterion& count, const BoundFilter& filter,
                            const CountedPerson& person, const CountScope& scope,
                            const std::function<void(MonthIndex)>& visit) {
    if (std::holds_alternative<ActivityKind>(count.source)) {
        for_each_activity(count, filter, person, scope, MonthRange{},
                          [&](const IndexedActivity& activity) { visit(activity.month); });
    } else {
        for_each_entry(count, person, scope, MonthRange{},
                       [&](const EvidenceEntry& entry) { visit(month_index(entry.date)); });
    }
}

}  // namespace sigaudit
