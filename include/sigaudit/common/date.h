#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace sigaudit {

// A calendar date with no time of day and no time zone: evidence dates and
// the --as-of date are days as the community reads them, not instants.
struct Date {
    int year = 1970;
    int month = 1;
    int day = 1;

    friend auto operator<=>(const Date&, const Date&) = default;
};

bool is_leap_year(int year);
// 28 to 31; 0 when `month` is not 1 to 12.
int days_in_month(int year, int month);

// Exactly YYYY-MM-DD (four-digit year 0001-9999, two-digit month and day)
// naming a day that exists: "2026-02-30", "2026-4-1" and "2026-04-01T10:00"
// give nothing. Surrounding whitespace is not accepted either; callers trim.
std::optional<Date> parse_iso_date(std::string_view text);

// YYYY-MM-DD.
std::string to_string(Date date);

}  // namespace sigaudit
