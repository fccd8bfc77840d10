// Gitee API answers: every list-page parser, the total_page header and the
// error-body excerpt on any bytes (a page is not checked for UTF-8 before
// parsing). PageError is the documented failure of a page; any other
// exception escaping is a bug.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "sigaudit/gitee/gitee_pages.h"

using namespace sigaudit;

namespace {

const std::string kRepo = "MindSpore/Models";
// The token must never reach a PageError's message.
const std::string kEndpoint = "GET /repos/mindspore/models/pulls?page=3&access_token=fuzzsecret";

template <typename Parse>
void parse_or_page_error(Parse parse, std::string_view body) {
    try {
        const auto records = parse(body, kRepo, kEndpoint);
        for (const auto& record : records) {
            fuzz::check(record.repo == "mindspore/models", "a record of another repository");
            fuzz::check(!record.url.empty(), "a record without a url");
        }
    } catch (const PageError& e) {
        fuzz::check(std::string_view(e.what()).find("fuzzsecret") == std::string_view::npos,
                    "a PageError shows the access token");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    parse_or_page_error(parse_pulls_page, body);
    parse_or_page_error(parse_pull_comments_page, body);
    parse_or_page_error(parse_issues_page, body);
    parse_or_page_error(parse_issue_comments_page, body);

    if (const auto pages = parse_total_page(body)) {
        fuzz::check(*pages >= 0, "a negative page count");
    }
    const std::string message = error_message_of(body);
    fuzz::check(message.size() <= 200, "an error message over 200 bytes");
    fuzz::check(message.find('\n') == std::string::npos, "an error message of several lines");
    return 0;
}
