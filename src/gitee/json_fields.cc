#include "json_fields.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <string_view>

#include "sigaudit/common/strings.h"

namespace sigaudit::gitee {

int json_nesting(std::string_view body) {
    int depth = 0;
    int deepest = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < body.size() && deepest <= kMaxJsonDepth; ++i) {
        const char c = body[i];
        if (in_string) {
            if (c == '\\') {
                ++i;  // the escaped character, a quote included
            } else if (c == '"') {
                in_string = false;
            }
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

namespace {

std::string path_name(std::initializer_list<const char*> path) {
    std::string name;
    for (const char* key : path) {
        if (!name.empty()) {
            name += '.';
        }
        name += key;
    }
    return name;
}

std::optional<std::int64_t> positive_digits(std::string_view text) {
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() || value <= 0) {
        return std::nullopt;
    }
    return value;
}

std::optional<std::int64_t> positive_integer(const json& value) {
    if (value.is_number_unsigned()) {
        const auto number = value.get<std::uint64_t>();
        if (number > 0 && number <= std::numeric_limits<std::int64_t>::max()) {
            return static_cast<std::int64_t>(number);
        }
    } else if (value.is_number_integer()) {
        const auto number = value.get<std::int64_t>();
        if (number > 0) {
            return number;
        }
    }
    return std::nullopt;
}

Instant timestamp(const json& value, const char* key) {
    if (!value.is_string()) {
        throw FieldError(std::string(key) + " is not a string");
    }
    const auto& text = value.get_ref<const std::string&>();
    const auto instant = parse_timestamp(text);
    if (!instant) {
        throw FieldError(std::string(key) + " is not a timestamp: \"" + text + "\"");
    }
    return *instant;
}

}  // namespace

const json* find(const json& item, std::initializer_list<const char*> path) {
    const json* value = &item;
    for (const char* key : path) {
        if (!value->is_object()) {
            return nullptr;
        }
        const auto found = value->find(key);
        if (found == value->end() || found->is_null()) {
            return nullptr;
        }
        value = &*found;
    }
    return value;
}

const json& required(const json& item, std::initializer_list<const char*> path) {
    const json* value = find(item, path);
    if (value == nullptr) {
        throw FieldError("missing " + path_name(path));
    }
    return *value;
}

std::int64_t required_id(const json& item, const char* key) {
    const auto id = positive_integer(required(item, {key}));
    if (!id) {
        throw FieldError(std::string(key) + " is not a positive integer");
    }
    return *id;
}

std::string required_string(const json& item, std::initializer_list<const char*> path) {
    const json& value = required(item, path);
    if (!value.is_string() || value.get_ref<const std::string&>().empty()) {
        throw FieldError(path_name(path) + " is not a non-empty string");
    }
    return value.get<std::string>();
}

std::string optional_string(const json& item, const char* key) {
    const json* value = find(item, {key});
    if (value == nullptr) {
        return {};
    }
    if (!value->is_string()) {
        throw FieldError(std::string(key) + " is not a string");
    }
    return value->get<std::string>();
}

Instant required_time(const json& item, const char* key) {
    return timestamp(required(item, {key}), key);
}

std::optional<Instant> optional_time(const json& item, const char* key) {
    const json* value = find(item, {key});
    if (value == nullptr) {
        return std::nullopt;
    }
    return timestamp(*value, key);
}

std::int64_t positive_number(const json& value, const std::string& what) {
    auto number = positive_integer(value);
    if (!number && value.is_string()) {
        number = positive_digits(value.get_ref<const std::string&>());
    }
    if (!number) {
        throw FieldError(what + " is not a positive integer");
    }
    return *number;
}

std::optional<std::int64_t> number_ending(const std::string& url) {
    const auto slash = url.rfind('/');
    if (slash == std::string::npos) {
        return std::nullopt;
    }
    return positive_digits(std::string_view(url).substr(slash + 1));
}

std::string author_of(const json& item) {
    const json* user = find(item, {"user"});
    if (user == nullptr) {
        return {};
    }
    if (!user->is_object()) {
        throw FieldError("user is not an object");
    }
    return to_lower_ascii(required_string(item, {"user", "login"}));
}

std::vector<std::string> label_names(const json& item) {
    const json* labels = find(item, {"labels"});
    if (labels == nullptr) {
        return {};
    }
    if (!labels->is_array()) {
        throw FieldError("labels is not an array");
    }
    std::vector<std::string> names;
    names.reserve(labels->size());
    for (const json& label : *labels) {
        names.push_back(required_string(label, {"name"}));
    }
    return names;
}

}  // namespace sigaudit::gitee
