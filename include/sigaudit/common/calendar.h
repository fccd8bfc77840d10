#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "sigaudit/common/date.h"

namespace sigaudit {

// Seconds since 1970-01-01T00:00:00Z.
using Instant = std::int64_t;

// A fixed offset from UTC. Months and days are read in this zone, so a
// comment at 00:30 on April 1st in +08:00 belongs to April, whatever UTC says.
struct UtcOffset {
    int minutes = 8 * 60;  // the community's +08:00
    friend bool operator==(UtcOffset, UtcOffset) = default;
};

// "+08:00", "-05:30", "Z", "+0800"; nothing for anything else.
std::optional<UtcOffset> parse_utc_offset(std::string_view text);
std::string to_string(UtcOffset offset);

// Months counted from year 0: year * 12 + (month - 1). Adjacent calendar
// months differ by exactly 1, which is what "consecutive" means.
using MonthIndex = std::int32_t;
MonthIndex month_index(Date date);
std::string month_label(MonthIndex month);  // "2026-03"

std::int64_t days_from_civil(Date date);
Date civil_from_days(std::int64_t days);

Date date_at(Instant instant, UtcOffset offset);
MonthIndex month_at(Instant instant, UtcOffset offset);
// The last second of `date` in `offset`: what "--as-of DATE" includes.
Instant end_of_day(Date date, UtcOffset offset);

// An ISO 8601 timestamp as Gitee writes it: "2026-03-05T16:40:12+08:00",
// also with "Z", fractional seconds, or no offset (read as UTC).
std::optional<Instant> parse_timestamp(std::string_view text);
// The same form back: "2026-03-05T16:40:12+08:00".
std::string format_timestamp(Instant instant, UtcOffset offset);

}  // namespace sigaudit
