#include "support/fake_gitee_render.h"

#include <array>
#include <charconv>
#include <cstdio>

namespace sigaudit::testing::fake {

namespace {

constexpr std::string_view site = "https://gitee.com/";
constexpr std::string_view api = "https://gitee.com/api/v5/repos/";

struct Label {
    std::string_view name;
    std::string_view color;
};

constexpr std::array<Label, pull_label_count> pull_labels{{
    {"lgtm", "00aa00"},
    {"approved", "0000aa"},
    {"kind/feature", "a2eeef"},
    {"kind/bug", "d73a4a"},
    {"ci-pipeline-passed", "0e8a16"},
    {"sig/ops", "ededed"},
}};

constexpr std::array<Label, issue_label_count> issue_labels{{
    {"kind/bug", "d73a4a"},
    {"kind/feature", "a2eeef"},
    {"kind/task", "c5def5"},
    {"device/cpu", "ededed"},
    {"device/ascend", "ededed"},
    {"sig/docs", "fbca04"},
}};

struct IssueType {
    std::string_view title;
    std::string_view ident;
    std::string_view color;
    int id;
};

constexpr std::array<IssueType, 3> issue_types{{
    {"缺陷", "bug", "FF4500", 2},
    {"任务", "task", "0087FF", 1},
    {"需求", "feature", "22CC88", 3},
}};

struct IssueState {
    std::string_view state;
    std::string_view title;
    std::string_view color;
    std::string_view icon;
    int id;
    int serial;
};

constexpr std::array<IssueState, 4> issue_states{{
    {"open", "待办", "8c92a4", "icon-task-state-21", 5, 1},
    {"progressing", "进行中", "418ce4", "icon-task-state-22", 6, 2},
    {"closed", "已完成", "008B45", "icon-task-state-23", 7, 4},
    {"rejected", "已拒绝", "8c92a4", "icon-task-state-24", 8, 5},
}};

void num(std::string& out, std::int64_t value) {
    std::array<char, 24> digits{};
    const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), value).ptr;
    out.append(digits.data(), end);
}

void str(std::string& out, std::string_view text) {
    out += '"';
    for (const char c : text) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    std::array<char, 8> escape{};
                    std::snprintf(escape.data(), escape.size(), "\\u%04x", c);
                    out += escape.data();
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

void time(std::string& out, std::int64_t seconds) {
    out += '"';
    out += format_time(seconds);
    out += '"';
}

void optional_time(std::string& out, const std::optional<std::int64_t>& seconds) {
    if (seconds) {
        time(out, *seconds);
    } else {
        out += "null";
    }
}

void bool_value(std::string& out, bool value) {
    out += value ? "true" : "false";
}

void user(std::string& out, const Repo& repo, const Author& author) {
    out += author ? std::string_view(repo.users[*author]) : std::string_view("null");
}

// `"updated_at":"…"`, remembering where the value starts for touch().
void updated_at(std::string& out, Item& item) {
    out += R"("updated_at":")";
    item.updated_at_offset = out.size();
    out += format_time(item.updated);
    out += '"';
}

void repo_summary(std::string& out, std::int64_t id, std::string_view full_name,
                  std::string_view path) {
    out += R"({"id":)";
    num(out, id);
    out += R"(,"full_name":)";
    str(out, full_name);
    out += R"(,"human_name":)";
    str(out, full_name);
    out += R"(,"path":)";
    str(out, path);
    out += R"(,"name":)";
    str(out, path);
    out += '}';
}

template <std::size_t N>
void labels(std::string& out, const Repo& repo, const std::array<Label, N>& known, unsigned mask,
            int first_id) {
    out += '[';
    bool first = true;
    for (std::size_t i = 0; i < N; ++i) {
        if ((mask & (1U << i)) == 0) {
            continue;
        }
        out += first ? "" : ",";
        first = false;
        out += R"({"id":)";
        num(out, first_id + static_cast<int>(i));
        out += R"(,"name":)";
        str(out, known[i].name);
        out += R"(,"color":")";
        out += known[i].color;
        out += R"(","repository_id":)";
        num(out, repo.repository_id);
        out += '}';
    }
    out += ']';
}

std::string_view repo_name(const Repo& repo) {
    return std::string_view(repo.full_name).substr(repo.full_name.find('/') + 1);
}

// Rendering goes through one scratch buffer per thread, so each item keeps a
// string of exactly its size.
void finish(std::string& scratch, Item& item) {
    item.json.assign(scratch);
    scratch.clear();
}

thread_local std::string scratch;

