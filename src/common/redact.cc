#include "sigaudit/common/redact.h"

#include "sigaudit/common/strings.h"

namespace sigaudit {
namespace {

constexpr std::string_view kParameter = "access_token=";
constexpr std::string_view kMask = "***";
constexpr std::size_t kShortestSecret = 6;

bool ends_value(char c) {
    return c == '&' || c == '#' || c == ' ' || c == '"' || c == '\'' || c == '\n' || c == '\r' ||
           c == '\t' || c == '>';
}

std::string mask_parameter(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t found = pos;
        while (found + kParameter.size() <= text.size() &&
               !iequals(text.substr(found, kParameter.size()), kParameter)) {
            ++found;
        }
        if (found + kParameter.size() > text.size()) {
            out.append(text.substr(pos));
            break;
        }
        std::size_t end = found + kParameter.size();
        out.append(text.substr(pos, end - pos));
        out.append(kMask);
        while (end < text.size() && !ends_value(text[end])) {
            ++end;
        }
        pos = end;
    }
    return out;
}

void mask_secret(std::string& text, std::string_view secret) {
    for (std::size_t found = text.find(secret); found != std::string::npos;
         found = text.find(secret, found + kMask.size())) {
        text.replace(found, secret.size(), kMask);
    }
}

}  // namespace

std::string redact(std::string_view text, std::string_view secret) {
    std::string out = mask_parameter(text);
    // A secret of a few characters is no secret, and masking every "t" in a
    // message would leave nothing to read; Gitee tokens are 32 characters.
    if (secret.size() >= kShortestSecret) {
        mask_secret(out, secret);
    }
    return out;
}

}  // namespace sigaudit
