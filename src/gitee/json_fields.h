#pragma once

// Typed reads of one item of a Gitee list page. Each names the field it
// rejects, so a PageError says what was wrong rather than what nlohmann saw.

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "sigaudit/common/calendar.h"

namespace sigaudit::gitee {

using nlohmann::json;

// A field that is missing or of the wrong type; the page parser adds the
// endpoint and the item's position.
class FieldError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Gitee's answers nest four or five levels deep; past this a body is not
// one of them, and parsing it (60 MB of '[' took 4.6 GiB) is refused.
inline constexpr int kMaxJsonDepth = 64;

// How deeply `body`'s arrays and objects nest, counted outside strings, up
// to kMaxJsonDepth + 1: a linear scan that allocates nothing, so a body is
// measured before nlohmann builds anything of it.
int json_nesting(std::string_view body);

// The value at `path` below `item`, or nullptr when a step is absent or null.
// Gitee sends null where an object is expected, so null means "absent".
const json* find(const json& item, std::initializer_list<const char*> path);

// The value at `path`; FieldError when it is absent or null.
const json& required(const json& item, std::initializer_list<const char*> path);
std::int64_t required_id(const json& item, const char* key);
std::string required_string(const json& item, std::initializer_list<const char*> path);
std::string optional_string(const json& item, const char* key);
Instant required_time(const json& item, const char* key);
std::optional<Instant> optional_time(const json& item, const char* key);

// The positive integer in `value`: a JSON integer or a string of digits.
std::int64_t positive_number(const json& value, const std::string& what);
// The positive integer that ends a URL path, as in ".../pulls/4821".
std::optional<std::int64_t> number_ending(const std::string& url);

// `user.login`, lower case; empty for a deleted account (user: null).
std::string author_of(const json& item);
// `labels[].name`, in Gitee's order.
std::vector<std::string> label_names(const json& item);

}  // namespace sigaudit::gitee
