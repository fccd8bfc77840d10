#include "sigaudit/common/calendar.h"

#include <charconv>

#include <fmt/format.h>

namespace sigaudit {

namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

std::optional<int> read_digits(std::string_view text, std::size_t pos, std::size_t count) {
    if (pos + count > text.size()) {
        return std::nullopt;
    }
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return std::nullopt;
        }
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

}  // namespace

std::optional<UtcOffset> parse_utc_offset(std::string_view text) {
    if (text == "Z" || text == "z") {
        return UtcOffset{0};
    }
    if (text.size() != 6 && text.size() != 5) {
        return std::nullopt;
    }
    if (text[0] != '+' && text[0] != '-') {
        return std::nullopt;
    }
    const bool colon = text.size() == 6;
    if (colon && text[3] != ':') {
        return std::nullopt;
    }
    const auto hours = read_digits(text, 1, 2);
    const auto minutes = read_digits(text, colon ? 4 : 3, 2);
    if (!hours || !minutes || *hours > 14 || *minutes > 59) {
        return std::nullopt;
    }
    const int total = *hours * 60 + *minutes;
    return UtcOffset{text[0] == '-' ? -total : total};
}

std::string to_string(UtcOffset offset) {
    const int magnitude = offset.minutes < 0 ? -offset.minutes : offset.minutes;
    return fmt::format("{}{:02}:{:02}", offset.minutes < 0 ? '-' : '+', magnitude / 60,
                       magnitude % 60);
}

MonthIndex month_index(Date date) {
    return date.year * 12 + (date.month - 1);
}

std::string month_label(MonthIndex month) {
    return fmt::format("{:04}-{:02}", floor_div(month, 12), month - floor_div(month, 12) * 12 + 1);
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
std::int64_t days_from_civil(Date date) {
    const std::int64_t y = date.year - (date.month <= 2 ? 1 : 0);
    const std::int64_t era = floor_div(y, 400);
    const std::int64_t yoe = y - era * 400;
    const std::int64_t mp = (date.month + 9) % 12;
    const std::int64_t doy = (153 * mp + 2) / 5 + date.day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date civil_from_days(std::int64_t days) {
    days += 719468;
    const std::int64_t era = floor_div(days, 146097);
    const std::int64_t doe = days - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
    return Date{year, month, day};
}

Date date_at(Instant instant, UtcOffset offset) {
    return civil_from_days(floor_div(instant + offset.minutes * 60, kSecondsPerDay));
}

MonthIndex month_at(Instant instant, UtcOffset offset) {
    return month_index(date_at(instant, offset));
}

Instant end_of_day(Date date, UtcOffset offset) {
    return (days_from_civil(date) + 1) * kSecondsPerDay - 1 - offset.minutes * 60;
}

std::string format_timestamp(Instant instant, UtcOffset offset) {
    const Instant local = instant + offset.minutes * 60;
    const Date date = civil_from_days(floor_div(local, kSecondsPerDay));
    const std::int64_t second_of_day = local - floor_div(local, kSecondsPerDay) * kSecondsPerDay;
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}", date.year, date.month, date.day,
                       second_of_day / 3600, second_of_day / 60 % 60, second_of_day % 60,
                       to_string(offset));
}

std::optional<Instant> parse_timestamp(std::string_view text) {
    // YYYY-MM-DDTHH:MM:SS, then optional .fraction, then optional offset.
    if (text.size() < 19 || text[10] != 'T' || text[13] != ':' || text[16] != ':') {
        return std::nullopt;
    }
    const auto date = parse_iso_date(text.substr(0, 10));
    const auto hour = read_digits(text, 11, 2);
    const auto minute = read_digits(text, 14, 2);
    const auto second = read_digits(text, 17, 2);
    if (!date || !hour || !minute || !second || *hour > 23 || *minute > 59 || *second > 60) {
        return std::nullopt;
    }
    std::string_view rest = text.substr(19);
    if (!rest.empty() && rest.front() == '.') {
        const std::size_t digits = rest.find_first_not_of("0123456789", 1);
        rest.remove_prefix(digits == std::string_view::npos ? rest.size() : digits);
    }
    UtcOffset offset{0};
    if (!rest.empty()) {
        const auto parsed = parse_utc_offset(rest);
        if (!parsed) {
            return std::nullopt;
        }
        offset = *parsed;
    }
    return days_from_civil(*date) * kSecondsPerDay + *hour * 3600 + *minute * 60 + *second -
           offset.minutes * 60;
}

}  // namespace sigaudit
