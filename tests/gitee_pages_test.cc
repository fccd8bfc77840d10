#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "gitee/json_fields.h"
#include "sigaudit/activity/activity.h"
#include "sigaudit/gitee/gitee_pages.h"
#include "support/temp_dir.h"

using namespace sigaudit;

namespace {

const std::string endpoint = "GET /repos/mindspore/models/pulls?page=3";

std::string sample(const std::string& name) {
    std::ifstream in(testing::fixture("gitee/" + name), std::ios::binary);
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The message of the PageError that parsing `body` as a pull list throws.
std::string pulls_error(const std::string& body) {
    try {
        parse_pulls_page(body, "mindspore/models", endpoint);
    } catch (const PageError& e) {
        CHECK(e.endpoint() == endpoint);
        return e.what();
    }
    FAIL("expected a PageError for: " << body);
    return {};
}

// One pull request item with `field` set to raw JSON `value` (or dropped when empty).
std::string pull_with(const std::string& field, const std::string& value) {
    std::string item = R"({"id": 1, "number": 7, "state": "open", "user": {"login": "A"},)"
                       R"( "created_at": "2026-03-01T10:00:00+08:00")";
    if (!value.empty()) {
        item += ", \"" + field + "\": " + value;
    }
    return "[" + item + "}]";
}

}  // namespace

TEST_CASE("pulls.json parses to the pull requests in it", "[gitee]") {
    const auto pulls = parse_pulls_page(sample("pulls.json"), "MindSpore/Models", endpoint);
    REQUIRE(pulls.size() == 2);

    const PullRecord& merged = pulls[0];
    CHECK(merged.id == 9120331);
    CHECK(merged.repo == "mindspore/models");
    CHECK(merged.number == 4821);
    CHECK(merged.state == "merged");
    CHECK(merged.author == "li_na");
    CHECK(merged.title == "add resnet50 ascend readme");
    CHECK(merged.labels == std::vector<std::string>{"lgtm", "approved"});
    CHECK(merged.created_at == 1772414095);
    CHECK(merged.updated_at == 1772702981);
    CHECK(merged.merged_at == std::optional<Instant>(1772702981));
    CHECK(merged.url == "https://gitee.com/mindspore/models/pulls/4821");

    const PullRecord& open = pulls[1];
    CHECK(open.id == 9120388);
    CHECK(open.number == 4822);
    CHECK(open.state == "open");
    CHECK(open.author == "chen-x");
    CHECK(open.labels.empty());
    CHECK(open.updated_at == 1774972920);
    CHECK_FALSE(open.merged_at.has_value());
}

TEST_CASE("pull-comments.json parses with PR numbers from pull_request_url", "[gitee]") {
    const auto comments =
        parse_pull_comments_page(sample("pull-comments.json"), "mindspore/models", endpoint);
    REQUIRE(comments.size() == 4);
    CHECK(comments[0].id == 20010001);
    CHECK(comments[0].author == "zhang_reviewer");
    CHECK(comments[0].comment_type == "diff_comment");  // on a line of the diff
    CHECK(comments[1].id == 20010002);
    CHECK(comments[1].comment_type == "pr_comment");
    CHECK(comments[1].body == "/lgtm");
    CHECK(comments[1].created_at == 1772700012);
    CHECK(comments[1].url == "https://gitee.com/mindspore/models/pulls/4821#note_20010002");
    CHECK(comments[2].author == "li_na");
    CHECK(comments[2].body == "  /retest\n");
    CHECK(comments[3].id == 20010004);
    CHECK(comments[3].author.empty());  // user: null, a deleted account
    for (const auto& comment : comments) {
        CHECK(comment.repo == "mindspore/models");
        CHECK(comment.pull_number == 4821);
    }
}

// Bodies are kept as Gitee sends them: escaping a "\r" here would make
// "/lgtm\r\n" no command (what is shown is escaped when it is printed).
TEST_CASE("a comment body keeps its line breaks for command detection", "[gitee]") {
    const std::string page = R"([{"id": 5, "created_at": "2026-03-01T10:00:00+08:00",
        "body": "/lgtm\r\nthanks", "_links":
        {"pull_request": {"href": "https://gitee.com/api/v5/repos/o/r/pulls/12"}}}])";
    const auto comments = parse_pull_comments_page(page, "o/r", endpoint);
    REQUIRE(comments.size() == 1);
    CHECK(comments[0].body == "/lgtm\r\nthanks");
    CHECK(sigaudit::command_word(comments[0].body) == std::optional<std::string>("lgtm"));
}

