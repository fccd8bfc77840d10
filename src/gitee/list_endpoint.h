#pragma once

#include <optional>
#include <string>

#include "sigaudit/activity/gitee_records.h"
#include "sigaudit/common/calendar.h"

namespace sigaudit::gitee_detail {

inline constexpr int kPerPage = 100;

// One of the four repository-wide lists, asked in updated-ascending order so
// that items changing during a fetch move to its end instead of vanishing
// from its middle.
struct ListEndpoint {
    std::string repo;  // "owner/name"
    GiteeList list = GiteeList::pulls;
    std::optional<Instant> since;

    // "/repos/o/r/pulls?state=all&sort=updated&direction=asc&since=...&page=3&per_page=100"
    std::string path_and_query(int page) const;
    // What messages name: "GET " + path_and_query. Holds no token.
    std::string describe(int page) const;
    // The URL sent: api_url + path_and_query, then the token when there is one.
    std::string url(const std::string& api_url, const std::string& token, int page) const;
};

}  // namespace sigaudit::gitee_detail
