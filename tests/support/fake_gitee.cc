#include "support/fake_gitee.h"

#include <httplib.h>
#include <sys/socket.h>

#include <algorithm>
#include <charconv>
#include <csignal>
#include <ctime>
#include <set>
#include <shared_mutex>
#include <stdexcept>

#include "support/fake_comment_board.h"
#include "support/fake_gitee_answers.h"
#include "support/fake_gitee_data.h"

namespace sigaudit::testing {

namespace {

using fake::List;

std::string lower(std::string text) {
    for (char& c : text) {
        c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return text;
}

struct Route {
    std::string repo;  // "owner/name", lower case
    List list;
};

// "/api/v5/repos/{owner}/{repo}/{pulls|pulls/comments|issues|issues/comments}".
std::optional<Route> route_of(const std::string& path) {
    const std::string_view prefix = "/api/v5/repos/";
    if (path.compare(0, prefix.size(), prefix) != 0) {
        return std::nullopt;
    }
    const std::string rest = path.substr(prefix.size());
    const std::size_t owner_end = rest.find('/');
    const std::size_t name_end =
        owner_end == std::string::npos ? std::string::npos : rest.find('/', owner_end + 1);
    if (owner_end == 0 || name_end == std::string::npos || name_end == owner_end + 1) {
        return std::nullopt;
    }
    const std::string tail = rest.substr(name_end + 1);
    const std::string repo = lower(rest.substr(0, name_end));
    if (tail == "pulls") {
        return Route{repo, List::pulls};
    }
    if (tail == "pulls/comments") {
        return Route{repo, List::pull_comments};
    }
    if (tail == "issues") {
        return Route{repo, List::issues};
    }
    if (tail == "issues/comments") {
        return Route{repo, List::issue_comments};
    }
    return std::nullopt;
}

// A positive integer parameter; `fallback` when absent, malformed or < 1,
// which is what Gitee does with page=0 or per_page=abc.
int positive_param(const httplib::Request& req, const char* key, int fallback) {
    if (!req.has_param(key)) {
        return fallback;
    }
    const std::string text = req.get_param_value(key);
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error != std::errc() || end != text.data() + text.size() || value < 1 ? fallback : value;
}

std::string param_or(const httplib::Request& req, const char* key, std::string fallback) {
    return req.has_param(key) ? req.get_param_value(key) : fallback;
}

struct QueryOrError {
    fake::PageQuery query;
    std::string error;  // a 400 message when not empty
};

// Gitee's list parameters: state (pulls and issues, default open), since,
// sort (default created), direction (default desc), page, per_page (≤ 100).
QueryOrError page_query(const httplib::Request& req, List list) {
    QueryOrError result;
    fake::PageQuery& query = result.query;
    if (list == List::pulls || list == List::issues) {
        const std::string state = param_or(req, "state", "open");
        const std::set<std::string> known =
            list == List::pulls
                ? std::set<std::string>{"open", "closed", "merged", "all"}
                : std::set<std::string>{"open", "progressing", "closed", "rejected", "all"};
        if (known.count(state) == 0) {
            result.error = "state is invalid";
        }
        query.state = state == "all" ? std::nullopt : std::optional(state);
    }
    if (req.has_param("since")) {
        query.since = fake::parse_time(req.get_param_value("since"));
        if (!query.since) {
            // Most often a '+' sent unencoded, which arrives as a space.
            result.error = "since is invalid";
        }
    }
    const std::string sort = param_or(req, "sort", "created");
    const std::string direction = param_or(req, "direction", "desc");
    if ((sort != "created" && sort != "updated") || (direction != "asc" && direction != "desc")) {
        result.error = "sort or direction is invalid";
    }
    query.by_created = sort == "created";
    query.descending = direction == "desc";
    query.page = positive_param(req, "page", 1);
    query.per_page = std::min(100, positive_param(req, "per_page", 20));
    return result;
}

bool matches(const FakeGitee::Fault& fault, const Route& route, int page) {
    return (!fault.repo || lower(*fault.repo) == route.repo) &&
           (!fault.list || *fault.list == route.list) && (!fault.page || *fault.page == page);
}

}  // namespace

struct FakeGitee::Impl {
    httplib::Server server;
    std::thread thread;
    int port = 0;
    int listen_socket = -1;
    std::atomic<bool> listen_returned{false};
    std::atomic<bool> stopping{false};  // ends trickling answers when the server stops

