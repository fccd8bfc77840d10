#include <algorithm>
#include <atomic>
#include <chrono>
#include <regex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/fake_gitee_client.h"

using sigaudit::testing::FakeGitee;
using namespace sigaudit::testing::fake_client;

TEST_CASE("fake Gitee faults answer like Gitee in trouble", "[fake_gitee]") {
    using Kind = FakeGitee::FaultKind;
    FakeGitee gitee;
    gitee.generate(repo, {30, 0, 0, 0});
    const Params params{{"state", "all"}, {"page", "1"}};

    SECTION("error answers, then a normal page once the fault is used up") {
        struct Case {
            Kind kind;
            int status;
            std::string message;
        };
        const std::vector<Case> cases{
            {Kind::bad_gateway, 502, "502 Bad Gateway"},
            {Kind::service_unavailable, 503, "503 Service"},
            {Kind::too_many_requests, 429, "Too Many Requests"},
            {Kind::rate_limited, 403, "Rate Limit Exceeded"},
            {Kind::unauthorized, 401, "401 Unauthorized: Access token does not exist"},
            {Kind::not_found, 404, "Not Found Project"},
        };
        for (const Case& c : cases) {
            INFO("status " << c.status);
            gitee.add_fault(fault_of(c.kind));
            const auto res = get(gitee, path_of(List::pulls), params);
            REQUIRE(res);
            CHECK(res->status == c.status);
            CHECK_THAT(sigaudit::error_message_of(res->body), Catch::Contains(c.message));
            const auto next = get(gitee, path_of(List::pulls), params);
            CHECK(next->status == 200);
        }
    }
    SECTION("429 says when to retry") {
        auto fault = fault_of(Kind::too_many_requests);
        fault.retry_after = 3;
        gitee.add_fault(fault);
        const auto res = get(gitee, path_of(List::pulls), params);
        CHECK(res->get_header_value("Retry-After") == "3");
    }
    SECTION("502 and 503 come as HTML") {
        gitee.add_fault(fault_of(Kind::service_unavailable));
        const auto res = get(gitee, path_of(List::pulls), params);
        CHECK_THAT(res->get_header_value("Content-Type"), Catch::StartsWith("text/html"));
        CHECK_THAT(res->body, Catch::StartsWith("<html>"));
    }
    SECTION("truncated_json is a complete answer with a cut body") {
        gitee.add_fault(fault_of(Kind::truncated_json));
        const auto res = get(gitee, path_of(List::pulls), params);
        REQUIRE(res);
        CHECK(res->status == 200);
        CHECK(header_number(res, "total_count") == 30);
        CHECK(std::stoul(res->get_header_value("Content-Length")) == res->body.size());
        CHECK_THROWS_AS(sigaudit::parse_pulls_page(res->body, repo, endpoint), sigaudit::PageError);
        CHECK(res->body.size() > 100);
    }
    SECTION("html_body is a 200 that is not JSON") {
        gitee.add_fault(fault_of(Kind::html_body));
        const auto res = get(gitee, path_of(List::pulls), params);
        CHECK(res->status == 200);
        CHECK_THROWS_AS(sigaudit::parse_pulls_page(res->body, repo, endpoint), sigaudit::PageError);
    }
    SECTION("empty_page answers [] although the headers promise items") {
        gitee.add_fault(fault_of(Kind::empty_page));
        const auto res = get(gitee, path_of(List::pulls), params);
        CHECK(res->status == 200);
        CHECK(res->body == "[]");
        CHECK(header_number(res, "total_count") == 30);
        CHECK(header_number(res, "total_page") == 2);
    }
    SECTION("slow answers correctly after the delay") {
        auto fault = fault_of(Kind::slow);
        fault.delay = std::chrono::milliseconds(300);
        gitee.add_fault(fault);
        const auto start = std::chrono::steady_clock::now();
        const auto res = get(gitee, path_of(List::pulls), params);
        CHECK(std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(300));
        CHECK(sigaudit::parse_pulls_page(res->body, repo, endpoint).size() == 20);
    }
    SECTION("drop_connection leaves the client with a failed read") {
        gitee.add_fault(fault_of(Kind::drop_connection));
        const auto res = get(gitee, path_of(List::pulls), params);
        CHECK(!res);
        CHECK(res.error() != httplib::Error::Success);
        CHECK(get(gitee, path_of(List::pulls), params)->status == 200);
    }
    SECTION("a fault hits only its repository, list and page") {
        auto fault = fault_of(Kind::bad_gateway);
        fault.page = 2;
        fault.times = -1;
        gitee.add_fault(fault);
        gitee.generate("other/repo", {30, 0, 30, 0});
        CHECK(get(gitee, path_of(List::pulls), params)->status == 200);
        CHECK(get(gitee, path_of(List::pulls), {{"page", "2"}})->status == 502);
        CHECK(get(gitee, path_of(List::pulls), {{"page", "2"}})->status == 502);
        CHECK(get(gitee, path_of(List::issues, "other/repo"), {{"page", "2"}})->status == 200);
        CHECK(get(gitee, path_of(List::pulls, "other/repo"), {{"page", "2"}})->status == 200);
        gitee.clear_faults();
        CHECK(get(gitee, path_of(List::pulls), {{"page", "2"}})->status == 200);
    }
    SECTION("times counts matching requests down") {
        auto fault = fault_of(Kind::service_unavailable);
        fault.times = 2;
        fault.page.reset();
        gitee.add_fault(fault);
        CHECK(get(gitee, path_of(List::pulls), params)->status == 503);
        CHECK(get(gitee, path_of(List::pulls), {{"page", "2"}})->status == 503);
        CHECK(get(gitee, path_of(List::pulls), params)->status == 200);
    }
}

TEST_CASE("fake Gitee with require_token answers 401 without it", "[fake_gitee]") {
    FakeGitee gitee;
    gitee.generate(repo, {5, 0, 0, 0});
    gitee.require_token("secret-token");

    const auto missing = get(gitee, path_of(List::pulls));
    CHECK(missing->status == 401);
    CHECK(sigaudit::error_message_of(missing->body) ==
          "401 Unauthorized: Access token does not exist");
    CHECK(get(gitee, path_of(List::pulls), {{"access_token", "wrong"}})->status == 401);
    CHECK(get(gitee, path_of(List::pulls), {{"access_token", "secret-token"}})->status == 200);
}

TEST_CASE("fake Gitee answers 404 for unknown paths and repositories", "[fake_gitee]") {
    FakeGitee gitee;
    const auto unknown_path = get(gitee, "/api/v5/user/repos");
    CHECK(unknown_path->status == 404);
    CHECK(sigaudit::error_message_of(unknown_path->body) == "Not Found");
    const auto unknown_repo = get(gitee, path_of(List::pulls, "nobody/nothing"));
    CHECK(unknown_repo->status == 404);
    CHECK(sigaudit::error_message_of(unknown_repo->body) == "Not Found Project");
}
