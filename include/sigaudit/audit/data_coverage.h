#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sigaudit/common/calendar.h"
#include "sigaudit/common/date.h"

namespace sigaudit {

// What an evaluation's Gitee data stands on: per repository the rules read,
// when it was last fetched completely and the newest change it holds. Every
// report states it, since "not yet eligible" is only true of complete data.
struct RepositoryCoverage {
    std::string repo;                      // "owner/repo"
    std::optional<Instant> synced_at;      // never fetched completely: nothing
    std::optional<Instant> newest_update;  // the newest updated_at stored
};

struct DataCoverage {
    std::vector<RepositoryCoverage> repositories;  // in the rules' order (sorted)
    UtcOffset zone;                                // dates are shown in it

    // The oldest complete sync among the repositories; nothing when there
    // are none or one was never fetched.
    std::optional<Instant> oldest_sync() const;
    // The repositories never fetched completely.
    std::vector<std::string> never_fetched() const;
    // The as-of day comes after the day of the oldest sync: activity since
    // then is not in the data.
    bool behind(Date as_of) const;
};

}  // namespace sigaudit