    mutable std::shared_mutex data_mutex;  // guards store
    fake::Store store;
    CommentBoard board;  // thread-safe on its own

    mutable std::mutex mutex;  // guards everything below
    std::optional<std::string> token;
    std::chrono::milliseconds latency{0};
    std::chrono::seconds clock_offset{0};
    std::vector<Fault> faults;
    std::function<void(const Request&)> hook;
    std::vector<Request> requests;
    std::set<std::pair<std::string, int>> connections;

    std::atomic<int> in_flight{0};
    std::atomic<int> peak{0};

    void handle(const httplib::Request& req, httplib::Response& res);
    Request observe(const httplib::Request& req);
    void answer(const httplib::Request& req, httplib::Response& res);
    void answer_list(const httplib::Request& req, const Route& route, httplib::Response& res);
    std::optional<Fault> take_fault(const Route& route, int page);
};

namespace {

// Counts a request as being answered for as long as it lives.
class InFlight {
  public:
    InFlight(std::atomic<int>& in_flight, std::atomic<int>& peak) : in_flight_(in_flight) {
        const int now = ++in_flight_;
        int seen = peak.load();
        while (now > seen && !peak.compare_exchange_weak(seen, now)) {
        }
    }
    ~InFlight() { --in_flight_; }
    InFlight(const InFlight&) = delete;
    InFlight& operator=(const InFlight&) = delete;

