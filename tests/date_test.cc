#include <catch2/catch.hpp>

#include "sigaudit/common/date.h"

namespace Catch {
template <>
struct StringMaker<sigaudit::Date> {
    static std::string convert(const sigaudit::Date& date) { return sigaudit::to_string(date); }
};
}  // namespace Catch

using sigaudit::Date;
using sigaudit::parse_iso_date;

TEST_CASE("parse_iso_date reads YYYY-MM-DD", "[date]") {
    CHECK(parse_iso_date("2026-03-10") == Date{2026, 3, 10});
    CHECK(parse_iso_date("0001-01-01") == Date{1, 1, 1});
    CHECK(parse_iso_date("9999-12-31") == Date{9999, 12, 31});
}

TEST_CASE("the last day of every month is a date, the day after is not", "[date]") {
    CHECK(parse_iso_date("2026-01-31"));
    CHECK_FALSE(parse_iso_date("2026-01-32"));
    CHECK(parse_iso_date("2026-02-28"));
    CHECK_FALSE(parse_iso_date("2026-02-29"));
    CHECK_FALSE(parse_iso_date("2026-02-30"));
    CHECK(parse_iso_date("2026-04-30"));
    CHECK_FALSE(parse_iso_date("2026-04-31"));
    CHECK(parse_iso_date("2026-06-30"));
    CHECK_FALSE(parse_iso_date("2026-06-31"));
    CHECK(parse_iso_date("2026-09-30"));
    CHECK_FALSE(parse_iso_date("2026-09-31"));
    CHECK(parse_iso_date("2026-11-30"));
    CHECK_FALSE(parse_iso_date("2026-11-31"));
    CHECK(parse_iso_date("2026-12-31"));
}

TEST_CASE("February 29 exists in leap years only", "[date]") {
    CHECK(parse_iso_date("2024-02-29") == Date{2024, 2, 29});
    CHECK(parse_iso_date("2000-02-29"));        // divisible by 400
    CHECK_FALSE(parse_iso_date("1900-02-29"));  // divisible by 100 only
    CHECK_FALSE(parse_iso_date("2026-02-29"));
    CHECK(sigaudit::is_leap_year(2024));
    CHECK(sigaudit::is_leap_year(2000));
    CHECK_FALSE(sigaudit::is_leap_year(2100));
    CHECK_FALSE(sigaudit::is_leap_year(2026));
    CHECK(sigaudit::days_in_month(2024, 2) == 29);
    CHECK(sigaudit::days_in_month(2026, 2) == 28);
    CHECK(sigaudit::days_in_month(2026, 13) == 0);
}

TEST_CASE("anything but a real day written as YYYY-MM-DD is refused", "[date]") {
    CHECK_FALSE(parse_iso_date("2026-13-01"));
    CHECK_FALSE(parse_iso_date("2026-00-10"));
    CHECK_FALSE(parse_iso_date("2026-01-00"));
    CHECK_FALSE(parse_iso_date("0000-01-01"));
    CHECK_FALSE(parse_iso_date("2026-4-1"));
    CHECK_FALSE(parse_iso_date("2026-04-1"));
    CHECK_FALSE(parse_iso_date("26-04-01"));
    CHECK_FALSE(parse_iso_date("2026/04/01"));
    CHECK_FALSE(parse_iso_date("2026-04-01T10:00:00+08:00"));
    CHECK_FALSE(parse_iso_date("2026-04-01x"));
    CHECK_FALSE(parse_iso_date(" 2026-04-01"));
    CHECK_FALSE(parse_iso_date("2026-04-01 "));
    CHECK_FALSE(parse_iso_date("+026-04-01"));
    CHECK_FALSE(parse_iso_date("2026-+4-01"));
    CHECK_FALSE(parse_iso_date(""));
    CHECK_FALSE(parse_iso_date("yyyy-mm-dd"));
}

TEST_CASE("to_string writes zero-padded YYYY-MM-DD and round-trips", "[date]") {
    CHECK(to_string(Date{2026, 3, 10}) == "2026-03-10");
    CHECK(to_string(Date{5, 1, 2}) == "0005-01-02");
    CHECK(to_string(*parse_iso_date("2024-02-29")) == "2024-02-29");
}

TEST_CASE("dates order by year, then month, then day", "[date]") {
    CHECK(Date{2025, 12, 31} < Date{2026, 1, 1});
    CHECK(Date{2026, 1, 31} < Date{2026, 2, 1});
    CHECK(Date{2026, 2, 1} < Date{2026, 2, 2});
    CHECK(Date{2026, 2, 2} <= Date{2026, 2, 2});
    CHECK(Date{2026, 2, 2} == Date{2026, 2, 2});
    CHECK(Date{2026, 2, 3} != Date{2026, 2, 2});
    CHECK(Date{2026, 3, 1} > Date{2026, 2, 28});
}
