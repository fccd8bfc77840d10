#include "support/fake_gitee_data.h"

#include <algorithm>
#include <charconv>

#include "support/fake_gitee_render.h"

namespace sigaudit::testing::fake {

namespace {

constexpr std::int64_t day = 86400;
constexpr std::int64_t range_start = 1735660800;  // 2025-01-01T00:00:00+08:00
constexpr std::int64_t range_end = 1782835199;    // 2026-06-30T23:59:59+08:00

// Ids per list start far apart, so they stay unique across the whole server
// for millions of items per list (Gitee's own ids look like these).
constexpr std::array<std::int64_t, list_count> first_ids{9000001, 20000001, 3000001, 60000001};

constexpr std::string_view open = "open";
constexpr std::string_view closed = "closed";
constexpr std::string_view merged = "merged";
constexpr std::string_view progressing = "progressing";
constexpr std::string_view rejected = "rejected";

constexpr std::array<std::string_view, 8> pull_verbs{"fix",     "add",      "update", "refactor",
                                                     "support", "optimize", "remove", "enable"};
constexpr std::array<std::string_view, 9> pull_objects{
    "resnet50 ascend readme", "yolov5 mixed precision",  "Conv2D shape inference",
    "tokenizer unit tests",   "CI pipeline script",      "dataset map performance",
    "typo in install guide",  "\"same\" padding on GPU", "分布式训练示例"};
constexpr std::array<std::string_view, 5> pull_bodies{
    "What type of PR is this?\n/kind feature", "Fixes the failing nightly build.",
    "描述：修复文档中的错误链接",
    "Adds tests for the \"same\" padding mode.\n\nTested on Ascend 910.", ""};
constexpr std::array<std::string_view, 5> branches{"feature-readme", "fix-conv2d", "yolo",
                                                   "docs-typo", "perf-dataset"};
constexpr std::array<std::string_view, 9> commands{
    "/lgtm",       "/approve",  "/retest",        "/check-cla",     "/lgtm cancel",
    "  /retest\n", "/kind bug", "/assign @user1", "/approve\n/lgtm"};
constexpr std::array<std::string_view, 8> pull_remarks{
    "The batch size in this table does not match scripts/run_distribute_train.sh; please fix "
    "one of them.",
    "Thanks, fixed in the latest commit.",
    "Could you add a unit test for this case?",
    "LGTM overall, one nit inline.",
    "已修改，请重新检视。",
    "Please rebase onto master.",
    "Why is this needed? See \"docs/design.md\".",
    "CI failed:\n\ttest_conv2d timed out\nretrying"};
constexpr std::array<std::string_view, 4> paths{"official/cv/ResNet/README.md",
                                                "mindspore/python/mindspore/ops/conv.py",
                                                "tests/ut/test_conv2d.py", "docs/install.md"};
constexpr std::array<std::string_view, 8> issue_titles{
    "ops.Conv2D returns wrong shape with pad_mode='same' on CPU",
    "question: how to install on windows",
    "Training hangs at step 1000 on 8 devices",
    "文档中的示例代码无法运行",
    "Add a \"dry run\" option to the exporter",
    "memory leak in dataset pipeline",
    "support bfloat16 in MatMul",
    "【CI】nightly build fails on aarch64"};
constexpr std::array<std::string_view, 4> issue_bodies{
    "Environment: ...", "", "复现步骤：\n1. 安装 r2.3\n2. 运行示例", "See the attached log."};
constexpr std::array<std::string_view, 8> issue_remarks{
    "Reproduced on r2.3 as well; the padding is computed before the dilation is applied. See "
    "ops/conv.py line 212.",
    "Thanks, fixed in !60123",
    "Please provide the full log.",
    "已解决，关闭此问题。",
    "/close",
    "/assign",
    "Can't reproduce with the latest nightly.",
    "/kind bug"};

// splitmix64: fast, and the same numbers on every platform and library.
class Random {
  public:
    explicit Random(std::uint64_t& state) : state_(state) {}

    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Inclusive.
    std::int64_t between(std::int64_t low, std::int64_t high) {
        return low + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(high - low + 1));
    }
    std::size_t index(std::size_t size) { return static_cast<std::size_t>(next() % size); }
    bool percent(int chance) { return static_cast<int>(next() % 100) < chance; }
    template <typename T, std::size_t N>
    T pick(const std::array<T, N>& values) {
        return values[index(N)];
    }
    std::string sha() {
        static constexpr char hex[] = "0123456789abcdef";
        std::string text(40, '0');
        std::uint64_t bits = next();
        for (std::size_t i = 0; i < text.size(); ++i) {
            bits = i % 16 == 0 ? next() : bits >> 4;
            text[i] = hex[bits & 0xF];
        }
        return text;
    }

