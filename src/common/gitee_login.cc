#include "sigaudit/common/gitee_login.h"

#include <algorithm>

#include "sigaudit/common/strings.h"

namespace sigaudit {

namespace {

bool is_login_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.';
}

void remove_prefix_if(std::string_view& text, std::string_view prefix) {
    if (istarts_with(text, prefix)) {
        text.remove_prefix(prefix.size());
    }
}

}  // namespace

bool is_valid_login(std::string_view login) {
    constexpr std::size_t kMaxLoginLength = 100;
    return !login.empty() && login.size() <= kMaxLoginLength &&
           std::all_of(login.begin(), login.end(), is_login_char) &&
           login.find_first_not_of('.') != std::string_view::npos;
}

bool is_repo_name(std::string_view name) {
    const std::size_t slash = name.find('/');
    return slash != std::string_view::npos && is_valid_login(name.substr(0, slash)) &&
           is_valid_login(name.substr(slash + 1));
}

std::optional<std::string> login_from_gitee_home(std::string_view url) {
    std::string_view rest = trim(url);
    if (istarts_with(rest, "https://")) {
        rest.remove_prefix(8);
    } else if (istarts_with(rest, "http://")) {
        rest.remove_prefix(7);
    }
    remove_prefix_if(rest, "www.");
    constexpr std::string_view kHost = "gitee.com/";
    if (!istarts_with(rest, kHost)) {
        return std::nullopt;
    }
    rest.remove_prefix(kHost.size());
    rest = rest.substr(0, rest.find_first_of("?#"));
    while (!rest.empty() && rest.back() == '/') {
        rest.remove_suffix(1);
    }
    if (!is_valid_login(rest)) {
        return std::nullopt;
    }
    return std::string(rest);
}

}  // namespace sigaudit
