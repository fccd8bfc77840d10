// Timestamps for FakeGitee: Gitee renders them in +08:00 and accepts any
// ISO 8601 offset in `since`.

#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "support/fake_gitee_data.h"

namespace sigaudit::testing::fake {

namespace {

constexpr std::int64_t seconds_per_day = 86400;
constexpr std::int64_t server_offset = 8 * 3600;  // Gitee's zone, Asia/Shanghai

// Howard Hinnant's days_from_civil / civil_from_days.
std::int64_t days_from_civil(std::int64_t year, int month, int day) {
    year -= month <= 2 ? 1 : 0;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const std::int64_t year_of_era = year - era * 400;
    const std::int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const std::int64_t day_of_era =
        year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

struct Civil {
    std::int64_t year;
    int month;
    int day;
};

Civil civil_from_days(std::int64_t days) {
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t day_of_era = days - era * 146097;
    const std::int64_t year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const std::int64_t day_of_year =
        day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const std::int64_t shifted_month = (5 * day_of_year + 2) / 153;
    const int day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
    const int month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
    return {year_of_era + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

void put_digits(char* out, std::int64_t value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

// Reads exactly `width` digits at `pos`; advances `pos`.
std::optional<int> read_digits(std::string_view text, std::size_t& pos, int width) {
    int value = 0;
    for (int i = 0; i < width; ++i, ++pos) {
        if (pos >= text.size() || std::isdigit(static_cast<unsigned char>(text[pos])) == 0) {
            return std::nullopt;
        }
        value = value * 10 + (text[pos] - '0');
    }
    return value;
}

bool take(std::string_view text, std::size_t& pos, char expected) {
    if (pos < text.size() && text[pos] == expected) {
        ++pos;
        return true;
    }
    return false;
}

// "Z", "±HH:MM", "±HHMM", "±HH" or nothing (the server's zone); the offset in seconds.
std::optional<std::int64_t> read_offset(std::string_view text, std::size_t& pos) {
    if (pos == text.size()) {
        return server_offset;
    }
    if (take(text, pos, 'Z') || take(text, pos, 'z')) {
        return 0;
    }
    const char sign = text[pos];
    if (sign != '+' && sign != '-') {
        return std::nullopt;  // also the ' ' an unencoded '+' decodes to
    }
    ++pos;
    const auto hours = read_digits(text, pos, 2);
    if (!hours || *hours > 23) {
        return std::nullopt;
    }
    int minutes = 0;
    if (pos < text.size()) {
        take(text, pos, ':');
        const auto read = read_digits(text, pos, 2);
        if (!read || *read > 59) {
            return std::nullopt;
        }
        minutes = *read;
    }
    const std::int64_t offset = *hours * 3600 + minutes * 60;
    return sign == '+' ? offset : -offset;
}

}  // namespace

std::string format_time(std::int64_t seconds) {
    const std::int64_t local = seconds + server_offset;
    std::int64_t days = local / seconds_per_day;
    std::int64_t second_of_day = local % seconds_per_day;
    if (second_of_day < 0) {
        second_of_day += seconds_per_day;
        --days;
    }
    const Civil date = civil_from_days(days);
    std::string text = "0000-00-00T00:00:00+08:00";
    put_digits(text.data(), date.year, 4);
    put_digits(text.data() + 5, date.month, 2);
    put_digits(text.data() + 8, date.day, 2);
    put_digits(text.data() + 11, second_of_day / 3600, 2);
    put_digits(text.data() + 14, second_of_day / 60 % 60, 2);
    put_digits(text.data() + 17, second_of_day % 60, 2);
    return text;
}

std::optional<std::int64_t> parse_time(std::string_view text) {
    std::size_t pos = 0;
    const auto year = read_digits(text, pos, 4);
    const bool dashes = take(text, pos, '-');
    const auto month = read_digits(text, pos, 2);
    const bool dash = take(text, pos, '-');
    const auto day = read_digits(text, pos, 2);
    if (!year || !dashes || !month || !dash || !day || *month < 1 || *month > 12 || *day < 1 ||
        *day > 31) {
        return std::nullopt;
    }
    std::int64_t second_of_day = 0;
    if (pos < text.size()) {
        if (!take(text, pos, 'T') && !take(text, pos, 't')) {
            return std::nullopt;
        }
        const auto hour = read_digits(text, pos, 2);
        const bool colon = take(text, pos, ':');
        const auto minute = read_digits(text, pos, 2);
        if (!hour || !colon || !minute || *hour > 23 || *minute > 59) {
            return std::nullopt;
        }
        int second = 0;
        if (take(text, pos, ':')) {
            const auto read = read_digits(text, pos, 2);
            if (!read || *read > 60) {
                return std::nullopt;
            }
            second = *read;
        }
        if (take(text, pos, '.')) {  // fractions do not matter at one-second resolution
            while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos])) != 0) {
                ++pos;
            }
        }
        second_of_day = *hour * 3600 + *minute * 60 + second;
    }
    const auto offset = read_offset(text, pos);
    if (!offset || pos != text.size()) {
        return std::nullopt;
    }
    return days_from_civil(*year, *month, *day) * seconds_per_day + second_of_day - *offset;
}

}  // namespace sigaudit::testing::fake