  private:
    std::uint64_t& state_;
};

std::uint64_t fnv1a(std::string_view text) {
    std::uint64_t hash = 1469598103934665603ULL;
    for (const char c : text) {
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    }
    return hash;
}

std::string lower(std::string text) {
    for (char& c : text) {
        c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return text;
}

// Gitee's issue numbers: "I" and five base-36 digits, e.g. "I8QX2B".
std::string issue_number(std::int64_t serial) {
    static constexpr char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    std::string text = "I00000";
    for (std::size_t i = text.size() - 1; i > 0; --i) {
        text[i] = digits[serial % 36];
        serial /= 36;
    }
    return text;
}

Repo fresh_repo(const std::string& name, std::uint32_t seed, std::vector<std::string> logins) {
    if (logins.empty()) {
        for (int i = 0; i < 50; ++i) {
            logins.push_back("user" + std::to_string(i));
        }
    }
    Repo repo;
    repo.full_name = name;
    const std::uint64_t hash = fnv1a(name);
    repo.repository_id = static_cast<std::int64_t>(1000000 + hash % 8000000);
    repo.rng = hash ^ (static_cast<std::uint64_t>(seed) * 0xD1B54A32D192ED03ULL);
    // Issue serials start somewhere in the five-digit base-36 range, per repository.
    repo.next_issue_serial = static_cast<std::int64_t>(36 * 36 * 36 * 36 + hash % 40000000);
    for (const std::string& login : logins) {
        repo.users.push_back(render_user(login));
    }
    repo.logins = std::move(logins);
    return repo;
}

// About one item in a hundred comes from a deleted account (user: null).
Author pick_author(Random& random, const Repo& repo) {
    if (random.percent(1)) {
        return std::nullopt;
    }
    return random.index(repo.users.size());
}

unsigned pick_labels(Random& random, int count) {
    unsigned mask = 0;
    for (int taken = static_cast<int>(random.next() % 3); taken > 0; --taken) {
        mask |= 1U << random.index(static_cast<std::size_t>(count));
    }
    return mask;
}

// `fresh` items are new activity at item.created (add_items): open, not yet
// updated. Others get random times and states across the generated range.
Item make_pull(Repo& repo, Random& random, std::int64_t id, std::optional<std::int64_t> fresh) {
    Item item;
    item.id = id;
    PullSpec spec;
    spec.number = repo.next_pull_number++;
    spec.author = pick_author(random, repo);
    const int roll = static_cast<int>(random.next() % 100);
    spec.state = fresh ? open : roll < 35 ? open : roll < 55 ? closed : merged;
    item.created = fresh ? *fresh : random.between(range_start, range_end - day);
    item.updated = item.created;
    if (spec.state == open) {
        spec.draft = random.percent(15);
        item.updated = fresh ? item.created : item.created + random.between(0, 20 * day);
    } else {
        spec.closed_at = item.created + random.between(600, 30 * day);
        spec.merged_at = spec.state == merged ? spec.closed_at : std::nullopt;
        item.updated = *spec.closed_at;
    }
    item.state = spec.state;
    spec.title = std::string(spec.draft ? "[WIP] " : "") + std::string(random.pick(pull_verbs)) +
                 " " + std::string(random.pick(pull_objects));
    spec.body = random.percent(20) ? std::nullopt : std::optional(random.pick(pull_bodies));
    spec.labels = spec.state == merged ? 0x3U | pick_labels(random, pull_label_count)
                                       : pick_labels(random, pull_label_count) & ~0x3U;
    spec.branch = std::string(random.pick(branches)) + "-" + std::to_string(spec.number);
    spec.head_sha = random.sha();
    spec.base_sha = random.sha();
    render_pull(repo, spec, item);
    repo.pulls.push_back(
        {item.id, std::to_string(spec.number), spec.title, item.created, item.updated});
    return item;
}

// A comment's time: after its parent opened, within a few days of its last update.
void comment_times(Random& random, const Parent* parent, Item& item,
                   std::optional<std::int64_t> fresh) {
    if (fresh) {
        item.created = item.updated = *fresh;
        return;
    }
    const std::int64_t low = parent != nullptr ? parent->created : range_start;
    const std::int64_t high =
        parent != nullptr ? std::max(parent->updated, low) + 3 * day : range_end;
    item.created = random.between(low, high);
    item.updated = random.percent(15) ? item.created + random.between(1, 3600) : item.created;
}

Item make_pull_comment(Repo& repo, Random& random, std::int64_t id,
                       std::optional<std::int64_t> fresh) {
    Item item;
    item.id = id;
    const Parent* pull =
        repo.pulls.empty() ? nullptr : &repo.pulls[random.index(repo.pulls.size())];
    PullCommentSpec spec;
    spec.pull_number = 1;  // a repository without pulls still gets well-formed comments
    if (pull != nullptr) {
        std::from_chars(pull->number.data(), pull->number.data() + pull->number.size(),
                        spec.pull_number);
    }
    spec.author = pick_author(random, repo);
    comment_times(random, pull, item, fresh);
    spec.body = random.percent(35) ? random.pick(commands) : random.pick(pull_remarks);
    if (random.percent(20)) {
        spec.path = random.pick(paths);
        spec.position = static_cast<int>(random.between(1, 400));
        spec.commit_id = random.sha();
    }
    render_pull_comment(repo, spec, item);
    return item;
}

IssueSpec issue_spec(Repo& repo, Random& random, Item& item, std::optional<std::int64_t> fresh) {
    IssueSpec spec;
    spec.number = issue_number(repo.next_issue_serial++);
    spec.author = pick_author(random, repo);
    const int roll = static_cast<int>(random.next() % 100);
    spec.state = fresh       ? open
                 : roll < 30 ? open
                 : roll < 40 ? progressing
                 : roll < 85 ? closed
                             : rejected;
    item.state = spec.state;
    item.created = fresh ? *fresh : random.between(range_start, range_end - day);
    item.updated = item.created;
    if (spec.state == closed || spec.state == rejected) {
        spec.finished_at = item.created + random.between(3600, 40 * day);
        item.updated = *spec.finished_at;
    } else if (!fresh) {
        item.updated = item.created + random.between(0, 20 * day);
    }
    spec.title = std::string(random.pick(issue_titles));
    spec.body = random.pick(issue_bodies);
    spec.labels = pick_labels(random, issue_label_count);
    spec.type = static_cast<int>(random.index(3));
    spec.priority = static_cast<int>(random.index(5));
    repo.issues.push_back({item.id, spec.number, spec.title, item.created, item.updated});
    return spec;
}

// An issue comment, counted on its issue when `counts` is given (generation
// renders issues after their comments for that).
Item make_issue_comment(Repo& repo, Random& random, std::int64_t id,
                        std::optional<std::int64_t> fresh, std::vector<IssueSpec>* counts) {
    Item item;
    item.id = id;
    static const Parent orphan{0, "I00000", "", range_start, range_start};
    const std::size_t which = repo.issues.empty() ? 0 : random.index(repo.issues.size());
    IssueCommentSpec spec;
    spec.issue = repo.issues.empty() ? &orphan : &repo.issues[which];
    spec.author = pick_author(random, repo);
    comment_times(random, spec.issue, item, fresh);
    spec.body = random.pick(issue_remarks);
    if (counts != nullptr && which < counts->size()) {
        ++(*counts)[which].comments;
    }
    render_issue_comment(repo, spec, item);
    return item;
}

bool by_updated(const Item& a, const Item& b) {
    return a.updated != b.updated ? a.updated < b.updated : a.id < b.id;
}

}  // namespace

std::size_t index_of(List list) {
    return static_cast<std::size_t>(list);
}

Store::Store() : next_ids_(first_ids) {}

std::int64_t Store::next_id(List list) {
    return next_ids_[index_of(list)]++;
}

void Store::generate(const std::string& name, FakeGitee::Sizes sizes, std::uint32_t seed,
                     const std::vector<std::string>& logins) {
    Repo repo = fresh_repo(lower(name), seed, logins);
    Random random(repo.rng);
    auto& lists = repo.lists;
    lists[index_of(List::pulls)].reserve(static_cast<std::size_t>(std::max(0, sizes.pulls)));
    for (int i = 0; i < sizes.pulls; ++i) {
        lists[index_of(List::pulls)].push_back(
            make_pull(repo, random, next_id(List::pulls), std::nullopt));
    }
    for (int i = 0; i < sizes.pull_comments; ++i) {
        lists[index_of(List::pull_comments)].push_back(
            make_pull_comment(repo, random, next_id(List::pull_comments), std::nullopt));
    }
    std::vector<IssueSpec> issue_specs;
    auto& issues = lists[index_of(List::issues)];
    for (int i = 0; i < sizes.issues; ++i) {
        issues.emplace_back().id = next_id(List::issues);
        issue_specs.push_back(issue_spec(repo, random, issues.back(), std::nullopt));
    }
    for (int i = 0; i < sizes.issue_comments; ++i) {
        lists[index_of(List::issue_comments)].push_back(make_issue_comment(
            repo, random, next_id(List::issue_comments), std::nullopt, &issue_specs));
    }
    for (std::size_t i = 0; i < issues.size(); ++i) {
        render_issue(repo, issue_specs[i], issues[i]);
    }
    for (auto& list : lists) {
        std::sort(list.begin(), list.end(), by_updated);
    }
    repos_.insert_or_assign(repo.full_name, std::move(repo));
}

void Store::add_empty(const std::string& name) {
    Repo repo = fresh_repo(lower(name), 1, {});
    repos_.insert_or_assign(repo.full_name, std::move(repo));
}

Repo& Store::repo_for_update(const std::string& name) {
    const auto found = repos_.find(lower(name));
    if (found != repos_.end()) {
        return found->second;
    }
    Repo repo = fresh_repo(lower(name), 1, {});
    return repos_.emplace(repo.full_name, std::move(repo)).first->second;
}

std::vector<std::int64_t> Store::touch(const std::string& name, List list, int count,
                                       std::int64_t now) {
    const auto found = repos_.find(lower(name));
    if (found == repos_.end() || count <= 0) {
        return {};
    }
    auto& items = found->second.lists[index_of(list)];
    const std::size_t n = std::min(items.size(), static_cast<std::size_t>(count));
    if (n == 0) {
        return {};
    }
    // The oldest items move to the end: that shifts every page of an
    // updated-ascending listing, the hardest case for a paginating fetcher.
    const std::int64_t first = std::max(now, items.back().updated + 1);
    std::rotate(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(n), items.end());
    std::vector<std::int64_t> touched;
    for (std::size_t k = 0; k < n; ++k) {
        Item& item = items[items.size() - n + k];
        item.updated = first + static_cast<std::int64_t>(k);
        item.json.replace(item.updated_at_offset, 25, format_time(item.updated));
        touched.push_back(item.id);
    }
    return touched;
}

std::vector<std::int64_t> Store::touch_at(const std::string& name, List list, int count,
                                          std::int64_t when) {
    const auto found = repos_.find(lower(name));
    if (found == repos_.end() || count <= 0) {
        return {};
    }
    auto& items = found->second.lists[index_of(list)];
    const std::size_t n = std::min(items.size(), static_cast<std::size_t>(count));
    std::vector<std::int64_t> touched;
    for (std::size_t k = 0; k < n; ++k) {
        Item& item = items[k];
        item.updated = when + static_cast<std::int64_t>(k);
        item.json.replace(item.updated_at_offset, 25, format_time(item.updated));
        touched.push_back(item.id);
    }
    // `since` is a binary search: the list stays in (updated, id) order.
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        return a.updated != b.updated ? a.updated < b.updated : a.id < b.id;
    });
    return touched;
}

