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

TEST_CASE("fake Gitee pages carry total_count and total_page", "[fake_gitee]") {
    FakeGitee gitee;
    gitee.generate(repo, {250, 0, 0, 0});

    const auto first = get(gitee, path_of(List::pulls), page_params(1));
    REQUIRE(first);
    CHECK(first->status == 200);
    CHECK(first->get_header_value("Content-Type") == "application/json; charset=utf-8");
    CHECK(header_number(first, "total_count") == 250);
    CHECK(header_number(first, "total_page") == 3);
    CHECK(sigaudit::parse_pulls_page(first->body, repo, endpoint).size() == 100);

    const auto last = get(gitee, path_of(List::pulls), page_params(3));
    CHECK(sigaudit::parse_pulls_page(last->body, repo, endpoint).size() == 50);

    const auto past_end = get(gitee, path_of(List::pulls), page_params(4));
    CHECK(past_end->status == 200);
    CHECK(past_end->body == "[]");
    CHECK(header_number(past_end, "total_count") == 250);

    SECTION("per_page defaults to 20") {
        const auto res = get(gitee, path_of(List::pulls), {{"state", "all"}});
        CHECK(sigaudit::parse_pulls_page(res->body, repo, endpoint).size() == 20);
        CHECK(header_number(res, "total_page") == 13);
    }
    SECTION("per_page is capped at 100") {
        const auto res = get(gitee, path_of(List::pulls), page_params(1, 500));
        CHECK(sigaudit::parse_pulls_page(res->body, repo, endpoint).size() == 100);
        CHECK(header_number(res, "total_page") == 3);
    }
    SECTION("an empty repository answers [] with zero totals") {
        gitee.add_empty_repo("o/empty");
        const auto res = get(gitee, path_of(List::issues, "o/empty"), page_params(1));
        CHECK(res->status == 200);
        CHECK(res->body == "[]");
        CHECK(header_number(res, "total_count") == 0);
        CHECK(header_number(res, "total_page") == 0);
    }
}

TEST_CASE("fake Gitee lists open pulls and issues unless state=all", "[fake_gitee]") {
    FakeGitee gitee;
    gitee.generate(repo, {300, 0, 300, 0});

    const auto pulls = all_pulls(gitee);
    REQUIRE(pulls.size() == 300);
    const auto open_pulls = std::count_if(pulls.begin(), pulls.end(),
                                          [](const auto& pull) { return pull.state == "open"; });
    const auto merged = all_pulls(gitee, {{"state", "merged"}});
    CHECK(!merged.empty());
    for (const auto& pull : merged) {
        CHECK(pull.state == "merged");
        CHECK(pull.merged_at.has_value());
    }
    std::set<std::string> pull_states;
    for (const auto& pull : pulls) {
        pull_states.insert(pull.state);
        CHECK(pull.merged_at.has_value() == (pull.state == "merged"));
    }
    CHECK(pull_states == std::set<std::string>{"open", "closed", "merged"});

    const auto issues = all_issues(gitee);
    REQUIRE(issues.size() == 300);
    const auto open_issues = std::count_if(issues.begin(), issues.end(),
                                           [](const auto& issue) { return issue.state == "open"; });
    std::set<std::string> issue_states;
    for (const auto& issue : issues) {
        issue_states.insert(issue.state);
    }
    CHECK(issue_states == std::set<std::string>{"open", "progressing", "closed", "rejected"});

    // Without state: only the open ones, as Gitee does.
    const auto default_pulls = get(gitee, path_of(List::pulls), {{"per_page", "100"}});
    CHECK(header_number(default_pulls, "total_count") == open_pulls);
    for (const auto& pull : sigaudit::parse_pulls_page(default_pulls->body, repo, endpoint)) {
        CHECK(pull.state == "open");
    }
    const auto default_issues = get(gitee, path_of(List::issues), {{"per_page", "100"}});
    CHECK(header_number(default_issues, "total_count") == open_issues);
    for (const auto& issue : sigaudit::parse_issues_page(default_issues->body, repo, endpoint)) {
        CHECK(issue.state == "open");
    }
}

