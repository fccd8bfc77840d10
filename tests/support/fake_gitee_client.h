#pragma once

// Plain HTTP against the fake Gitee server, as sigaudit's fetcher asks, and
// the answers parsed: what the tests of the server itself share.

#include <httplib.h>

#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "sigaudit/common/calendar.h"
#include "sigaudit/gitee/gitee_pages.h"
#include "support/fake_gitee.h"

namespace sigaudit::testing::fake_client {

using List = FakeGitee::List;
using Params = httplib::Params;

inline const std::string repo = "mindspore/models";
inline const std::string endpoint = "GET fake";

inline std::string path_of(List list, const std::string& owner_repo = repo) {
    static const char* const tails[] = {"pulls", "pulls/comments", "issues", "issues/comments"};
    return "/api/v5/repos/" + owner_repo + "/" + tails[static_cast<int>(list)];
}

// One plain GET through a fresh connection, the query encoded by httplib
// ('+' becomes %2B).
inline httplib::Result get(const FakeGitee& gitee, const std::string& path,
                           const Params& params = {}, const httplib::Headers& headers = {}) {
    httplib::Client client("127.0.0.1", gitee.port());
    return client.Get(path, params, headers);
}

inline long header_number(const httplib::Result& res, const char* name) {
    REQUIRE(res->has_header(name));
    return std::stol(res->get_header_value(name));
}

inline Params page_params(int page, int per_page = 100) {
    return {{"state", "all"},
            {"sort", "updated"},
            {"direction", "asc"},
            {"page", std::to_string(page)},
            {"per_page", std::to_string(per_page)}};
}

// Every page of `list` the way sigaudit's fetcher asks for them.
inline std::vector<std::string> all_pages(const FakeGitee& gitee, List list, Params extra = {}) {
    std::vector<std::string> pages;
    for (int page = 1;; ++page) {
        Params params = page_params(page);
        for (const auto& [key, value] : extra) {
            params.erase(key);
            params.emplace(key, value);
        }
        const auto res = get(gitee, path_of(list), params);
        REQUIRE(res);
        REQUIRE(res->status == 200);
        if (res->body == "[]") {
            return pages;
        }
        pages.push_back(res->body);
    }
}

template <typename Record>
std::vector<Record> parse_all(const std::vector<std::string>& pages,
                              std::vector<Record> (*parse)(std::string_view, const std::string&,
                                                           const std::string&)) {
    std::vector<Record> records;
    for (const std::string& page : pages) {
        for (Record& record : parse(page, repo, endpoint)) {
            records.push_back(std::move(record));
        }
    }
    return records;
}

inline std::vector<sigaudit::PullRecord> all_pulls(const FakeGitee& gitee, Params extra = {}) {
    return parse_all(all_pages(gitee, List::pulls, std::move(extra)), sigaudit::parse_pulls_page);
}

inline std::vector<sigaudit::PullCommentRecord> all_pull_comments(const FakeGitee& gitee,
                                                                  Params extra = {}) {
    return parse_all(all_pages(gitee, List::pull_comments, std::move(extra)),
                     sigaudit::parse_pull_comments_page);
}

inline std::vector<sigaudit::IssueRecord> all_issues(const FakeGitee& gitee, Params extra = {}) {
    return parse_all(all_pages(gitee, List::issues, std::move(extra)), sigaudit::parse_issues_page);
}

inline std::vector<sigaudit::IssueCommentRecord> all_issue_comments(const FakeGitee& gitee) {
    return parse_all(all_pages(gitee, List::issue_comments), sigaudit::parse_issue_comments_page);
}

inline sigaudit::Instant instant(const std::string& text) {
    const auto parsed = sigaudit::parse_timestamp(text);
    REQUIRE(parsed);
    return *parsed;
}

template <typename Record>
std::vector<std::int64_t> ids_of(const std::vector<Record>& records) {
    std::vector<std::int64_t> ids;
    for (const Record& record : records) {
        ids.push_back(record.id);
    }
    return ids;
}

inline FakeGitee::Fault fault_of(FakeGitee::FaultKind kind) {
    FakeGitee::Fault fault;
    fault.kind = kind;
    fault.repo = repo;
    fault.list = List::pulls;
    fault.page = 1;
    return fault;
}

}  // namespace sigaudit::testing::fake_client