  private:
    std::atomic<int>& in_flight_;
};

}  // namespace

namespace {

std::string http_date(std::chrono::system_clock::time_point when) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(when);
    std::tm fields{};
    ::gmtime_r(&seconds, &fields);
    char text[32];
    std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S GMT", &fields);
    return text;
}

}  // namespace

void FakeGitee::Impl::handle(const httplib::Request& req, httplib::Response& res) {
    const InFlight counted(in_flight, peak);
    Request seen = observe(req);
    std::function<void(const Request&)> hook_now;
    std::chrono::milliseconds wait{0};
    std::chrono::seconds offset{0};
    {
        const std::lock_guard lock(mutex);
        hook_now = hook;
        wait = latency;
        offset = clock_offset;
    }
    std::this_thread::sleep_for(wait);  // outside every lock, so requests overlap
    if (hook_now) {
        hook_now(seen);
    }
    answer(req, res);
    res.set_header("Date", http_date(std::chrono::system_clock::now() + offset));
    seen.status = res.status;
    const std::lock_guard lock(mutex);
    requests.push_back(std::move(seen));
}

FakeGitee::Request FakeGitee::Impl::observe(const httplib::Request& req) {
    Request seen;
    seen.path = req.path;
    for (const auto& [key, value] : req.params) {
        seen.query.insert_or_assign(key, value);
    }
    for (const auto& [name, value] : req.headers) {
        // httplib files the peer's address among the headers; the client sent none of these.
        static const std::set<std::string> added{"remote_addr", "remote_port", "local_addr",
                                                 "local_port"};
        if (added.count(lower(name)) == 0) {
            seen.headers.insert_or_assign(lower(name), value);
        }
    }
    const std::lock_guard lock(mutex);
    connections.emplace(req.remote_addr, req.remote_port);
    return seen;
}

void FakeGitee::Impl::answer(const httplib::Request& req, httplib::Response& res) {
    const CommentBoard::Exchange exchange{req.method,
                                          req.path,
                                          {req.params.begin(), req.params.end()},
                                          req.get_header_value("Authorization"),
                                          req.body};
    if (const auto written = board.answer(exchange)) {
        res.status = written->status;
        res.set_content(written->body, kJsonType);
        return;
    }
    std::optional<std::string> wanted;
    {
        const std::lock_guard lock(mutex);
        wanted = token;
    }
    if (wanted && param_or(req, "access_token", "") != *wanted) {
        answer_json(res, 401, "401 Unauthorized: Access token does not exist");
        return;
    }
    const auto route = route_of(req.path);
    if (!route) {
        answer_json(res, 404, "Not Found");
        return;
    }
    answer_list(req, *route, res);
}

void FakeGitee::Impl::answer_list(const httplib::Request& req, const Route& route,
                                  httplib::Response& res) {
    const auto fault = take_fault(route, positive_param(req, "page", 1));
    if (fault && answer_error_fault(*fault, res)) {
        return;
    }
    if (fault && fault->kind == FaultKind::slow) {
        std::this_thread::sleep_for(fault->delay);
    }
    const QueryOrError query = page_query(req, route.list);
    if (!query.error.empty()) {
        answer_json(res, 400, query.error);
        return;
    }
    const FaultKind kind = fault ? fault->kind : FaultKind::slow;
    fake::PageQuery asked = query.query;
    if (kind == FaultKind::repeating_page) {
        asked.page = 1;
    }
    fake::Page page;
    {
        const std::shared_lock lock(data_mutex);
        const fake::Repo* repo = store.find(route.repo);
        if (repo == nullptr) {
            answer_json(res, 404, "Not Found Project");
            return;
        }
        page = fake::render_page(*repo, route.list, asked);
    }
    res.status = 200;
    if (kind == FaultKind::lying_totals) {
        res.set_header("total_count", "1000000");
        res.set_header("total_page", "1000000000");
    } else if (kind != FaultKind::repeating_page && kind != FaultKind::no_totals) {
        res.set_header("total_count", std::to_string(page.total_count));
        res.set_header("total_page", kind == FaultKind::inflated_total_page
                                         ? std::string("1000000000")
                                         : std::to_string(page.total_page));
    }
    if (kind == FaultKind::drop_connection) {
        answer_dropped(res, std::move(page.body));
        return;
    }
    if (kind == FaultKind::trickle) {
        answer_trickling(res, std::move(page.body), fault->delay, stopping);
        return;
    }
    if (kind == FaultKind::truncated_json) {
        // Half way into the last item, or just "[" when there is none.
        const std::size_t item = page.last_item_offset;
        page.body.resize(item == 0 ? 1 : item + (page.body.size() - 1 - item) / 2);
    } else if (kind == FaultKind::empty_page) {
        page.body = "[]";
    }
    res.body = std::move(page.body);  // set_content would copy it
    res.set_header("Content-Type", kJsonType);
}

std::optional<FakeGitee::Fault> FakeGitee::Impl::take_fault(const Route& route, int page) {
    const std::lock_guard lock(mutex);
    for (auto it = faults.begin(); it != faults.end(); ++it) {
        if (it->times == 0 || !matches(*it, route, page)) {
            continue;
        }
        const Fault fault = *it;
        if (it->times > 0 && --it->times == 0) {
            faults.erase(it);
        }
        return fault;
    }
    return std::nullopt;
}

FakeGitee::FakeGitee() : impl_(std::make_unique<Impl>()) {
    // Debian's httplib sends without MSG_NOSIGNAL: writing to a client that
    // hung up (as it does on a trickling answer) would kill the test process.
    std::signal(SIGPIPE, SIG_IGN);
    Impl& impl = *impl_;
    httplib::Server& server = impl.server;
    // Every kept-alive connection holds a worker, so leave room beyond the
    // 16 concurrent requests a fetch makes.
    server.new_task_queue = [] { return new httplib::ThreadPool(64); };
    server.set_keep_alive_max_count(1000);
    // Headers and body go out in separate writes; with Nagle's algorithm the
    // body then waits for the client's delayed ACK, 40 ms per kept-alive request.
    server.set_tcp_nodelay(true);
    server.set_keep_alive_timeout(2);
    const auto handle = [&impl](const httplib::Request& req, httplib::Response& res) {
        impl.handle(req, res);
    };
    server.Get(".*", handle);
    server.Post(".*", handle);  // pull-request comments (CommentBoard)
    server.Patch(".*", handle);
    server.set_socket_options([&impl](socket_t sock) {
        httplib::default_socket_options(sock);
        impl.listen_socket = impl.listen_socket < 0 ? sock : impl.listen_socket;
    });
    impl.port = server.bind_to_any_port("127.0.0.1");
    if (impl.port <= 0) {
        throw std::runtime_error("FakeGitee: cannot bind a port on 127.0.0.1");
    }
    // httplib listens with a backlog of 5: a burst of 16 new connections
    // overflows it, and the dropped ones retry a second later, which would
    // distort every concurrency figure. Listening again only widens it.
    ::listen(impl.listen_socket, SOMAXCONN);
    impl.thread = std::thread([&impl] {
        impl.server.listen_after_bind();
        impl.listen_returned = true;
    });
    // stop() before the listen loop runs would be lost, and tests connect at once.
    while (!server.is_running() && !impl.listen_returned) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    if (!server.is_running()) {
        impl.thread.join();
        throw std::runtime_error("FakeGitee: the server did not start");
    }
}

FakeGitee::~FakeGitee() {
    impl_->stopping = true;
    impl_->server.stop();
    impl_->thread.join();
}

std::string FakeGitee::api_url() const {
    return "http://127.0.0.1:" + std::to_string(impl_->port) + "/api/v5";
}

CommentBoard& FakeGitee::comments() {
    return impl_->board;
}

int FakeGitee::port() const {
    return impl_->port;
}

void FakeGitee::generate(const std::string& repo, Sizes sizes, std::uint32_t seed,
                         std::vector<std::string> logins) {
    const std::unique_lock lock(impl_->data_mutex);
    impl_->store.generate(repo, sizes, seed, logins);
}

void FakeGitee::add_empty_repo(const std::string& repo) {
    const std::unique_lock lock(impl_->data_mutex);
    impl_->store.add_empty(repo);
}

namespace {

std::int64_t now_seconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace

std::vector<std::int64_t> FakeGitee::touch(const std::string& repo, List list, int count) {
    const std::unique_lock lock(impl_->data_mutex);
    return impl_->store.touch(repo, list, count, now_seconds());
}

std::vector<std::int64_t> FakeGitee::touch_at(const std::string& repo, List list, int count,
                                              std::chrono::system_clock::time_point when) {
    const std::unique_lock lock(impl_->data_mutex);
    return impl_->store.touch_at(
        repo, list, count,
        std::chrono::duration_cast<std::chrono::seconds>(when.time_since_epoch()).count());
}

std::vector<std::int64_t> FakeGitee::add_items(const std::string& repo, List list, int count) {
    const std::unique_lock lock(impl_->data_mutex);
    return impl_->store.add_items(repo, list, count, now_seconds());
}

std::vector<std::int64_t> FakeGitee::ids(const std::string& repo, List list) const {
    const std::shared_lock lock(impl_->data_mutex);
    return impl_->store.ids(repo, list);
}

FakeGitee::Sizes FakeGitee::sizes(const std::string& repo) const {
    const std::shared_lock lock(impl_->data_mutex);
    return impl_->store.sizes(repo);
}

void FakeGitee::require_token(std::string token) {
    const std::lock_guard lock(impl_->mutex);
    impl_->token = std::move(token);
}

void FakeGitee::set_latency(std::chrono::milliseconds latency) {
    const std::lock_guard lock(impl_->mutex);
    impl_->latency = latency;
}

void FakeGitee::set_clock_offset(std::chrono::seconds offset) {
    const std::lock_guard lock(impl_->mutex);
    impl_->clock_offset = offset;
}

void FakeGitee::add_fault(Fault fault) {
    const std::lock_guard lock(impl_->mutex);
    impl_->faults.push_back(std::move(fault));
}

void FakeGitee::clear_faults() {
    const std::lock_guard lock(impl_->mutex);
    impl_->faults.clear();
}

void FakeGitee::on_request(std::function<void(const Request&)> hook) {
    const std::lock_guard lock(impl_->mutex);
    impl_->hook = std::move(hook);
}

std::vector<FakeGitee::Request> FakeGitee::requests() const {
    const std::lock_guard lock(impl_->mutex);
    return impl_->requests;
}

std::size_t FakeGitee::request_count() const {
    const std::lock_guard lock(impl_->mutex);
    return impl_->requests.size();
}

void FakeGitee::clear_requests() {
    const std::lock_guard lock(impl_->mutex);
    impl_->requests.clear();
}

int FakeGitee::peak_concurrency() const {
    return impl_->peak.load();
}

std::size_t FakeGitee::connection_count() const {
    const std::lock_guard lock(impl_->mutex);
    return impl_->connections.size();
}

}  // namespace sigaudit::testing
