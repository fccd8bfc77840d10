#include <catch2/catch.hpp>

#include "sigaudit/common/calendar.h"

using namespace sigaudit;

TEST_CASE("Gitee timestamps parse to the right instant", "[calendar]") {
    CHECK(parse_timestamp("1970-01-01T00:00:00Z") == 0);
    CHECK(parse_timestamp("1970-01-01T08:00:00+08:00") == 0);
    CHECK(parse_timestamp("2026-03-05T16:40:12+08:00") == parse_timestamp("2026-03-05T08:40:12Z"));
    CHECK(parse_timestamp("2026-03-05T08:40:12.123Z") == parse_timestamp("2026-03-05T08:40:12Z"));
    CHECK(parse_timestamp("2026-03-05T08:40:12") == parse_timestamp("2026-03-05T08:40:12Z"));
    CHECK(parse_timestamp("2024-02-29T12:00:00-05:30") == parse_timestamp("2024-02-29T17:30:00Z"));
}

TEST_CASE("malformed timestamps are refused", "[calendar]") {
    for (const char* bad :
         {"", "2026-03-05", "2026-03-05 16:40:12", "2026-02-30T00:00:00Z", "2026-03-05T24:00:00Z",
          "2026-03-05T16:40:12+8", "2026-03-05T16:40:12+08:00junk", "later"}) {
        INFO(bad);
        CHECK_FALSE(parse_timestamp(bad));
    }
}

TEST_CASE("00:30 on the 1st in +08:00 is that month, though UTC says the month before",
          "[calendar]") {
    const Instant t = *parse_timestamp("2026-04-01T00:30:00+08:00");
    CHECK(date_at(t, UtcOffset{0}) == Date{2026, 3, 31});
    CHECK(date_at(t, UtcOffset{480}) == Date{2026, 4, 1});
    CHECK(month_label(month_at(t, UtcOffset{480})) == "2026-04");
    CHECK(month_label(month_at(t, UtcOffset{0})) == "2026-03");
}

TEST_CASE("the as-of day ends at its last second in the zone", "[calendar]") {
    const Instant end = end_of_day(Date{2026, 6, 30}, UtcOffset{480});
    CHECK(end == *parse_timestamp("2026-06-30T23:59:59+08:00"));
    CHECK(end + 1 == *parse_timestamp("2026-07-01T00:00:00+08:00"));
}

TEST_CASE("consecutive months differ by one across a year end", "[calendar]") {
    CHECK(month_index(Date{2026, 1, 5}) - month_index(Date{2025, 12, 31}) == 1);
    CHECK(month_label(month_index(Date{2025, 12, 1})) == "2025-12");
}

TEST_CASE("days and dates round-trip", "[calendar]") {
    for (const Date date :
         {Date{1970, 1, 1}, Date{2000, 2, 29}, Date{2024, 12, 31}, Date{1969, 12, 31}}) {
        CHECK(civil_from_days(days_from_civil(date)) == date);
    }
    CHECK(days_from_civil(Date{1970, 1, 2}) == 1);
}

TEST_CASE("UTC offsets parse and print", "[calendar]") {
    CHECK(parse_utc_offset("+08:00") == UtcOffset{480});
    CHECK(parse_utc_offset("-0530") == UtcOffset{-330});
    CHECK(parse_utc_offset("Z") == UtcOffset{0});
    CHECK_FALSE(parse_utc_offset("+8"));
    CHECK_FALSE(parse_utc_offset("+15:00"));
    CHECK(to_string(UtcOffset{-330}) == "-05:30");
}
