#include <catch2/catch.hpp>

#include <string>

#include "gitee/list_download.h"
#include "gitee/list_endpoint.h"
#include "gitee/retry_policy.h"
#include "sigaudit/config/defaults.h"
#include "sigaudit/gitee/gitee_pages.h"

using namespace sigaudit;
using namespace sigaudit::gitee_detail;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

HttpResponse answer(long status, std::string body = "[]",
                    std::map<std::string, std::string> headers = {}) {
    HttpResponse response;
    response.status = status;
    response.body = std::move(body);
    response.headers = std::move(headers);
    return response;
}

std::string comment(int id, int updated_second) {
    return "{\"id\":" + std::to_string(id) +
           ",\"user\":{\"login\":\"alice\"},\"body\":\"ok\","
           "\"created_at\":\"2026-03-01T10:00:00+08:00\",\"updated_at\":\"2026-03-01T10:00:" +
           (updated_second < 10 ? "0" : "") + std::to_string(updated_second) +
           "+08:00\",\"target\":{\"issue\":{\"number\":\"I1\"}}}";
}

std::string page_of(std::initializer_list<int> ids) {
    std::string body = "[";
    for (const int id : ids) {
        body += (body.size() > 1 ? "," : "") + comment(id, id % 60);
    }
    return body + "]";
}

// What the fetcher does with a 200 answer: parse, then hand the items over.
void arrive(ListDownload& list, int page, const std::string& body,
            const std::map<std::string, std::string>& headers) {
    list.page_arrived(page, parse_list_page(list.endpoint(), page, body), headers);
}

// A full page of comments with ids from `first` on.
std::string full_page(int first) {
    std::string body = "[";
    for (int id = first; id < first + kPerPage; ++id) {
        body += (id > first ? "," : "") + comment(id, id % 60);
    }
    return body + "]";
}

constexpr int kMaxPages = sigaudit::defaults::kMaxPages;

std::map<std::string, std::string> totals(int count, int pages) {
    return {{"total_count", std::to_string(count)}, {"total_page", std::to_string(pages)}};
}

}  // namespace

TEST_CASE("answers are sorted into success, retry, wait, stop and give up", "[fetch]") {
    CHECK(classify(answer(200)).kind == AnswerKind::success);
    CHECK(classify(answer(502, "<html>Bad Gateway</html>")).kind == AnswerKind::transient);
    CHECK(classify(answer(503, "<html/>")).kind == AnswerKind::transient);
    HttpResponse cut = answer(0);
    cut.error = "Connection reset by peer";
    CHECK(classify(cut).kind == AnswerKind::transient);
    const Answer limited =
        classify(answer(429, R"({"message":"Too Many Requests"})", {{"retry-after", "7"}}));
    CHECK(limited.kind == AnswerKind::rate_limited);
    CHECK(limited.retry_after == seconds(7));
    CHECK(classify(answer(403, R"({"message":"Rate Limit Exceeded"})")).kind ==
          AnswerKind::rate_limited);
    const Answer forbidden = classify(answer(403, R"({"message":"Forbidden repository"})"));
    CHECK(forbidden.kind == AnswerKind::permanent);
    CHECK(forbidden.message == "HTTP 403: Forbidden repository");
    CHECK(classify(answer(401, R"({"message":"401 Unauthorized"})")).kind ==
          AnswerKind::token_rejected);
    CHECK(classify(answer(404, R"({"message":"Not Found Project"})")).kind ==
          AnswerKind::permanent);
}

TEST_CASE("backoff doubles with jitter and stops at its bounds", "[fetch]") {
    Backoff backoff(3, milliseconds(100), seconds(300), 42);
    const Answer failed{AnswerKind::transient, std::nullopt, "502"};
    const auto first = backoff.next(1, milliseconds(0), failed);
    const auto second = backoff.next(2, milliseconds(0), failed);
    const auto third = backoff.next(3, milliseconds(0), failed);
    REQUIRE(first);
    REQUIRE(second);
    REQUIRE(third);
    CHECK((*first >= milliseconds(50) && *first <= milliseconds(100)));
    CHECK((*second >= milliseconds(100) && *second <= milliseconds(200)));
    CHECK((*third >= milliseconds(200) && *third <= milliseconds(400)));
    CHECK_FALSE(backoff.next(4, milliseconds(0), failed));

    SECTION("Retry-After is honoured, within the total wait") {
        const Answer limited{AnswerKind::rate_limited, seconds(2), "429"};
        const auto wait = backoff.next(1, milliseconds(0), limited);
        REQUIRE(wait);
        CHECK((*wait >= milliseconds(2000) && *wait <= milliseconds(2050)));
        Backoff patient_only_briefly(5, milliseconds(100), seconds(3), 1);
        CHECK_FALSE(patient_only_briefly.next(1, milliseconds(2000), limited));
    }
}

