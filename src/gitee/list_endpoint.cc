#include "list_endpoint.h"

#include <fmt/format.h>

namespace sigaudit::gitee_detail {
namespace {

std::string percent_encode(std::string_view text) {
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
            (byte >= '0' && byte <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
            out += c;
        } else {
            out += fmt::format("%{:02X}", byte);
        }
    }
    return out;
}

}  // namespace

std::string ListEndpoint::path_and_query(int page) const {
    const GiteeListInfo& info = gitee_list_info(list);
    std::string query = info.takes_state ? "state=all&" : "";
    query += "sort=updated&direction=asc";
    if (since) {
        // Gitee reads `since` in the offset given; +08:00 is how it writes times.
        query += "&since=" + percent_encode(format_timestamp(*since, UtcOffset{}));
    }
    return fmt::format("/repos/{}/{}?{}&page={}&per_page={}", repo, info.api_path, query, page,
                       kPerPage);
}

std::string ListEndpoint::describe(int page) const {
    return "GET " + path_and_query(page);
}

std::string ListEndpoint::url(const std::string& api_url, const std::string& token,
                              int page) const {
    std::string base = api_url;
    while (!base.empty() && base.back() == '/') {
        base.pop_back();
    }
    std::string full = base + path_and_query(page);
    if (!token.empty()) {
        full += "&access_token=" + percent_encode(token);
    }
    return full;
}

}  // namespace sigaudit::gitee_detail
