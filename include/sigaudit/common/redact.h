#pragma once

#include <string>
#include <string_view>

namespace sigaudit {

// What every message that may carry a request goes through before anyone
// sees it. Gitee authenticates with a query parameter, so URLs, libcurl's
// error strings and echoed request lines all carry the token: each
// `access_token=VALUE` becomes `access_token=***`, and so does every other
// occurrence of `secret` (when it has at least 6 characters).
std::string redact(std::string_view text, std::string_view secret = {});

}  // namespace sigaudit