std::vector<std::int64_t> Store::add_items(const std::string& name, List list, int count,
                                           std::int64_t now) {
    Repo& repo = repo_for_update(name);
    auto& items = repo.lists[index_of(list)];
    const std::int64_t first = std::max(now, items.empty() ? now : items.back().updated + 1);
    Random random(repo.rng);
    std::vector<std::int64_t> added;
    for (int i = 0; i < count; ++i) {
        const std::int64_t at = first + i;
        const std::int64_t id = next_id(list);
        switch (list) {
            case List::pulls:
                items.push_back(make_pull(repo, random, id, at));
                break;
            case List::pull_comments:
                items.push_back(make_pull_comment(repo, random, id, at));
                break;
            case List::issues: {
                Item item;
                item.id = id;
                render_issue(repo, issue_spec(repo, random, item, at), item);
                items.push_back(std::move(item));
                break;
            }
            case List::issue_comments:
                items.push_back(make_issue_comment(repo, random, id, at, nullptr));
                break;
        }
        added.push_back(id);
    }
    return added;
}

std::vector<std::int64_t> Store::ids(const std::string& name, List list) const {
    std::vector<std::int64_t> result;
    if (const Repo* repo = find(name)) {
        for (const Item& item : repo->lists[index_of(list)]) {
            result.push_back(item.id);
        }
    }
    return result;
}

FakeGitee::Sizes Store::sizes(const std::string& name) const {
    FakeGitee::Sizes sizes;
    if (const Repo* repo = find(name)) {
        const auto count = [&](List list) {
            return static_cast<int>(repo->lists[index_of(list)].size());
        };
        sizes = {count(List::pulls), count(List::pull_comments), count(List::issues),
                 count(List::issue_comments)};
    }
    return sizes;
}

const Repo* Store::find(const std::string& name) const {
    const auto found = repos_.find(lower(name));
    return found == repos_.end() ? nullptr : &found->second;
}

}  // namespace sigaudit::testing::fake