void pull_urls(std::string& out, const Repo& repo, std::int64_t number) {
    const std::string api_pull = std::string(api) + repo.full_name + "/pulls/";
    const std::string html_pull = std::string(site) + repo.full_name + "/pulls/";
    const std::string n = std::to_string(number);
    out += R"(,"url":")" + api_pull + n;
    out += R"(","html_url":")" + html_pull + n;
    out += R"(","diff_url":")" + html_pull + n + ".diff";
    out += R"(","patch_url":")" + html_pull + n + ".patch";
    out += R"(","issue_url":")" + api_pull + n + "/issues";
    out += R"(","commits_url":")" + api_pull + n + "/commits";
    out += R"(","review_comments_url":")" + api_pull + "comments/{/number}";
    out += R"(","review_comment_url":")" + api_pull + "comments";
    out += R"(","comments_url":")" + api_pull + n + "/comments\"";
}

void pull_branch(std::string& out, const Repo& repo, std::string_view ref, std::string_view sha,
                 const Author& author) {
    out += R"({"label":)";
    str(out, ref);
    out += R"(,"ref":)";
    str(out, ref);
    out += R"(,"sha":")";
    out += sha;
    out += R"(","user":)";
    user(out, repo, author);
    out += R"(,"repo":)";
    if (author) {
        const std::string fork = repo.logins[*author] + "/" + std::string(repo_name(repo));
        repo_summary(out, repo.repository_id + 1 + static_cast<std::int64_t>(*author), fork,
                     repo_name(repo));
    } else {
        out += "null";
    }
    out += '}';
}

}  // namespace

std::string render_user(const std::string& login) {
    std::uint64_t hash = 1469598103934665603ULL;  // FNV-1a: a stable id per login
    for (const char c : login) {
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    }
    std::string out = R"({"id":)";
    num(out, static_cast<std::int64_t>(1000000 + hash % 9000000));
    out += R"(,"login":)";
    str(out, login);
    out += R"(,"name":)";
    str(out, login);
    out += R"(,"avatar_url":"https://gitee.com/assets/no_portrait.png","url":)";
    str(out, std::string(site) + "api/v5/users/" + login);
    out += R"(,"html_url":)";
    str(out, std::string(site) + login);
    out += R"(,"type":"User","site_admin":false})";
    return out;
}

void render_pull(const Repo& repo, const PullSpec& spec, Item& item) {
    std::string& out = scratch;
    out += R"({"id":)";
    num(out, item.id);
    pull_urls(out, repo, spec.number);
    out += R"(,"number":)";
    num(out, spec.number);
    out += R"(,"state":")";
    out += spec.state;
    out += R"(","title":)";
    str(out, spec.title);
    out += R"(,"body":)";
    if (spec.body) {
        str(out, *spec.body);
    } else {
        out += "null";
    }
    out += R"(,"assignees_number":1,"testers_number":1,"assignees":[],"testers":[],)";
    out += R"("milestone":null,"labels":)";
    labels(out, repo, pull_labels, spec.labels, 1020);
    out += R"(,"locked":false,"created_at":)";
    time(out, item.created);
    out += ',';
    updated_at(out, item);
    out += R"(,"closed_at":)";
    optional_time(out, spec.closed_at);
    out += R"(,"draft":)";
    bool_value(out, spec.draft);
    out += R"(,"merged_at":)";
    optional_time(out, spec.merged_at);
    out += R"(,"mergeable":)";
    bool_value(out, spec.state == "open" && !spec.draft);
    out += R"(,"can_merge_check":false,"head":)";
    // The head lives in the author's fork; the base names no user, like the
    // second sample.
    pull_branch(out, repo, spec.branch, spec.head_sha, spec.author);
    out += R"(,"base":)";
    pull_branch(out, repo, "master", spec.base_sha, std::nullopt);
    out += R"(,"user":)";
    user(out, repo, spec.author);
    out += '}';
    finish(out, item);
}

