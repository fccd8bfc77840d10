#include "sigaudit/common/date.h"

#include <fmt/format.h>

namespace sigaudit {

namespace {

// The value of `length` ASCII digits at `text[start]`, or -1 when any is not a digit.
int parse_digits(std::string_view text, std::size_t start, std::size_t length) {
    int value = 0;
    for (std::size_t i = start; i < start + length; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9') {
            return -1;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

}  // namespace

bool is_leap_year(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) {
        return 0;
    }
    return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

std::optional<Date> parse_iso_date(std::string_view text) {
    constexpr std::size_t kLength = 10;  // YYYY-MM-DD
    if (text.size() != kLength || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    const Date date{parse_digits(text, 0, 4), parse_digits(text, 5, 2), parse_digits(text, 8, 2)};
    if (date.year < 1 || date.day < 1 || date.day > days_in_month(date.year, date.month)) {
        return std::nullopt;
    }
    return date;
}

std::string to_string(Date date) {
    return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

}  // namespace sigaudit
