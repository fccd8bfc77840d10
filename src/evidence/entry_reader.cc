#include "entry_reader.h"

#include <algorithm>
#include <charconv>
#include <set>

#include <fmt/format.h>

#include "sigaudit/common/gitee_login.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/common/yaml_document.h"

namespace sigaudit {

namespace {

constexpr int kMaxCount = 1'000'000;

// A key as written and its value, once the entry has the key.
struct Field {
    bool present = false;
    YAML::Node key;
    YAML::Node value;

    bool has_text() const { return present && value.IsScalar(); }
};

struct EntryFields {
    Field login;
    Field type;
    Field date;
    Field count;
    Field url;
    Field note;
};

struct KeySlot {
    std::string_view key;
    Field EntryFields::*field;
};

constexpr KeySlot kKeySlots[] = {
    {"login", &EntryFields::login}, {"type", &EntryFields::type}, {"date", &EntryFields::date},
    {"count", &EntryFields::count}, {"url", &EntryFields::url},   {"note", &EntryFields::note},
};

std::vector<std::string_view> known_keys() {
    std::vector<std::string_view> keys;
    for (const KeySlot& slot : kKeySlots) {
        keys.push_back(slot.key);
    }
    return keys;
}

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
    EntryReader(const YAML::Node& item, const std::string& file,
                std::vector<Diagnostic>& diagnostics)
        : item_(item), file_(file), diagnostics_(diagnostics), errors_before_(diagnostics.size()) {}

    std::optional<EvidenceEntry> read() {
        collect_fields();
        EvidenceEntry entry;
        entry.where = location_of(item_, file_);
        entry.login = read_login();
        const auto type = read_type();
        const auto date = read_date();
        entry.count = read_count();
        entry.url = read_url();
        entry.note = text_of(fields_.note, "note", {}).value_or("");
        if (diagnostics_.size() != errors_before_ || !type || !date) {
            return std::nullopt;
        }
        entry.type = *type;
        entry.date = *date;
        return entry;
    }

  private:
    void error(Code code, const YAML::Node& at, std::string message) {
        diagnostics_.push_back(
            make_diagnostic(std::move(code), location_of(at, file_), std::move(message)));
    }

    void collect_fields() {
        for (const auto& pair : item_) {
            if (!pair.first.IsScalar()) {
                error(Code::evidence_unknown_key, pair.first,
                      fmt::format("evidence entry keys are words such as 'login', but this one "
                                  "is {}",
                                  describe_node_kind(pair.first)));
                continue;
            }
            place_field(pair.first, pair.second);
        }
    }

    void place_field(const YAML::Node& key, const YAML::Node& value) {
        const std::string& name = key.Scalar();
        const auto* slot = std::find_if(std::begin(kKeySlots), std::end(kKeySlots),
                                        [&](const KeySlot& s) { return s.key == name; });
        if (slot == std::end(kKeySlots)) {
            if (const auto meant = likely_meant(name, known_keys())) {
                typo_targets_.insert(*meant);
            }
            error(Code::evidence_unknown_key, key,
                  fmt::format("unknown key '{}' in an evidence entry; {}", name,
                              suggest_known(name, known_keys(), "keys")));
            return;
        }
        Field& field = fields_.*(slot->field);
        if (field.present) {
            // YAML readers disagree on which of the two values wins; refuse to guess.
            error(Code::evidence_duplicate_key, key,
                  fmt::format("'{}' is written twice in this evidence entry (first at line {}); "
                              "keep one",
                              name, location_of(field.key, file_).line));
            return;
        }
        field = Field{true, key, value};
    }

    std::string subject() const {
        return login_.empty() ? "this evidence entry"
                              : fmt::format("the evidence entry for '{}'", login_);
    }