void render_pull_comment(const Repo& repo, const PullCommentSpec& spec, Item& item) {
    std::string& out = scratch;
    const std::string self =
        std::string(api) + repo.full_name + "/pulls/comments/" + std::to_string(item.id);
    const std::string html = std::string(site) + repo.full_name + "/pulls/" +
                             std::to_string(spec.pull_number) + "#note_" + std::to_string(item.id);
    const std::string pull =
        std::string(api) + repo.full_name + "/pulls/" + std::to_string(spec.pull_number);
    out += R"({"url":")" + self + R"(","id":)";
    num(out, item.id);
    out += R"(,"path":)";
    if (spec.path) {
        str(out, *spec.path);
        out += R"(,"position":)";
        num(out, spec.position);
        out += R"(,"original_position":)";
        num(out, spec.position);
        out += R"(,"commit_id":")" + spec.commit_id + R"(","original_commit_id":")" +
               spec.commit_id + '"';
    } else {
        out += R"(null,"position":null,"original_position":null,"commit_id":"",)";
        out += R"("original_commit_id":"")";
    }
    out += R"(,"user":)";
    user(out, repo, spec.author);
    out += R"(,"created_at":)";
    time(out, item.created);
    out += ',';
    updated_at(out, item);
    out += R"(,"body":)";
    str(out, spec.body);
    out += R"(,"comment_type":")";
    out += spec.path ? "diff_comment" : "pr_comment";
    out += R"(","html_url":")" + html + R"(","pull_request_url":")" + pull + '"';
    if (spec.path) {  // like the samples, only some comments carry _links
        out += R"(,"_links":{"self":{"href":")" + self + R"("},"html":{"href":")" + html +
               R"("},"pull_request":{"href":")" + pull + R"("}})";
    }
    out += '}';
    finish(out, item);
}

void render_issue(const Repo& repo, const IssueSpec& spec, Item& item) {
    std::string& out = scratch;
    const std::string api_issue = std::string(api) + repo.full_name + "/issues/" + spec.number;
    out += R"({"id":)";
    num(out, item.id);
    out += R"(,"url":")" + api_issue;
    out += R"(","repository_url":")" + std::string(api) + repo.full_name;
    out += R"(","labels_url":")" + api_issue + "/labels";
    out += R"(","comments_url":")" + api_issue + "/comments";
    out += R"(","html_url":")" + std::string(site) + repo.full_name + "/issues/" + spec.number;
    out += R"(","parent_url":null,"number":)";
    str(out, spec.number);
    out += R"(,"parent_id":0,"depth":0,"state":")";
    out += spec.state;
    out += R"(","title":)";
    str(out, spec.title);
    out += R"(,"body":)";
    str(out, spec.body);
    out += R"(,"user":)";
    user(out, repo, spec.author);
    out += R"(,"labels":)";
    labels(out, repo, issue_labels, spec.labels, 501);
    out += R"(,"assignee":null,"collaborators":[],"repository":)";
    repo_summary(out, repo.repository_id, repo.full_name, repo_name(repo));
    out += R"(,"milestone":null,"created_at":)";
    time(out, item.created);
    out += ',';
    updated_at(out, item);
    out += R"(,"plan_started_at":null,"deadline":null,"finished_at":)";
    optional_time(out, spec.finished_at);
    out += R"(,"scheduled_time":0.0,"comments":)";
    num(out, spec.comments);
    out += R"(,"priority":)";
    num(out, spec.priority);
    const IssueType& type = issue_types[static_cast<std::size_t>(spec.type)];
    out += R"(,"issue_type":")";
    out += type.title;
    out += R"(","program":null,"security_hole":false,"issue_state":")";
    const IssueState* state = &issue_states[0];
    for (const IssueState& known : issue_states) {
        state = known.state == spec.state ? &known : state;
    }
    out += state->title;
    out += R"(","branch":null,"issue_type_detail":{"id":)";
    num(out, type.id);
    out += R"(,"title":")";
    out += type.title;
    out += R"(","template":null,"ident":")";
    out += type.ident;
    out += R"(","color":")";
    out += type.color;
    out += R"(","is_system":true,"created_at":"2019-12-02T10:00:00+08:00",)";
    out += R"("updated_at":"2019-12-02T10:00:00+08:00"},"issue_state_detail":{"id":)";
    num(out, state->id);
    out += R"(,"title":")";
    out += state->title;
    out += R"(","color":")";
    out += state->color;
    out += R"(","icon":")";
    out += state->icon;
    out += R"(","command":null,"serial":)";
    num(out, state->serial);
    out += R"(,"created_at":"2019-12-02T10:00:00+08:00",)";
    out += R"("updated_at":"2019-12-02T10:00:00+08:00"}})";
    finish(out, item);
}

void render_issue_comment(const Repo& repo, const IssueCommentSpec& spec, Item& item) {
    std::string& out = scratch;
    out += R"({"id":)";
    num(out, item.id);
    out += R"(,"body":)";
    str(out, spec.body);
    out += R"(,"user":)";
    user(out, repo, spec.author);
    out += R"(,"source":null,"target":{"issue":{"id":)";
    num(out, spec.issue->id);
    out += R"(,"title":)";
    str(out, spec.issue->title);
    out += R"(,"number":)";
    str(out, spec.issue->number);
    out += R"(},"pull_request":null},"created_at":)";
    time(out, item.created);
    out += ',';
    updated_at(out, item);
    out += '}';
    finish(out, item);
}

}  // namespace sigaudit::testing::fake
