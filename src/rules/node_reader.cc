#include "node_reader.h"

#include <algorithm>
#include <charconv>
#include <unordered_map>

#include <fmt/format.h>

#include "rule_messages.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/common/yaml_document.h"

namespace sigaudit {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// The number `text` spells in plain decimal digits; nothing for signs,
// exponents, fractions and anything too long to be a sane threshold.
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

NodeReader::NodeReader(std::string file, std::vector<Diagnostic>& diagnostics)
    : file_(std::move(file)), diagnostics_(diagnostics) {}

SourceLocation NodeReader::where(const YAML::Node& node) const {
    return location_of(node, file_);
}

void NodeReader::report(Diagnostic diagnostic) {
    if (!exhausted_) {
        diagnostics_.push_back(std::move(diagnostic));
    }
}

void NodeReader::error(Code code, const YAML::Node& at, std::string message) {
    report(make_diagnostic(std::move(code), where(at), std::move(message)));
}

void NodeReader::warning(Code code, const YAML::Node& at, std::string message) {
    report(make_diagnostic(std::move(code), where(at), std::move(message)));
}

void NodeReader::warning(Code code, SourceLocation at, std::string message) {
    report(make_diagnostic(std::move(code), std::move(at), std::move(message)));
}

bool NodeReader::spend(const YAML::Node& at, std::size_t nodes) {
    if (exhausted_) {
        return false;
    }
    if (nodes < budget_) {
        budget_ -= nodes;
        return true;
    }
    error(Code::rule_too_large, at,
          fmt::format("reading stopped here: the file spells out more than {} values (through "
                      "aliases, perhaps); a rule file is far smaller",
                      kMaxNodesPerFile));
    exhausted_ = true;
    return false;
}

bool NodeReader::expect_mapping(const YAML::Node& node, std::string_view what) {
    if (node.IsMap()) {
        return true;
    }
    error(Code::rule_bad_value, node,
          fmt::format("{} must be a mapping of keys to values, but it is {}", what,
                      describe_node_kind(node)));
    return false;
}

std::vector<MapEntry> NodeReader::entries(const YAML::Node& mapping, std::string_view what) {
    std::vector<MapEntry> entries;
    std::unordered_map<std::string, std::size_t> index;  // name -> its entry; mappings can be long
    std::size_t key_bytes = 0;
    for (const auto& pair : mapping) {
        key_bytes += pair.first.IsScalar() ? pair.first.Scalar().size() : 0;
    }
    if (!spend(mapping, mapping.size() + 1 + key_bytes / kTextBytesPerValue)) {
        return entries;
    }
    for (const auto& pair : mapping) {
        if (!pair.first.IsScalar()) {
            error(Code::rule_bad_value, pair.first,
                  fmt::format("the keys of {} are words, but this one is {}", what,
                              describe_node_kind(pair.first)));
            continue;
        }
        const std::string& name = pair.first.Scalar();
        const auto [first, inserted] = index.emplace(name, entries.size());
        if (!inserted) {
            // YAML readers disagree on which of the two values wins; refuse to guess.
            error(Code::rule_duplicate_key, pair.first,
                  fmt::format("'{}' is written twice in {} (first at line {}); keep one", name,
                              what, where(entries[first->second].key).line));
            continue;
        }
        entries.push_back(MapEntry{name, pair.first, pair.second});
    }
    return entries;
}

Fields NodeReader::fields(const YAML::Node& mapping, KeyList known, std::string_view what) {
    Fields fields;
    const std::vector<std::string_view> words(known.begin(), known.end());
    for (MapEntry& entry : entries(mapping, what)) {
        const auto slot = std::find(known.begin(), known.end(), entry.name);
        if (slot != known.end()) {
            fields.known.push_back(Field{*slot, std::move(entry.key), std::move(entry.value)});
            continue;
        }
        if (const auto meant = likely_meant(entry.name, words)) {
            fields.misspelt.push_back(*meant);
        }
        error(Code::rule_unknown_key, entry.key,
              fmt::format("unknown key '{}' in {}; {}", entry.name, what,
                          unknown_word_hint(entry.name, words, "keys")));
    }
    return fields;
}

std::vector<YAML::Node> NodeReader::items(const Field& field, bool one_allowed) {
    const YAML::Node& value = field.value;
    if (value.IsSequence() && value.size() > 0) {
        if (!spend(value, value.size())) {
            return {};
        }
        return std::vector<YAML::Node>(value.begin(), value.end());
    }
    if (value.IsNull() || value.IsSequence()) {
        error(Code::rule_bad_value, value.IsNull() ? field.key : value,
              fmt::format("'{}' is empty; write at least one item", field.name));
        return {};
    }
    if (one_allowed) {
        return {value};
    }
    error(Code::rule_bad_value, value,
          fmt::format("'{}' must be a list (items starting with '- '), but it is {}", field.name,
                      describe_node_kind(value)));
    return {};
}

std::optional<std::string> NodeReader::text(const YAML::Node& node, std::string_view name) {
    if (!node.IsScalar()) {
        error(Code::rule_bad_value, node,
              fmt::format("'{}' must be text, but it is {}", name, describe_node_kind(node)));
        return std::nullopt;
    }
    const std::string_view trimmed = trim(node.Scalar());
    if (trimmed.empty()) {
        error(Code::rule_bad_value, node, fmt::format("'{}' is empty", name));
        return std::nullopt;
    }
    if (const std::size_t cost = trimmed.size() / kTextBytesPerValue;
        cost > 0 && !spend(node, cost)) {
        return std::nullopt;
    }
    return std::string(trimmed);
}

std::optional<std::string> NodeReader::text(const Field& field) {
    if (field.value.IsNull()) {
        error(Code::rule_bad_value, field.key, fmt::format("'{}' has no value", field.name));
        return std::nullopt;
    }
    return text(field.value, field.name);
}

std::vector<TextItem> NodeReader::texts(const Field& field) {
    std::vector<TextItem> out;
    for (const YAML::Node& item : items(field, true)) {
        if (auto word = text(item, field.name)) {
            out.push_back(TextItem{std::move(*word), item});
        }
    }
    return out;
}

std::optional<bool> NodeReader::flag(const Field& field) {
    const auto word = text(field);
    if (!word) {
        return std::nullopt;
    }
    if (iequals(*word, "true") || iequals(*word, "false")) {
        return iequals(*word, "true");
    }
    error(Code::rule_bad_value, field.value,
          fmt::format("'{}' must be true or false, but it is {}", field.name,
                      describe_node_kind(field.value)));
    return std::nullopt;
}

std::optional<std::int64_t> NodeReader::whole_number(const Field& field, std::int64_t min,
                                                     std::int64_t max, Code code) {
    const auto word = text(field);
    if (!word) {
        return std::nullopt;
    }
    const auto value = parse_digits(*word);
    if (value && *value >= min && *value <= max) {
        return value;
    }
    error(code, field.value,
          fmt::format("'{}' must be a whole number from {} to {}, but it is {}", field.name, min,
                      max, describe_node_kind(field.value)));
    return std::nullopt;
}

}  // namespace sigaudit