    // The trimmed text of a field, or nothing when it is absent or empty; a
    // required field (one with a `fix` to suggest) is then reported missing.
    std::optional<std::string> text_of(const Field& field, std::string_view name,
                                       std::string_view fix) {
        if (field.present && !field.value.IsNull() && !field.value.IsScalar()) {
            error(Code::evidence_not_text, field.value,
                  fmt::format("'{}' must be a single value, but it is {}", field.key.Scalar(),
                              describe_node_kind(field.value)));
            return std::nullopt;
        }
        if (field.has_text() && !trim(field.value.Scalar()).empty()) {
            return std::string(trim(field.value.Scalar()));
        }
        if (fix.empty()) {
            return std::nullopt;
        }
        if (field.present) {
            // A key with no value: its own line is where the fix goes.
            error(Code::evidence_missing_field, field.key,
                  fmt::format("{} has an empty '{}'; {}", subject(), name, fix));
        } else if (typo_targets_.count(name) == 0) {
            // When a misspelt key already stands for it, that error says it all.
            error(Code::evidence_missing_field, item_,
                  fmt::format("{} has no '{}'; {}", subject(), name, fix));
        }
        return std::nullopt;
    }

    std::string read_login() {
        const auto text = text_of(fields_.login, "login", "write the person's Gitee login");
        if (!text) {
            return {};
        }
        if (!is_valid_login(*text)) {
            error(Code::evidence_bad_login, fields_.login.value,
                  fmt::format("login '{}' is not a Gitee login (letters, digits, '_', '-', '.'){}",
                              *text, login_fix_hint(*text)));
            return {};
        }
        login_ = to_lower_ascii(*text);
        return login_;
    }

    std::optional<EvidenceType> read_type() {
        const std::string fix = fmt::format("write one of {}", join_words(known_type_ids()));
        const auto text = text_of(fields_.type, "type", fix);
        if (!text) {
            return std::nullopt;
        }
        const auto type = evidence_type_from_id(*text);
        if (!type) {
            error(Code::evidence_unknown_type, fields_.type.value,
                  fmt::format("unknown evidence type '{}'; {}", *text,
                              suggest_known(*text, known_type_ids(), "types")));
        }
        return type;
    }

    std::optional<Date> read_date() {
        const auto text = text_of(fields_.date, "date", "write the day it happened as YYYY-MM-DD");
        if (!text) {
            return std::nullopt;
        }
        const auto date = parse_iso_date(*text);
        if (!date) {
            error(Code::evidence_bad_date, fields_.date.value, bad_date_message(*text));
        }
        return date;
    }

    int read_count() {
        const auto text = text_of(fields_.count, "count", {});
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
            Code::evidence_bad_count, fields_.count.value,
            too_large
                ? fmt::format("count {} is implausibly large (at most {})", *text, kMaxCount)
                : fmt::format("count '{}' must be a whole number from 1 to {}", *text, kMaxCount));
        return 1;
    }

    std::string read_url() {
        const auto text = text_of(fields_.url, "url", {});
        if (!text) {
            return {};
        }
        // Reports turn URLs into links (Markdown PR comments), so only web
        // links get through: no javascript:, no spaces that would split one.
        const bool web_link = istarts_with(*text, "https://") || istarts_with(*text, "http://");
        const bool one_token = text->find_first_of(" \t<>\"") == std::string::npos;
        const bool has_host = text->find("://") + 3 < text->size();
        if (!web_link || !one_token || !has_host) {
            error(Code::evidence_bad_url, fields_.url.value,
                  fmt::format("url '{}' must be a web link starting with https:// or http://",
                              *text));
            return {};
        }
        return *text;
    }

    const YAML::Node& item_;
    const std::string& file_;
    std::vector<Diagnostic>& diagnostics_;
    const std::size_t errors_before_;
    EntryFields fields_;
    std::string login_;  // once read, names the entry in later messages
    std::set<std::string_view, std::less<>> typo_targets_;  // keys a misspelt key stood for
};

}  // namespace

std::string suggest_known(std::string_view word, const std::vector<std::string_view>& known,
                          std::string_view plural) {
    const std::string list = join_words(known, ", ");
    const auto meant = likely_meant(word, known);
    return meant ? fmt::format("did you mean '{}'? Known {}: {}", *meant, plural, list)
                 : fmt::format("known {}: {}", plural, list);
}

std::optional<EvidenceEntry> read_evidence_entry(const YAML::Node& item, const std::string& file,
                                                 std::vector<Diagnostic>& diagnostics) {
    return EntryReader(item, file, diagnostics).read();
}

}  // namespace sigaudit
