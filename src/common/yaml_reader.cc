#include "sigaudit/common/yaml_reader.h"

#include <algorithm>
#include <charconv>
#include <unordered_map>

#include <fmt/format.h>

#include "sigaudit/common/strings.h"
#include "sigaudit/common/yaml_document.h"

namespace sigaudit {

namespace {

constexpr std::size_t kBudgetPerByte = 4;
constexpr std::size_t kBudgetFloor = 64 * 1024;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// The number `text` spells in plain decimal digits; nothing for signs,
// exponents, fractions and anything too long to be a sane value.
std::optional<std::int64_t> parse_digits(std::string_view text) {
    constexpr std::size_t kMaxDigits = 18;  // always fits std::int64_t
    if (text.empty() || text.size() > kMaxDigits ||
        !std::all_of(text.begin(), text.end(), is_digit)) {
        return std::nullopt;
    }
    std::int64_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

}  // namespace

const Field* Fields::find(std::string_view name) const {
    const auto it = std::find_if(known.begin(), known.end(),
                                 [&](const Field& field) { return field.name == name; });
    return it == known.end() ? nullptr : &*it;
}

bool Fields::misspells(std::string_view name) const {
    return std::find(misspelt.begin(), misspelt.end(), name) != misspelt.end();
}

YamlReader::YamlReader(const TextFile& file, const YamlDialect& dialect,
                       std::vector<Diagnostic>& diagnostics)
    : file_(file.path),
      dialect_(dialect),
      diagnostics_(diagnostics),
      budget_(kBudgetPerByte * file.text.size() + kBudgetFloor) {}

SourceLocation YamlReader::where(const YAML::Node& node) const {
    return location_of(node, file_);
}

void YamlReader::report(Code code, SourceLocation at, std::string message) {
    if (exhausted_) {
        return;
    }
    Diagnostic diagnostic = make_diagnostic(code, std::move(at), std::move(message));
    diagnostic.context = context_;
    diagnostics_.push_back(std::move(diagnostic));
    ++findings_;
}

void YamlReader::report(Code code, const YAML::Node& at, std::string message) {
    report(code, where(at), std::move(message));
}

bool YamlReader::spend(const YAML::Node& at, std::size_t units) {
    if (exhausted_) {
        return false;
    }
    if (units < budget_) {
        budget_ -= units;
        return true;
    }
    report(dialect_.codes.too_large, at,
           "reading stopped here: through aliases the file spells out more than four times what "
           "its text holds; write it out without aliases");
    exhausted_ = true;
    return false;
}

YamlReader::Context::Context(YamlReader& reader, std::string what, const YAML::Node& at)
    : reader_(reader) {
    reader_.context_.push_back(ContextFrame{std::move(what), reader_.where(at)});
}

YamlReader::Context::~Context() {
    reader_.context_.pop_back();
}

std::optional<std::string> YamlReader::peek_name(const YAML::Node& mapping,
                                                 std::string_view key) const {
    constexpr int kKeysLooked = 16;
    constexpr std::size_t kLongestName = 100;
    if (!mapping.IsMap()) {
        return std::nullopt;
    }
    int looked = 0;
    for (const auto& pair : mapping) {
        if (++looked > kKeysLooked) {
            break;
        }
        if (pair.first.IsScalar() && key_of(pair.first.Scalar()) == key && pair.second.IsScalar()) {
            const std::string_view name = trim(pair.second.Scalar());
            if (name.empty() || name.size() > kLongestName) {
                return std::nullopt;
            }
            return std::string(name);
        }
    }
    return std::nullopt;
}

std::string YamlReader::key_of(std::string_view written) const {
    if (!dialect_.loose_keys) {
        return std::string(written);
    }
    std::string key = to_lower_ascii(trim(written));
    std::replace(key.begin(), key.end(), '-', '_');
    return key;
}

bool YamlReader::expect_mapping(const YAML::Node& node, std::string_view what) {
    if (node.IsMap()) {
        return true;
    }
    report(dialect_.codes.bad_value, node,
           fmt::format("{} must be a mapping of keys to values, but it is {}", what,
                       describe_node_kind(node)));
    return false;
}

std::vector<MapEntry> YamlReader::entries(const YAML::Node& mapping, std::string_view what) {
    std::vector<MapEntry> entries;
    std::size_t key_bytes = 0;
    for (const auto& pair : mapping) {
        key_bytes += pair.first.IsScalar() ? pair.first.Scalar().size() : 0;
    }
    if (!spend(mapping, mapping.size() + 1 + key_bytes)) {
        return entries;
    }
    std::unordered_map<std::string, std::size_t> index;  // key -> its entry; mappings can be long
    for (const auto& pair : mapping) {
        if (!pair.first.IsScalar()) {
            report(dialect_.codes.bad_value, pair.first,
                   fmt::format("the keys of {} are words, but this one is {}", what,
                               describe_node_kind(pair.first)));
            continue;
        }
        std::string name = key_of(pair.first.Scalar());
        const auto [first, inserted] = index.emplace(name, entries.size());
        if (!inserted) {
            // YAML readers disagree on which of the two values wins; refuse to guess.
            report(dialect_.codes.duplicate_key, pair.first,
                   fmt::format("'{}' is written twice in {} (first at {}); keep one",
                               escape_unsafe(pair.first.Scalar()), what,
                               earlier_place(where(entries[first->second].key), file_)));
            continue;
        }
        entries.push_back(MapEntry{std::move(name), pair.first, pair.second});
    }
    return entries;
}

Fields YamlReader::fields(const YAML::Node& mapping, KeyList known, std::string_view what,
                          UnknownKeys unknown) {
    Fields fields;
    const std::vector<std::string_view> words(known.begin(), known.end());
    for (MapEntry& entry : entries(mapping, what)) {
        const auto slot = std::find(known.begin(), known.end(), entry.name);
        if (slot != known.end()) {
            fields.known.push_back(Field{*slot, std::move(entry.key), std::move(entry.value)});
            continue;
        }
        const auto meant = likely_meant(entry.name, words);
        if (meant) {
            fields.misspelt.push_back(*meant);
        }
        const std::string written = escape_unsafe(entry.key.Scalar());
        if (unknown == UnknownKeys::report) {
            report(dialect_.codes.unknown_key, entry.key,
                   fmt::format("unknown key '{}' in {}; {}", written, what,
                               unknown_word_hint(entry.name, words, "keys")));
        } else if (meant) {
            report(
                dialect_.codes.unknown_key, entry.key,
                fmt::format("'{}' in {} is not read; did you mean '{}'?", written, what, *meant));
        }
    }
    return fields;
}

std::vector<YAML::Node> YamlReader::items(const Field& field, bool one_allowed) {
    const YAML::Node& value = field.value;
    if (value.IsSequence() && value.size() > 0) {
        if (!spend(value, value.size())) {
            return {};
        }
        return std::vector<YAML::Node>(value.begin(), value.end());
    }
    if (value.IsNull() || value.IsSequence()) {
        report(dialect_.codes.bad_value, value.IsNull() ? field.key : value,
               fmt::format("'{}' is empty; write at least one item", field.name));
        return {};
    }
    if (one_allowed) {
        return {value};
    }
    report(dialect_.codes.bad_value, value,
           fmt::format("'{}' must be a list (items starting with '- '), but it is {}", field.name,
                       describe_node_kind(value)));
    return {};
}

std::optional<std::string> YamlReader::text(const YAML::Node& node, std::string_view name) {
    if (!node.IsScalar()) {
        report(dialect_.codes.bad_value, node,
               fmt::format("'{}' must be text, but it is {}", name, describe_node_kind(node)));
        return std::nullopt;
    }
    const std::string_view trimmed = trim(node.Scalar());
    if (trimmed.empty()) {
        report(dialect_.codes.bad_value, node, fmt::format("'{}' is empty", name));
        return std::nullopt;
    }
    if (!spend(node, trimmed.size())) {
        return std::nullopt;
    }
    return escape_unsafe(trimmed);
}

std::optional<std::string> YamlReader::text(const Field& field) {
    if (field.value.IsNull()) {
        report(dialect_.codes.bad_value, field.key, fmt::format("'{}' has no value", field.name));
        return std::nullopt;
    }
    return text(field.value, field.name);
}

std::vector<TextItem> YamlReader::texts(const Field& field) {
    std::vector<TextItem> out;
    for (const YAML::Node& item : items(field, true)) {
        if (auto word = text(item, field.name)) {
            out.push_back(TextItem{std::move(*word), item});
        }
    }
    return out;
}

std::optional<bool> YamlReader::flag(const Field& field) {
    const auto word = text(field);
    if (!word) {
        return std::nullopt;
    }
    if (iequals(*word, "true") || iequals(*word, "false")) {
        return iequals(*word, "true");
    }
    report(dialect_.codes.bad_value, field.value,
           fmt::format("'{}' must be true or false, but it is {}", field.name,
                       describe_node_kind(field.value)));
    return std::nullopt;
}

std::optional<std::int64_t> YamlReader::whole_number(const Field& field, std::int64_t min,
                                                     std::int64_t max, Code code) {
    const auto word = text(field);
    if (!word) {
        return std::nullopt;
    }
    const auto value = parse_digits(*word);
    if (value && *value >= min && *value <= max) {
        return value;
    }
    report(code, field.value,
           fmt::format("'{}' must be a whole number from {} to {}, but it is {}", field.name, min,
                       max, describe_node_kind(field.value)));
    return std::nullopt;
}

}  // namespace sigaudit
