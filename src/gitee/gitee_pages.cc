#include "sigaudit/gitee/gitee_pages.h"

#include "json_fields.h"
#include "sigaudit/common/strings.h"

namespace sigaudit {

namespace {

using gitee::FieldError;
using gitee::json;

const char* const site = "https://gitee.com/";

json parse_body(std::string_view body, const std::string& endpoint) {
    if (gitee::json_nesting(body) > gitee::kMaxJsonDepth) {
        throw PageError(endpoint, "the JSON nests deeper than " +
                                      std::to_string(gitee::kMaxJsonDepth) +
                                      " levels; no Gitee answer does");
    }
    try {
        return json::parse(body.begin(), body.end());
    } catch (const json::parse_error& e) {
        // nlohmann's own message quotes the body; the byte offset is enough.
        const bool ended_early = e.byte > body.size();
        throw PageError(endpoint, ended_early ? "the JSON ends early (truncated body?)"
                                              : "not valid JSON at byte " + std::to_string(e.byte));
    } catch (const json::exception& e) {
        throw PageError(endpoint, std::string("not valid JSON: ") + e.what());  // number overflow
    }
}

// The shared part of every list: the body must be a JSON array of objects,
// and any item that does not map cleanly fails the whole page.
template <typename Record>
std::vector<Record> parse_page(std::string_view body, const std::string& repo,
                               const std::string& endpoint,
                               Record (*map_item)(const json&, const std::string&)) {
    const json page = parse_body(body, endpoint);
    const std::string lower_repo = to_lower_ascii(repo);
    if (!page.is_array()) {
        throw PageError(endpoint, std::string("expected a JSON array, got ") + page.type_name());
    }
    std::vector<Record> records;
    records.reserve(page.size());
    for (std::size_t index = 0; index < page.size(); ++index) {
        const std::string where = "item " + std::to_string(index) + ": ";
        try {
            if (!page[index].is_object()) {
                throw FieldError(std::string("not an object but ") + page[index].type_name());
            }
            records.push_back(map_item(page[index], lower_repo));
        } catch (const FieldError& e) {
            throw PageError(endpoint, where + e.what());
        } catch (const json::exception& e) {
            throw PageError(endpoint, where + e.what());
        }
    }
    return records;
}

// html_url when Gitee sends one; otherwise the page it would have named.
std::string url_of(const json& item, const std::string& fallback) {
    std::string url = gitee::optional_string(item, "html_url");
    return url.empty() ? fallback : url;
}

std::string note_anchor(std::int64_t comment_id) {
    return "#note_" + std::to_string(comment_id);
}

// Missing updated_at reads as "never edited".
Instant updated_at_or(const json& item, Instant created_at) {
    return gitee::optional_time(item, "updated_at").value_or(created_at);
}

// The repository-wide comment list names a comment's PR only by URL.
std::int64_t pull_number_of(const json& item) {
    for (const auto& path :
         {std::initializer_list<const char*>{"pull_request_url"},
          std::initializer_list<const char*>{"_links", "pull_request", "href"}}) {
        const json* url = gitee::find(item, path);
        if (url != nullptr && url->is_string()) {
            if (const auto number = gitee::number_ending(url->get<std::string>())) {
                return *number;
            }
        }
    }
    throw FieldError("no pull request number in pull_request_url or _links.pull_request.href");
}

PullRecord pull_of(const json& item, const std::string& repo) {
    PullRecord pull;
    pull.id = gitee::required_id(item, "id");
    pull.repo = repo;
    pull.number = gitee::positive_number(gitee::required(item, {"number"}), "number");
    pull.state = to_lower_ascii(gitee::optional_string(item, "state"));
    pull.author = gitee::author_of(item);
    pull.title = gitee::optional_string(item, "title");
    pull.labels = gitee::label_names(item);
    pull.created_at = gitee::required_time(item, "created_at");
    pull.updated_at = updated_at_or(item, pull.created_at);
    pull.merged_at = gitee::optional_time(item, "merged_at");
    pull.url = url_of(item, site + repo + "/pulls/" + std::to_string(pull.number));
    return pull;
}

PullCommentRecord pull_comment_of(const json& item, const std::string& repo) {
    PullCommentRecord comment;
    comment.id = gitee::required_id(item, "id");
    comment.repo = repo;
    comment.pull_number = pull_number_of(item);
    comment.author = gitee::author_of(item);
    comment.body = gitee::optional_string(item, "body");
    comment.comment_type = to_lower_ascii(gitee::optional_string(item, "comment_type"));
    comment.created_at = gitee::required_time(item, "created_at");
    comment.updated_at = updated_at_or(item, comment.created_at);
    comment.url = url_of(item, site + repo + "/pulls/" + std::to_string(comment.pull_number) +
                                   note_anchor(comment.id));
    return comment;
}

// issue_type is the display string; older answers only carry the detail object.
std::string issue_type_of(const json& item) {
    std::string type = gitee::optional_string(item, "issue_type");
    if (type.empty() && gitee::find(item, {"issue_type_detail", "title"}) != nullptr) {
        type = gitee::required_string(item, {"issue_type_detail", "title"});
    }
    return type;
}

IssueRecord issue_of(const json& item, const std::string& repo) {
    IssueRecord issue;
    issue.id = gitee::required_id(item, "id");
    issue.repo = repo;
    issue.number = gitee::required_string(item, {"number"});
    issue.state = to_lower_ascii(gitee::optional_string(item, "state"));
    issue.issue_type = issue_type_of(item);
    issue.author = gitee::author_of(item);
    issue.title = gitee::optional_string(item, "title");
    issue.labels = gitee::label_names(item);
    issue.created_at = gitee::required_time(item, "created_at");
    issue.updated_at = updated_at_or(item, issue.created_at);
    issue.url = url_of(item, site + repo + "/issues/" + issue.number);
    return issue;
}

IssueCommentRecord issue_comment_of(const json& item, const std::string& repo) {
    IssueCommentRecord comment;
    comment.id = gitee::required_id(item, "id");
    comment.repo = repo;
    comment.issue_number = gitee::required_string(item, {"target", "issue", "number"});
    comment.author = gitee::author_of(item);
    comment.body = gitee::optional_string(item, "body");
    comment.created_at = gitee::required_time(item, "created_at");
    comment.updated_at = updated_at_or(item, comment.created_at);
    comment.url =
        url_of(item, site + repo + "/issues/" + comment.issue_number + note_anchor(comment.id));
    return comment;
}

}  // namespace

std::vector<PullRecord> parse_pulls_page(std::string_view body, const std::string& repo,
                                         const std::string& endpoint) {
    return parse_page<PullRecord>(body, repo, endpoint, pull_of);
}

std::vector<PullCommentRecord> parse_pull_comments_page(std::string_view body,
                                                        const std::string& repo,
                                                        const std::string& endpoint) {
    return parse_page<PullCommentRecord>(body, repo, endpoint, pull_comment_of);
}

std::vector<IssueRecord> parse_issues_page(std::string_view body, const std::string& repo,
                                           const std::string& endpoint) {
    return parse_page<IssueRecord>(body, repo, endpoint, issue_of);
}

std::vector<IssueCommentRecord> parse_issue_comments_page(std::string_view body,
                                                          const std::string& repo,
                                                          const std::string& endpoint) {
    return parse_page<IssueCommentRecord>(body, repo, endpoint, issue_comment_of);
}

}  // namespace sigaudit
