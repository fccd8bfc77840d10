#include "support/fake_comment_board.h"

#include <nlohmann/json.hpp>

#include <regex>

namespace sigaudit::testing {

namespace {

using Json = nlohmann::json;

CommentBoard::Answer json_error(int status, const std::string& message) {
    return {status, Json{{"message", message}}.dump()};
}

Json comment_json(const CommentBoard::Comment& comment) {
    return {{"id", comment.id},
            {"body", comment.body},
            {"user", {{"login", comment.author}}},
            {"created_at", "2026-08-31T10:00:00+08:00"}};
}

std::string token_in(const CommentBoard::Exchange& exchange) {
    for (const std::string prefix : {"token ", "Bearer "}) {
        if (exchange.authorization.rfind(prefix, 0) == 0) {
            return exchange.authorization.substr(prefix.size());
        }
    }
    if (const auto it = exchange.query.find("access_token"); it != exchange.query.end()) {
        return it->second;
    }
    const Json body = Json::parse(exchange.body, nullptr, false);
    if (body.is_object() && body.contains("access_token") && body["access_token"].is_string()) {
        return body["access_token"].get<std::string>();
    }
    return "";
}

}  // namespace

void CommentBoard::add_account(const std::string& token, const std::string& login) {
    const std::lock_guard lock(mutex_);
    accounts_[token] = login;
}

std::int64_t CommentBoard::add(const std::string& repo, int number, const std::string& author,
                               const std::string& body) {
    const std::lock_guard lock(mutex_);
    comments_.push_back({++next_id_, repo, number, author, body, 0});
    return next_id_;
}

std::vector<CommentBoard::Comment> CommentBoard::comments(const std::string& repo,
                                                          int number) const {
    const std::lock_guard lock(mutex_);
    std::vector<Comment> out;
    for (const Comment& comment : comments_) {
        if (comment.repo == repo && comment.number == number) {
            out.push_back(comment);
        }
    }
    return out;
}

std::optional<std::string> CommentBoard::login_of(const Exchange& exchange) const {
    const auto it = accounts_.find(token_in(exchange));
    if (it == accounts_.end()) {
        return std::nullopt;
    }
    return it->second;
}

std::optional<CommentBoard::Answer> CommentBoard::answer(const Exchange& exchange) {
    static const std::regex kOne(R"(/api/v5/repos/([^/]+/[^/]+)/(pulls|issues)/(\d+)/comments)");
    static const std::regex kEdit(R"(/api/v5/repos/([^/]+/[^/]+)/(pulls|issues)/comments/(\d+))");
    std::smatch match;
    const bool user = exchange.path == "/api/v5/user";
    const bool one = std::regex_match(exchange.path, match, kOne);
    const bool edit = !one && std::regex_match(exchange.path, match, kEdit);
    if (!user && !one && !edit) {
        return std::nullopt;
    }
    const std::lock_guard lock(mutex_);
    const std::optional<std::string> login = login_of(exchange);
    if (!login) {
        return json_error(401, "401 Unauthorized: Access token does not exist");
    }
    if (user) {
        return Answer{200, Json{{"login", *login}, {"id", 1}}.dump()};
    }
    if (one && exchange.method == "GET") {
        return list(match[1], std::stoi(match[3]), exchange);
    }
    const Json body = Json::parse(exchange.body, nullptr, false);
    if (!body.is_object() || !body.contains("body") || !body["body"].is_string()) {
        return json_error(400, "body is missing");
    }
    if (one && exchange.method == "POST") {
        return post(match[1], std::stoi(match[3]), *login, body["body"]);
    }
    if (edit && exchange.method == "PATCH") {
        return this->edit(std::stoll(match[3]), *login, body["body"]);
    }
    return json_error(405, "Method Not Allowed");
}

CommentBoard::Answer CommentBoard::list(const std::string& repo, int number,
                                        const Exchange& exchange) const {
    const auto param = [&](const char* name, int fallback) {
        const auto it = exchange.query.find(name);
        return it == exchange.query.end() ? fallback : std::stoi(it->second);
    };
    const int per_page = param("per_page", 20);
    const int page = param("page", 1);
    Json items = Json::array();
    int index = 0;
    for (const Comment& comment : comments_) {
        if (comment.repo != repo || comment.number != number) {
            continue;
        }
        if (index >= (page - 1) * per_page && index < page * per_page) {
            items.push_back(comment_json(comment));
        }
        ++index;
    }
    return {200, items.dump()};
}

CommentBoard::Answer CommentBoard::post(const std::string& repo, int number,
                                        const std::string& author, const std::string& body) {
    comments_.push_back({++next_id_, repo, number, author, body, 0});
    return {201, comment_json(comments_.back()).dump()};
}

CommentBoard::Answer CommentBoard::edit(std::int64_t id, const std::string& author,
                                        const std::string& body) {
    for (Comment& comment : comments_) {
        if (comment.id != id) {
            continue;
        }
        if (comment.author != author) {
            return json_error(403, "403 Forbidden");
        }
        comment.body = body;
        ++comment.edits;
        return {200, comment_json(comment).dump()};
    }
    return json_error(404, "Not Found");
}

}  // namespace sigaudit::testing
