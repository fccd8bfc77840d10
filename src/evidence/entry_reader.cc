#include "entry_reader.h"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "sigaudit/common/gitee_login.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/common/yaml_document.h"
#include "sigaudit/common/yaml_reader.h"

namespace sigaudit {

namespace {

constexpr int kMaxCount = 1'000'000;

constexpr std::string_view kEntryKeys[] = {"login", "type", "date",      "count",
                                           "url",   "note", "criterion", "by"};
// The keys only a confirmation has, and what each needs.
constexpr std::string_view kConfirmationKeys[] = {"criterion", "by"};

std::vector<std::string_view> known_type_ids() {
    std::vector<std::string_view> ids;
    for (EvidenceType type : kEvidenceTypes) {
        ids.push_back(evidence_type_id(type));
    }
    return ids;
}

// A URL pasted where the login belongs is the usual mistake; name the fix.
std::string login_fix_hint(std::string_view text) {
    const auto login = login_from_gitee_home(text);
    return login ? fmt::format("; write the login alone: login: {}", *login) : std::string();
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

std::string bad_date_message(std::string_view text) {
    const bool shaped_like_date =
        text.size() == 10 && text[4] == '-' && text[7] == '-' &&
        std::all_of(text.begin(), text.end(), [](char c) { return c == '-' || is_digit(c); });
    if (!shaped_like_date) {
        return fmt::format("date '{}' is not written as YYYY-MM-DD (for example 2026-03-10)", text);
    }
    const int year =
        (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
    const int month = (text[5] - '0') * 10 + (text[6] - '0');
    if (month < 1 || month > 12) {
        return fmt::format("date '{}' has month {}; months run from 01 to 12", text, month);
    }
    constexpr std::string_view kMonthNames[] = {"January",   "February", "March",    "April",
                                                "May",       "June",     "July",     "August",
                                                "September", "October",  "November", "December"};
    return fmt::format("date '{}' does not exist: {} {} has {} days", text, kMonthNames[month - 1],
                       year, days_in_month(year, month));
}

// Reads the fields of one entry, reporting every problem it finds.
class EntryReader {
  public:
    EntryReader(YamlReader& reader, const YAML::Node& item)
        : reader_(reader),
          item_(item),
          findings_before_(reader.findings()),
          fields_(reader.fields(item, kEntryKeys, "an evidence entry")) {}

    std::optional<EvidenceEntry> read() {
        EvidenceEntry entry;
        entry.where = reader_.where(item_);
        entry.login = read_login();
        const auto type = read_type();
        const auto date = read_date();
        entry.count = read_count();
        entry.url = read_url();
        entry.note = text_of("note", {}).value_or("");
        if (type == EvidenceType::confirmation) {
            read_confirmation(entry);
        } else {
            refuse_confirmation_keys();
        }
        if (reader_.findings() != findings_before_ || reader_.exhausted() || !type || !date) {
            return std::nullopt;
        }
        entry.type = *type;
        entry.date = *date;
        return entry;
    }

  private:
    void error(Code code, const YAML::Node& at, std::string message) {
        reader_.report(code, at, std::move(message));
    }

    std::string subject() const {
        return login_.empty() ? "this evidence entry"
                              : fmt::format("the evidence entry for '{}'", login_);
    }

    // The trimmed text of a field, or nothing when it is absent or empty; a
    // required field (one with a `fix` to suggest) is then reported missing.
    std::optional<std::string> text_of(std::string_view name, std::string_view fix) {
        const Field* field = fields_.find(name);
        if (field != nullptr && !field->value.IsNull() && !field->value.IsScalar()) {
            error(Code::evidence_not_text, field->value,
                  fmt::format("'{}' must be a single value, but it is {}", field->key.Scalar(),
                              describe_node_kind(field->value)));
            return std::nullopt;
        }
        if (field != nullptr && field->value.IsScalar() && !trim(field->value.Scalar()).empty()) {
            return std::string(trim(field->value.Scalar()));
        }
        if (fix.empty()) {
            return std::nullopt;
        }
        if (field != nullptr) {
            // A key with no value: its own line is where the fix goes.
            error(Code::evidence_missing_field, field->key,
                  fmt::format("{} has an empty '{}'; {}", subject(), name, fix));
        } else if (!fields_.misspells(name)) {
            // When a misspelt key already stands for it, that error says it all.
            error(Code::evidence_missing_field, item_,
                  fmt::format("{} has no '{}'; {}", subject(), name, fix));
        }
        return std::nullopt;
    }

    const YAML::Node& value_of(std::string_view name) const { return fields_.find(name)->value; }

    std::string read_login() {
        const auto text = text_of("login", "write the person's Gitee login");
        if (!text) {
            return {};
        }
        if (!is_valid_login(*text)) {
            error(Code::evidence_bad_login, value_of("login"),
                  fmt::format("login '{}' is not a Gitee login (letters, digits, '_', '-', '.'){}",
                              *text, login_fix_hint(*text)));
            return {};
        }
        login_ = to_lower_ascii(*text);
        return login_;
    }

    std::optional<EvidenceType> read_type() {
        const std::string fix = fmt::format("write one of {}", join_words(known_type_ids()));
        const auto text = text_of("type", fix);
        if (!text) {
            return std::nullopt;
        }
        const auto type = evidence_type_from_id(*text);
        if (!type) {
            error(Code::evidence_unknown_type, value_of("type"),
                  fmt::format("unknown evidence type '{}'; {}", *text,
                              unknown_word_hint(*text, known_type_ids(), "types")));
        }
        return type;
    }

    std::optional<Date> read_date() {
        const auto text = text_of("date", "write the day it happened as YYYY-MM-DD");
        if (!text) {
            return std::nullopt;
        }
        const auto date = parse_iso_date(*text);
        if (!date) {
            error(Code::evidence_bad_date, value_of("date"), bad_date_message(*text));
        }
        return date;
    }

    int read_count() {
        const auto text = text_of("count", {});
        if (!text) {
            return 1;
        }
        int value = 0;
        const char* const end = text->data() + text->size();
        const auto [stop, status] = std::from_chars(text->data(), end, value);
        const bool digits_only = std::all_of(text->begin(), text->end(), is_digit);
        if (digits_only && status == std::errc() && value >= 1 && value <= kMaxCount) {
            return value;
        }
        const bool too_large = digits_only && (status == std::errc::result_out_of_range ||
                                               (status == std::errc() && value > kMaxCount));
        error(
            Code::evidence_bad_count, value_of("count"),
            too_large
                ? fmt::format("count {} is implausibly large (at most {})", *text, kMaxCount)
                : fmt::format("count '{}' must be a whole number from 1 to {}", *text, kMaxCount));
        return 1;
    }

    std::string read_url() {
        const auto text = text_of("url", {});
        if (!text) {
            return {};
        }
        // Reports turn URLs into links (Markdown PR comments), so only web
        // links get through: no javascript:, no spaces that would split one.
        const bool web_link = istarts_with(*text, "https://") || istarts_with(*text, "http://");
        const bool one_token = text->find_first_of(" \t<>\"") == std::string::npos;
        const bool has_host = text->find("://") + 3 < text->size();
        if (!web_link || !one_token || !has_host) {
            error(Code::evidence_bad_url, value_of("url"),
                  fmt::format("url '{}' must be a web link starting with https:// or http://",
                              *text));
            return {};
        }
        return *text;
    }

    void read_confirmation(EvidenceEntry& entry) {
        entry.criterion = text_of("criterion",
                                  "write the criterion confirmed, such as "
                                  "senior-developer/framework-core-code")
                              .value_or("");
        if (const Field* field = fields_.find("criterion")) {
            entry.criterion_where = reader_.where(field->value);
        }
        entry.by = text_of("by", "write who confirmed it (a maintainer's login)").value_or("");
    }

    // A criterion on a meeting would read as if it confirmed something.
    void refuse_confirmation_keys() {
        for (std::string_view key : kConfirmationKeys) {
            if (const Field* field = fields_.find(key)) {
                error(Code::evidence_unknown_key, field->key,
                      fmt::format("'{}' belongs to confirmation entries only; {} is a '{}' entry",
                                  key, subject(), value_of("type").Scalar()));
            }
        }
    }

    YamlReader& reader_;
    const YAML::Node& item_;
    // Any finding about the entry, its keys included, keeps it out.
    const std::size_t findings_before_;
    const Fields fields_;
    std::string login_;  // once read, names the entry in later messages
};

}  // namespace

std::optional<EvidenceEntry> read_evidence_entry(YamlReader& reader, const YAML::Node& item) {
    return EntryReader(reader, item).read();
}

}  // namespace sigaudit