TEST_CASE("a pull comment finds its PR through _links or fails the page", "[gitee]") {
    const std::string links = R"([{"id": 5, "created_at": "2026-03-01T10:00:00+08:00", "_links":
        {"pull_request": {"href": "https://gitee.com/api/v5/repos/o/r/pulls/12"}}}])";
    const auto comments = parse_pull_comments_page(links, "o/r", endpoint);
    REQUIRE(comments.size() == 1);
    CHECK(comments[0].pull_number == 12);
    CHECK(comments[0].url == "https://gitee.com/o/r/pulls/12#note_5");
    CHECK(comments[0].comment_type.empty());  // Gitee did not say

    const std::string orphan = R"([{"id": 5, "created_at": "2026-03-01T10:00:00+08:00",
        "pull_request_url": "https://gitee.com/api/v5/repos/o/r/pulls/"}])";
    CHECK_THROWS_AS(parse_pull_comments_page(orphan, "o/r", endpoint), PageError);
}

TEST_CASE("issues.json parses to the issues in it", "[gitee]") {
    const auto issues = parse_issues_page(sample("issues.json"), "mindspore/mindspore", endpoint);
    REQUIRE(issues.size() == 2);

    const IssueRecord& bug = issues[0];
    CHECK(bug.id == 3310021);
    CHECK(bug.repo == "mindspore/mindspore");
    CHECK(bug.number == "I8QX2B");
    CHECK(bug.state == "closed");
    CHECK(bug.issue_type == "缺陷");
    CHECK(bug.author == "chen-x");
    CHECK(bug.labels == std::vector<std::string>{"kind/bug", "device/cpu"});
    CHECK(bug.created_at == 1772194263);
    CHECK(bug.url == "https://gitee.com/mindspore/mindspore/issues/I8QX2B");

    CHECK(issues[1].number == "I8R01Z");
    CHECK(issues[1].state == "rejected");
    CHECK(issues[1].issue_type == "任务");
    CHECK(issues[1].labels.empty());
}

TEST_CASE("an issue without issue_type falls back to issue_type_detail", "[gitee]") {
    const std::string body = R"([{"id": 9, "number": "I1", "created_at": "2026-03-01T10:00:00Z",
        "issue_type": null, "issue_type_detail": {"title": "需求"}, "user": null}])";
    const auto issues = parse_issues_page(body, "o/r", endpoint);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].issue_type == "需求");
    CHECK(issues[0].author.empty());
    CHECK(issues[0].url == "https://gitee.com/o/r/issues/I1");
}

TEST_CASE("issue-comments.json parses with issue numbers from target", "[gitee]") {
    const auto comments =
        parse_issue_comments_page(sample("issue-comments.json"), "mindspore/mindspore", endpoint);
    REQUIRE(comments.size() == 2);
    CHECK(comments[0].id == 30020001);
    CHECK(comments[0].author == "zhang_reviewer");
    CHECK(comments[0].created_at == 1772242200);
    CHECK(comments[0].url == "https://gitee.com/mindspore/mindspore/issues/I8QX2B#note_30020001");
    CHECK(comments[1].author == "chen-x");
    CHECK(comments[1].body == "Thanks, fixed in !60123");
    for (const auto& comment : comments) {
        CHECK(comment.issue_number == "I8QX2B");
    }
}

TEST_CASE("a page past the end is an empty array", "[gitee]") {
    CHECK(parse_pulls_page("[]", "o/r", endpoint).empty());
    CHECK(parse_issue_comments_page(" [ ]\n", "o/r", endpoint).empty());
}

TEST_CASE("a PR number may come as a numeric string", "[gitee]") {
    const auto pulls = parse_pulls_page(pull_with("x", ""), "o/r", endpoint);
    REQUIRE(pulls.size() == 1);
    CHECK(pulls[0].number == 7);
    CHECK(pulls[0].author == "a");
    const std::string quoted =
        R"([{"id": 1, "number": "42", "created_at": "2026-03-01T10:00:00Z"}])";
    CHECK(parse_pulls_page(quoted, "o/r", endpoint).at(0).number == 42);
}