TEST_CASE("list requests ask for everything, oldest change first, 100 a page", "[fetch]") {
    ListEndpoint pulls{"mindspore/models", GiteeList::pulls, std::nullopt};
    CHECK(pulls.describe(3) ==
          "GET "
          "/repos/mindspore/models/pulls?state=all&sort=updated&direction=asc&page=3&per_page=100");
    ListEndpoint comments{"mindspore/models", GiteeList::issue_comments, 1'772'323'200};
    CHECK(comments.url("http://127.0.0.1:9/api/v5/", "t+k", 1) ==
          "http://127.0.0.1:9/api/v5/repos/mindspore/models/issues/comments?sort=updated&"
          "direction=asc&since=2026-03-01T08%3A00%3A00%2B08%3A00&page=1&per_page=100&"
          "access_token=t%2Bk");
}

TEST_CASE("a list download reads every announced page and keeps each id once", "[fetch]") {
    ListDownload list(ListEndpoint{"o/r", GiteeList::issue_comments, std::nullopt}, kMaxPages);
    CHECK(list.take_pages() == std::vector<int>{1});
    arrive(list, 1, page_of({1, 2}), totals(5, 3));
    CHECK(list.take_pages() == std::vector<int>{2, 3});
    arrive(list, 3, page_of({5}), totals(5, 3));
    CHECK_FALSE(list.done());
    // Page 2 was read after item 2 changed: it comes again, item 3 is there.
    arrive(list, 2, page_of({3, 4, 2}), totals(5, 3));
    CHECK(list.done());
    CHECK(list.items() == 5);
    CHECK(list.pages_done() == 3);
}

TEST_CASE("a pass that comes up short is read again, and reported after three", "[fetch]") {
    ListDownload list(ListEndpoint{"o/r", GiteeList::issue_comments, std::nullopt}, kMaxPages);
    list.take_pages();
    arrive(list, 1, page_of({1, 2}), totals(4, 2));
    list.take_pages();
    arrive(list, 2, "[]", totals(4, 2));  // an early empty page
    CHECK_FALSE(list.done());
    CHECK(list.take_pages() == std::vector<int>{1});

    SECTION("the second reading completes the list") {
        arrive(list, 1, page_of({1, 2}), totals(4, 2));
        list.take_pages();
        arrive(list, 2, page_of({3, 4}), totals(4, 2));
        CHECK(list.done());
        CHECK_FALSE(list.inconsistency());
        CHECK(list.items() == 4);
    }
    SECTION("three short readings fail the list, loudly") {
        for (int pass = 2; pass <= 3; ++pass) {
            list.take_pages();
            arrive(list, 1, page_of({1, 2}), totals(4, 2));
            list.take_pages();
            arrive(list, 2, "[]", totals(4, 2));
        }
        CHECK(list.done());
        REQUIRE(list.inconsistency());
        CHECK_THAT(*list.inconsistency(), Catch::Contains("announced 4 items but 2 distinct"));
    }
}

TEST_CASE("a list download keeps at most a window of pages in flight", "[fetch]") {
    ListDownload list(ListEndpoint{"o/r", GiteeList::issue_comments, std::nullopt}, kMaxPages);
    list.take_pages();
    arrive(list, 1, full_page(1), totals(200 * kPerPage, 200));
    const std::vector<int> first = list.take_pages();
    REQUIRE(first.size() == ListDownload::kWindow);
    CHECK(first.front() == 2);
    CHECK(first.back() == 1 + ListDownload::kWindow);
    arrive(list, 2, full_page(101), totals(200 * kPerPage, 200));
    CHECK(list.take_pages() == std::vector<int>{2 + ListDownload::kWindow});
    CHECK(list.pages_known() == 200);
}

TEST_CASE("an empty page before the last ends the list there, with a warning", "[fetch]") {
    ListDownload list(ListEndpoint{"o/r", GiteeList::issue_comments, std::nullopt}, kMaxPages);
    list.take_pages();
    // A billion pages announced, and a total_count to match: only the
    // window in flight is asked for once page 2 comes back empty.
    arrive(list, 1, full_page(1), totals(1'000'000, 10'000));
    const std::vector<int> in_flight = list.take_pages();
    arrive(list, 2, "[]", totals(1'000'000, 10'000));
    CHECK(list.take_pages().empty());
    REQUIRE(list.warnings().size() == 1);
    CHECK_THAT(list.warnings()[0],
               Catch::Contains("page=2") && Catch::Contains("of 10000 came back empty"));
    for (std::size_t i = 1; i < in_flight.size(); ++i) {
        arrive(list, in_flight[i], "[]", totals(1'000'000, 10'000));
    }
    CHECK(list.warnings().size() == 1);
    // Short of what was announced: read again from page 1.
    CHECK(list.take_pages() == std::vector<int>{1});
}

TEST_CASE("a list past the page cap is an inconsistency, never read in part", "[fetch]") {
    SECTION("announced") {
        ListDownload list(ListEndpoint{"o/r", GiteeList::issue_comments, std::nullopt}, 50);
        list.take_pages();
        arrive(list, 1, full_page(1), totals(60 * kPerPage, 60));
        CHECK(list.done());
        REQUIRE(list.inconsistency());
        CHECK_THAT(*list.inconsistency(),
                   Catch::Contains(
                       "the list announces 60 pages, more than the page cap of 50 (--max-pages)"));
        CHECK(list.take_pages().empty());
    }
    SECTION("read one after another") {
        ListDownload list(ListEndpoint{"o/r", GiteeList::issue_comments, std::nullopt}, 2);
        list.take_pages();
        arrive(list, 1, full_page(1), {});
        arrive(list, 2, full_page(101), {});
        CHECK(list.done());
        REQUIRE(list.inconsistency());
        CHECK_THAT(*list.inconsistency(),
                   Catch::Contains("page 2 is full: the list goes on past 2 pages, the page cap"));
        CHECK(list.take_pages().empty());
    }
}

TEST_CASE("without total_page, pages are read until one is not full", "[fetch]") {
    ListDownload list(ListEndpoint{"o/r", GiteeList::issue_comments, std::nullopt}, kMaxPages);
    list.take_pages();
    std::string full = "[";
    for (int id = 1; id <= kPerPage; ++id) {
        full += (id > 1 ? "," : "") + comment(id, id % 60);
    }
    full += "]";
    arrive(list, 1, full, {});
    CHECK(list.take_pages() == std::vector<int>{2});
    arrive(list, 2, page_of({101}), {});
    CHECK(list.done());
    CHECK(list.items() == 101);
}

TEST_CASE("a body that is not a page is an error, never an empty page", "[fetch]") {
    ListDownload list(ListEndpoint{"o/r", GiteeList::issue_comments, std::nullopt}, kMaxPages);
    list.take_pages();
    CHECK_THROWS_AS(arrive(list, 1, "[{\"id\":1,", totals(1, 1)), PageError);
    CHECK(list.pages_done() == 0);
    CHECK_THROWS_AS(arrive(list, 1, "<html>502</html>", totals(1, 1)), PageError);
}

TEST_CASE("an HTTP Date header is read as IMF-fixdate only", "[fetch]") {
    CHECK(sigaudit::parse_http_date("Thu, 03 Dec 2026 17:20:00 GMT") == 1796318400);
    CHECK_FALSE(sigaudit::parse_http_date("Thursday, 03-Dec-26 17:20:00 GMT"));
    CHECK_FALSE(sigaudit::parse_http_date("Thu, 03 Dec 2026 17:20:00 PST"));
    CHECK_FALSE(sigaudit::parse_http_date(""));
}
