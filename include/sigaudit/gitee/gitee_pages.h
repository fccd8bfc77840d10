#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "sigaudit/activity/gitee_records.h"

namespace sigaudit {

// A page that is not what Gitee sends: not JSON, truncated, not an array, an
// item missing id/number/created_at, a field of the wrong type, a bad
// timestamp. Such a page must fail the fetch: skipping it would silently drop
// activity and change someone's eligibility.
class PageError : public std::runtime_error {
  public:
    // `endpoint` names the request, e.g. "GET /repos/mindspore/models/pulls?page=3";
    // an access_token in it is redacted, so the message is safe to log.
    PageError(std::string endpoint, std::string what);
    const std::string& endpoint() const { return endpoint_; }

  private:
    std::string endpoint_;
};

// Each parses one list page (a JSON array) of repository `repo` ("owner/name",
// stored lower case). An empty array is a valid page past the end.
std::vector<PullRecord> parse_pulls_page(std::string_view body, const std::string& repo,
                                         const std::string& endpoint);
std::vector<PullCommentRecord> parse_pull_comments_page(std::string_view body,
                                                        const std::string& repo,
                                                        const std::string& endpoint);
std::vector<IssueRecord> parse_issues_page(std::string_view body, const std::string& repo,
                                           const std::string& endpoint);
std::vector<IssueCommentRecord> parse_issue_comments_page(std::string_view body,
                                                          const std::string& repo,
                                                          const std::string& endpoint);

// The page count from the `total_page` header value; nothing when absent or malformed.
std::optional<int> parse_total_page(std::string_view header_value);

// The time an HTTP `Date` header gives (IMF-fixdate, "Thu, 03 Dec 2026
// 17:20:00 GMT"); nothing when it is not one.
std::optional<Instant> parse_http_date(std::string_view header_value);

// What an error answer says: the `message` of Gitee's JSON error body, else a
// short excerpt of the body (502/503 come as HTML). At most 200 bytes, one line.
std::string error_message_of(std::string_view body);

}  // namespace sigaudit