TEST_CASE("a page that is not what Gitee sends is a PageError naming the endpoint", "[gitee]") {
    const std::string pulls = sample("pulls.json");
    const std::string html =
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
        "<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n";
    const auto [body, expected] = GENERATE_COPY(table<std::string, std::string>({
        {pulls.substr(0, 100), "ends early"},
        {html, "not valid JSON"},
        {R"({"message": "Not Found Project"})", "expected a JSON array, got object"},
        {"", "ends early"},
        {"[\"\xff\xfe\"]", "not valid JSON"},
        {"[42]", "item 0: not an object"},
        {R"([{"id": "1", "number": 7, "created_at": "2026-03-01T10:00:00Z"}])",
         "id is not a positive integer"},
        {R"([{"number": 1, "created_at": "2026-03-01T10:00:00Z"}])", "missing id"},
        {R"([{"id": 1, "created_at": "2026-03-01T10:00:00Z"}])", "missing number"},
        {R"([{"id": 1, "number": 7}])", "missing created_at"},
        {pull_with("merged_at", "\"yesterday\""), "merged_at is not a timestamp"},
        {pull_with("user", "{\"login\": 5}"), "user.login"},
        {pull_with("labels", "[{\"name\": [\"x\"]}]"), "name"},
        {pull_with("title", "{}"), "title is not a string"},
    }));
    CAPTURE(body);
    const std::string message = pulls_error(body);
    CHECK_THAT(message, Catch::Contains(endpoint));
    CHECK_THAT(message, Catch::Contains(expected));
}

TEST_CASE("a PageError never shows the access token", "[gitee]") {
    const PageError error("GET /repos/o/r/pulls?page=2&access_token=s3cr3t&per_page=100", "bad");
    CHECK_THAT(error.what(), !Catch::Contains("s3cr3t"));
    CHECK(error.endpoint().find("s3cr3t") == std::string::npos);
}

TEST_CASE("parse_total_page reads the total_page header", "[gitee]") {
    CHECK(parse_total_page("14") == std::optional<int>(14));
    CHECK(parse_total_page(" 1 ") == std::optional<int>(1));
    CHECK(parse_total_page("0") == std::optional<int>(0));
    CHECK_FALSE(parse_total_page(""));
    CHECK_FALSE(parse_total_page("abc"));
    CHECK_FALSE(parse_total_page("-1"));
    CHECK_FALSE(parse_total_page("14pages"));
    CHECK_FALSE(parse_total_page("99999999999999999999"));
}

TEST_CASE("error_message_of gives Gitee's message or a clean excerpt", "[gitee]") {
    CHECK(error_message_of(R"({"message":"401 Unauthorized: Access token does not exist"})") ==
          "401 Unauthorized: Access token does not exist");
    CHECK(error_message_of(R"({"message":"Rate Limit Exceeded"})") == "Rate Limit Exceeded");
    CHECK(error_message_of("<html>\r\n<head><title>503 Service Unavailable</title></head>\r\n"
                           "<body>\r\n</body></html>") == "503 Service Unavailable");
    CHECK(error_message_of("upstream\ttimed out\x01\n") == "upstream timed out");

    const std::string long_body(1000, 'x');
    CHECK(error_message_of(long_body).size() == 200);
    // 222 bytes of three-byte characters: cut at a character boundary, not inside one.
    CHECK(error_message_of(
              "缺陷缺陷缺陷缺陷缺陷缺陷缺陷缺陷缺陷缺陷缺陷缺陷缺陷缺陷缺陷缺陷缺陷缺陷缺陷缺陷"
              "缺陷缺陷缺陷缺陷缺陷缺陷缺陷缺陷缺陷缺陷缺陷缺陷缺陷缺陷缺陷缺陷缺陷")
              .size() == 198);
}

TEST_CASE("json_nesting counts brackets outside strings only", "[gitee]") {
    using sigaudit::gitee::json_nesting;
    CHECK(json_nesting("[]") == 1);
    CHECK(json_nesting(R"([{"a": [1, {"b": "[[[[["}]}])") == 4);
    CHECK(json_nesting(R"(["\"[[[", "\\", [[]]])") == 3);
    CHECK(json_nesting(std::string(100000, '[')) == sigaudit::gitee::kMaxJsonDepth + 1);
    CHECK_THAT(pulls_error(std::string(1000, '[')), Catch::Contains("nests deeper than 64 levels"));
}