TEST_CASE("fake Gitee filters by since and orders by sort and direction", "[fake_gitee]") {
    FakeGitee gitee;
    gitee.generate(repo, {0, 600, 0, 0});

    const auto comments = all_pull_comments(gitee);
    REQUIRE(comments.size() == 600);
    CHECK(std::is_sorted(comments.begin(), comments.end(),
                         [](const auto& a, const auto& b) { return a.updated_at < b.updated_at; }));
    CHECK(ids_of(comments) == gitee.ids(repo, List::pull_comments));

    const std::string since = "2026-01-01T00:00:00+08:00";
    const auto expected = std::count_if(comments.begin(), comments.end(), [&](const auto& c) {
        return c.updated_at >= instant(since);
    });
    REQUIRE(expected > 0);
    REQUIRE(expected < 600);
    const auto later = all_pull_comments(gitee, {{"since", since}});
    CHECK(static_cast<long>(later.size()) == expected);
    for (const auto& comment : later) {
        CHECK(comment.updated_at >= instant(since));
    }
    // The same moment written in UTC.
    CHECK(all_pull_comments(gitee, {{"since", "2025-12-31T16:00:00Z"}}).size() == later.size());

    SECTION("since is inclusive") {
        const auto pages = all_pages(gitee, List::pull_comments);
        const std::string pivot_time =
            nlohmann::json::parse(pages[3])[0]["updated_at"].get<std::string>();
        const auto& pivot = comments[300];
        REQUIRE(pivot.updated_at == instant(pivot_time));
        const auto from_pivot = all_pull_comments(gitee, {{"since", pivot_time}});
        const auto at_or_after =
            std::count_if(comments.begin(), comments.end(),
                          [&](const auto& c) { return c.updated_at >= pivot.updated_at; });
        CHECK(static_cast<long>(from_pivot.size()) == at_or_after);
        CHECK(from_pivot.front().updated_at == pivot.updated_at);
    }
    SECTION("an unencoded '+' in since is refused") {
        httplib::Client client("127.0.0.1", gitee.port());
        client.set_url_encode(false);
        const auto res = client.Get(path_of(List::pull_comments) +
                                    "?since=2026-01-01T00:00:00+08:00&sort=updated&direction=asc");
        REQUIRE(res);
        CHECK(res->status == 400);
        const auto encoded =
            client.Get(path_of(List::pull_comments) + "?since=2026-01-01T00:00:00%2B08:00");
        CHECK(encoded->status == 200);
        CHECK(get(gitee, path_of(List::pull_comments), {{"since", "yesterday"}})->status == 400);
    }
    SECTION("direction=desc reverses the order") {
        const auto newest_first = all_pull_comments(gitee, {{"direction", "desc"}});
        auto reversed = ids_of(comments);
        std::reverse(reversed.begin(), reversed.end());
        CHECK(ids_of(newest_first) == reversed);
    }
    SECTION("sort=created orders by creation") {
        const auto by_created = all_pull_comments(gitee, {{"sort", "created"}});
        REQUIRE(by_created.size() == 600);
        CHECK(std::is_sorted(
            by_created.begin(), by_created.end(),
            [](const auto& a, const auto& b) { return a.created_at < b.created_at; }));
    }
}

TEST_CASE("fake Gitee data parses through sigaudit's page parsers", "[fake_gitee]") {
    FakeGitee gitee;
    const std::vector<std::string> logins{"Li_Na", "zhang_reviewer", "chen-x"};
    gitee.generate(repo, {120, 300, 80, 150}, 7, logins);
    const auto sizes = gitee.sizes(repo);
    CHECK(sizes.pulls == 120);
    CHECK(sizes.issue_comments == 150);

    const auto pulls = all_pulls(gitee);
    const auto pull_comments = all_pull_comments(gitee);
    const auto issues = all_issues(gitee);
    const auto issue_comments = all_issue_comments(gitee);
    CHECK(pulls.size() == 120);
    CHECK(pull_comments.size() == 300);
    CHECK(issues.size() == 80);
    CHECK(issue_comments.size() == 150);
    CHECK(ids_of(pulls) == gitee.ids(repo, List::pulls));
    CHECK(ids_of(issue_comments) == gitee.ids(repo, List::issue_comments));

    std::set<std::int64_t> all_ids;
    std::set<std::string> authors;
    std::set<std::int64_t> pull_numbers;
    std::set<std::string> issue_numbers;
    int commands = 0;
    for (const auto& pull : pulls) {
        all_ids.insert(pull.id);
        authors.insert(pull.author);
        pull_numbers.insert(pull.number);
        CHECK_THAT(pull.url, Catch::StartsWith("https://gitee.com/mindspore/models/pulls/"));
        CHECK(pull.updated_at >= pull.created_at);
    }
    for (const auto& issue : issues) {
        all_ids.insert(issue.id);
        authors.insert(issue.author);
        issue_numbers.insert(issue.number);
        CHECK(std::regex_match(issue.number, std::regex("I[0-9A-Z]{5}")));
        CHECK((issue.issue_type == "缺陷" || issue.issue_type == "任务" ||
               issue.issue_type == "需求"));
    }
    for (const auto& comment : pull_comments) {
        all_ids.insert(comment.id);
        authors.insert(comment.author);
        CHECK(pull_numbers.count(comment.pull_number) == 1);
        commands += comment.body.find('/') == comment.body.find_first_not_of(' ') ? 1 : 0;
    }
    for (const auto& comment : issue_comments) {
        all_ids.insert(comment.id);
        authors.insert(comment.author);
        CHECK(issue_numbers.count(comment.issue_number) == 1);
    }
    CHECK(all_ids.size() == 650);  // unique across lists
    CHECK(authors == std::set<std::string>{"", "li_na", "zhang_reviewer", "chen-x"});
    CHECK(commands > 30);

    SECTION("the same seed gives the same data") {
        FakeGitee again;
        again.generate(repo, {120, 300, 80, 150}, 7, logins);
        CHECK(all_pages(again, List::issues) == all_pages(gitee, List::issues));
    }
}

