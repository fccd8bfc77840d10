#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace sigaudit::testing {

// The pull-request comments of the fake server, as a CI job posts and
// edits them: Gitee's /repos/{o}/{r}/pulls/{n}/comments and
// /pulls/comments/{id}, GitHub's /repos/{o}/{r}/issues/{n}/comments and
// /issues/comments/{id}, and /user, who a token belongs to. A token comes as
// access_token (query or JSON body, Gitee) or an Authorization header
// ("token X" or "Bearer X", GitHub). Every write is recorded.
class CommentBoard {
  public:
    struct Comment {
        std::int64_t id = 0;
        std::string repo;  // "owner/name"
        int number = 0;    // the pull request's
        std::string author;
        std::string body;
        int edits = 0;  // how many times it was changed after it was posted
    };
    // One HTTP exchange, as the server hands it over.
    struct Exchange {
        std::string method;  // "GET", "POST", "PATCH"
        std::string path;    // "/api/v5/repos/o/r/pulls/3/comments"
        std::map<std::string, std::string> query;
        std::string authorization;  // the header, if any
        std::string body;
    };
    struct Answer {
        int status = 200;
        std::string body;
    };

    // `token` acts as `login`.
    void add_account(const std::string& token, const std::string& login);
    // A comment someone else wrote, already on the pull request.
    std::int64_t add(const std::string& repo, int number, const std::string& author,
                     const std::string& body);
    std::vector<Comment> comments(const std::string& repo, int number) const;

    // The answer to `exchange`, or nothing when it is not a comment or
    // account request.
    std::optional<Answer> answer(const Exchange& exchange);

  private:
    std::optional<std::string> login_of(const Exchange& exchange) const;
    Answer list(const std::string& repo, int number, const Exchange& exchange) const;
    Answer post(const std::string& repo, int number, const std::string& author,
                const std::string& body);
    Answer edit(std::int64_t id, const std::string& author, const std::string& body);

    mutable std::mutex mutex_;
    std::map<std::string, std::string> accounts_;  // token → login
    std::vector<Comment> comments_;
    std::int64_t next_id_ = 9000;
};

}  // namespace sigaudit::testing
