#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sigaudit {

// A Gitee login (personal space path): letters, digits, '_', '-' and '.'.
bool is_valid_login(std::string_view login);

// A Gitee repository, "owner/repo": two segments, each like a login. This
// is what goes into an API path, so nothing else ('?', '%', "..") passes.
bool is_repo_name(std::string_view name);

// The login in a Gitee profile URL, as written (case kept). Accepts the
// variants found in real rosters: http or https or no scheme, "www.",
// a trailing slash, surrounding whitespace, a query or fragment. Returns
// nothing for anything that is not one path segment under gitee.com.
std::optional<std::string> login_from_gitee_home(std::string_view url);

}  // namespace sigaudit