TEST_CASE("fake Gitee records requests", "[fake_gitee]") {
    FakeGitee gitee;
    gitee.generate(repo, {5, 0, 0, 0});
    get(gitee, path_of(List::pulls),
        {{"since", "2026-03-01T00:00:00+08:00"}, {"access_token", "t"}}, {{"X-Trace", "yes"}});

    const auto requests = gitee.requests();
    REQUIRE(requests.size() == 1);
    CHECK(gitee.request_count() == 1);
    CHECK(requests[0].path == "/api/v5/repos/mindspore/models/pulls");
    CHECK(requests[0].query.at("since") == "2026-03-01T00:00:00+08:00");
    CHECK(requests[0].query.at("access_token") == "t");
    CHECK(requests[0].headers.at("x-trace") == "yes");
    CHECK(requests[0].headers.count("remote_addr") == 0);
    CHECK(requests[0].status == 200);
    gitee.clear_requests();
    CHECK(gitee.request_count() == 0);
}

TEST_CASE("fake Gitee answers concurrent requests and keeps connections alive", "[fake_gitee]") {
    FakeGitee gitee;
    gitee.generate(repo, {50, 0, 0, 0});

    SECTION("latency overlaps; peak_concurrency sees it") {
        gitee.set_latency(std::chrono::milliseconds(300));
        const auto start = std::chrono::steady_clock::now();
        std::vector<std::thread> clients;
        std::atomic<int> ok{0};
        for (int i = 0; i < 16; ++i) {
            clients.emplace_back([&] {
                const auto res = get(gitee, path_of(List::pulls), {{"state", "all"}});
                ok += res && res->status == 200 ? 1 : 0;
            });
        }
        for (auto& client : clients) {
            client.join();
        }
        CHECK(ok == 16);
        CHECK(gitee.peak_concurrency() >= 12);
        CHECK(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(2000));
    }
    SECTION("one client connection serves many requests") {
        httplib::Client client("127.0.0.1", gitee.port());
        client.set_keep_alive(true);
        for (int page = 1; page <= 20; ++page) {
            CHECK(client.Get(path_of(List::pulls), page_params(page, 5), {})->status == 200);
        }
        CHECK(gitee.request_count() == 20);
        CHECK(gitee.connection_count() == 1);
    }
}

TEST_CASE("fake Gitee data changes: touch, add_items, on_request", "[fake_gitee]") {
    FakeGitee gitee;
    gitee.generate(repo, {50, 40, 0, 0});
    const auto before = gitee.ids(repo, List::pulls);

    SECTION("touch moves the oldest items to the end of the updated order") {
        const auto touched = gitee.touch(repo, List::pulls, 5);
        CHECK(touched == std::vector<std::int64_t>(before.begin(), before.begin() + 5));
        const auto after = gitee.ids(repo, List::pulls);
        CHECK(std::vector<std::int64_t>(after.end() - 5, after.end()) == touched);

        const auto pulls = all_pulls(gitee);
        CHECK(ids_of(pulls) == after);
        const auto first_touched = pulls[45].updated_at;
        CHECK(first_touched > pulls[44].updated_at);
        const auto since =
            nlohmann::json::parse(all_pages(gitee, List::pulls)[0])[45]["updated_at"];
        CHECK(ids_of(all_pulls(gitee, {{"since", since.get<std::string>()}})) == touched);
    }
    SECTION("add_items appends new items updated after everything") {
        const auto added = gitee.add_items(repo, List::pulls, 3);
        CHECK(gitee.sizes(repo).pulls == 53);
        const auto pulls = all_pulls(gitee);
        CHECK(std::vector<std::int64_t>{pulls[50].id, pulls[51].id, pulls[52].id} == added);
        CHECK(pulls[50].updated_at > pulls[49].updated_at);
        CHECK(pulls[52].state == "open");
        const auto comments = gitee.add_items(repo, List::pull_comments, 2);
        CHECK(all_pull_comments(gitee).back().id == comments.back());
        const auto issue = gitee.add_items("new/repo", List::issues, 1);
        CHECK(gitee.sizes("new/repo").issues == 1);
    }
    SECTION("on_request runs before the answer") {
        std::atomic<bool> once{false};
        gitee.on_request([&](const FakeGitee::Request& request) {
            if (request.query.count("page") != 0 && !once.exchange(true)) {
                gitee.add_items(repo, List::pulls, 1);
            }
        });
        const auto res = get(gitee, path_of(List::pulls), page_params(1));
        CHECK(header_number(res, "total_count") == 51);
    }
}
