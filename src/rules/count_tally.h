#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bound_filter.h"
#include "sigaudit/activity/activity_index.h"
#include "sigaudit/common/calendar.h"
#include "sigaudit/evidence/evidence.h"
#include "sigaudit/rules/rule.h"

namespace sigaudit {

// Calendar months, both ends included.
struct MonthRange {
    MonthIndex first = std::numeric_limits<MonthIndex>::min();
    MonthIndex last = std::numeric_limits<MonthIndex>::max();
};

// What the counting of one `count` criterion sees: the data and the cutoff.
struct CountScope {
    const ActivityIndex& activities;
    const Evidence& evidence;
    Instant cutoff;  // the last instant of the as-of day
    Date as_of;
};

// A person as the counts see them, looked up once per evaluation.
struct CountedPerson {
    std::optional<ActivityIndex::PersonId> activities;
    const std::vector<const EvidenceEntry*>* evidence = nullptr;
};

CountedPerson find_person(std::string_view login, const CountScope& scope);

struct Tally {
    std::int64_t value = 0;  // items, distinct or weighted as the count says
    std::int64_t items = 0;  // how many items counted
    std::vector<std::string> evidence;
};

// Counts what `count` selects for `person` within `months`; links to what
// counted only when `with_links` (windows try many runs and show one).
Tally tally_count(const Criterion& count, const BoundFilter& filter, const CountedPerson& person,
                  const CountScope& scope, MonthRange months, bool with_links = true);

// Calls `visit` with the month of every item `count` would select for
// `login`, ignoring month ranges; windows use it to find candidate runs.
void for_each_counted_month(const Criterion& count, const BoundFilter& filter,
                            const CountedPerson& person, const CountScope& scope,
                            const std::function<void(MonthIndex)>& visit);

}  // namespace sigaudit
