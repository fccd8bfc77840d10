#include "sigaudit/gitee/gitee_fetcher.h"

#include <algorithm>
#include <deque>
#include <memory>
#include <utility>

#include "http_pool.h"
#include "list_download.h"
#include "parse_worker.h"
#include "retry_policy.h"
#include "sigaudit/common/redact.h"
#include "sigaudit/common/version.h"
#include "sigaudit/gitee/gitee_pages.h"

namespace sigaudit {
namespace {

using gitee_detail::Answer;
using gitee_detail::AnswerKind;
using gitee_detail::Backoff;
using gitee_detail::HttpPool;
using gitee_detail::HttpResponse;
using gitee_detail::ListDownload;
using gitee_detail::ListEndpoint;
using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

struct RepositorySync {
    std::string repo;
    std::vector<ListDownload> lists;
    bool failed = false;
    bool delivered = false;
};

// One page request, across its tries.
struct PageRequest {
    std::size_t repository = 0;
    std::size_t list = 0;
    int page = 1;
    int attempt = 1;
    milliseconds waited{0};
    Clock::time_point not_before{};
};

class Fetcher {
  public:
    Fetcher(const std::vector<RepositoryPlan>& plans, const FetchOptions& options,
            FetchObserver& observer);
    FetchStats run();

  private:
    void queue_new_pages(std::size_t repository, std::size_t list);
    void start_ready_requests();
    milliseconds time_to_next_wake() const;
    void handle(HttpResponse&& response);
    void page_answered(const PageRequest& request, HttpResponse&& response);
    void page_parsed(gitee_detail::ParseWorker::Result&& result);
    void retry_or_fail(PageRequest request, const Answer& answer);
    void fail(std::size_t repository, const PageRequest& request, const std::string& message,
              bool token_rejected = false, const Answer* last = nullptr);
    void deliver_if_complete(std::size_t repository);
    void report_progress(std::size_t repository);
    ListDownload& download(const PageRequest& request);
    std::string endpoint_of(const PageRequest& request);

    const FetchOptions& options_;
    FetchObserver& observer_;
    std::vector<RepositorySync> repositories_;
    HttpPool pool_;
    Backoff backoff_;
    std::deque<PageRequest> ready_;
    std::vector<PageRequest> waiting_;  // retries, until their not_before
    std::map<std::uint64_t, PageRequest> in_flight_;
    // Answers being parsed, by the id of their transfer, with their headers.
    std::map<std::uint64_t, std::pair<PageRequest, std::map<std::string, std::string>>> parsing_;
    gitee_detail::ParseWorker parser_;
    std::uint64_t next_id_ = 1;
    // A rate limit holds every request, not just the one that met it.
    Clock::time_point paused_until_{};
    FetchStats stats_;
    Instant started_ = 0;
    // Items dated after this are not believed: a day past the fetch's start.
    Instant future_cap_ = 0;
    // The newest time the server's Date headers gave, if any.
    std::optional<Instant> server_now_;
};

Instant fetch_start(const FetchOptions& options) {
    if (options.now != 0) {
        return options.now;
    }
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

Fetcher::Fetcher(const std::vector<RepositoryPlan>& plans, const FetchOptions& options,
                 FetchObserver& observer)
    : options_(options),
      observer_(observer),
      pool_(gitee_detail::HttpPoolOptions{options.jobs, options.connect_timeout,
                                          options.request_timeout,
                                          std::string("sigaudit/") + kVersion}),
      backoff_(options.retries, options.first_backoff, options.max_wait, std::random_device{}()),
      parser_([this] { pool_.wakeup(); }),
      started_(fetch_start(options)),
      future_cap_(started_ + kClockSlack) {
    for (const RepositoryPlan& plan : plans) {
        RepositorySync sync{plan.repo, {}, false, false};
        for (std::size_t list = 0; list < kGiteeListCount; ++list) {
            std::optional<Instant> since;
            if (plan.high_water[list]) {
                since = *plan.high_water[list] - options.overlap.count();
            }
            sync.lists.emplace_back(ListEndpoint{plan.repo, static_cast<GiteeList>(list), since},
                                    options.max_pages);
        }
        repositories_.push_back(std::move(sync));
    }
}

FetchStats Fetcher::run() {
    for (std::size_t repository = 0; repository < repositories_.size(); ++repository) {
        for (std::size_t list = 0; list < kGiteeListCount; ++list) {
            queue_new_pages(repository, list);
        }
    }
    while (!stats_.token_rejected &&
           (!ready_.empty() || !waiting_.empty() || !in_flight_.empty() || !parsing_.empty())) {
        start_ready_requests();
        for (HttpResponse& response : pool_.poll(time_to_next_wake())) {
            handle(std::move(response));
        }
        for (auto& result : parser_.take_results()) {
            page_parsed(std::move(result));
        }
    }
    for (const RepositorySync& sync : repositories_) {
        stats_.repositories_fetched += sync.delivered ? 1 : 0;
    }
    return std::move(stats_);
}

void Fetcher::queue_new_pages(std::size_t repository, std::size_t list) {
    for (const int page : repositories_[repository].lists[list].take_pages()) {
        ready_.push_back(PageRequest{repository, list, page, 1, milliseconds(0), {}});
    }
}

void Fetcher::start_ready_requests() {
    const Clock::time_point now = Clock::now();
    // Retries whose wait is over go first: they hold a list back.
    for (auto it = waiting_.begin(); it != waiting_.end();) {
        if (it->not_before <= now) {
            ready_.push_front(*it);
            it = waiting_.erase(it);
        } else {
            ++it;
        }
    }
    while (now >= paused_until_ && pool_.has_capacity() && !ready_.empty()) {
        const PageRequest request = ready_.front();
        ready_.pop_front();
        if (repositories_[request.repository].failed) {
            continue;
        }
        const ListEndpoint& endpoint = download(request).endpoint();
        const std::uint64_t id = next_id_++;
        pool_.start(id, endpoint.url(options_.api_url, options_.token, request.page));
        in_flight_.emplace(id, request);
        ++stats_.requests;
    }
}

milliseconds Fetcher::time_to_next_wake() const {
    milliseconds wake(1000);
    const Clock::time_point now = Clock::now();
    auto until = [&](Clock::time_point when) {
        return std::max(milliseconds(1), std::chrono::ceil<milliseconds>(when - now));
    };
    for (const PageRequest& request : waiting_) {
        wake = std::min(wake, until(request.not_before));
    }
    if (!ready_.empty() && paused_until_ > now) {
        wake = std::min(wake, until(paused_until_));
    }
    return wake;
}

ListDownload& Fetcher::download(const PageRequest& request) {
    return repositories_[request.repository].lists[request.list];
}

std::string Fetcher::endpoint_of(const PageRequest& request) {
    return download(request).endpoint().describe(request.page);
}

void Fetcher::handle(HttpResponse&& response) {
    const auto found = in_flight_.find(response.id);
    const PageRequest request = found->second;
    in_flight_.erase(found);
    const ListEndpoint& endpoint = download(request).endpoint();
    observer_.request_finished(RequestLog{
        redact(endpoint.url(options_.api_url, options_.token, request.page), options_.token),
        static_cast<int>(response.status), redact(response.error, options_.token), response.elapsed,
        request.attempt});
    if (repositories_[request.repository].failed) {
        return;
    }
    const Answer answer = gitee_detail::classify(response);
    switch (answer.kind) {
        case AnswerKind::success:
            page_answered(request, std::move(response));
            return;
        case AnswerKind::token_rejected:
            fail(request.repository, request,
                 "token rejected (" + redact(answer.message, options_.token) + ")", true);
            return;
        case AnswerKind::permanent:
            fail(request.repository, request, redact(answer.message, options_.token));
            return;
        case AnswerKind::transient:
        case AnswerKind::rate_limited:
            retry_or_fail(request, answer);
            return;
    }
}

void Fetcher::page_answered(const PageRequest& request, HttpResponse&& response) {
    if (const auto date = response.headers.find("date"); date != response.headers.end()) {
        if (const std::optional<Instant> server_now = parse_http_date(date->second)) {
            server_now_ = std::max(server_now_.value_or(*server_now), *server_now);
        }
    }
    parser_.post(
        {response.id, download(request).endpoint(), request.page, std::move(response.body)});
    parsing_.emplace(response.id, std::make_pair(request, std::move(response.headers)));
}

void Fetcher::page_parsed(gitee_detail::ParseWorker::Result&& result) {
    const auto found = parsing_.find(result.tag);
    const auto [request, headers] = std::move(found->second);
    parsing_.erase(found);
    if (repositories_[request.repository].failed) {
        return;
    }
    if (!result.items) {
        // A truncated or garbled body is a failed request, never an empty page.
        retry_or_fail(request, Answer{AnswerKind::transient, std::nullopt, result.error});
        return;
    }
    ListDownload& list = download(request);
    list.page_arrived(request.page, std::move(*result.items), headers);
    ++stats_.pages;
    queue_new_pages(request.repository, request.list);
    report_progress(request.repository);
    if (list.inconsistency()) {
        fail(request.repository, request, *list.inconsistency());
        return;
    }
    deliver_if_complete(request.repository);
}

void Fetcher::retry_or_fail(PageRequest request, const Answer& answer) {
    const std::optional<milliseconds> wait = backoff_.next(request.attempt, request.waited, answer);
    if (!wait) {
        const int tries = request.attempt;
        fail(request.repository, request,
             redact(answer.message, options_.token) + " (" + std::to_string(tries) +
                 (tries == 1 ? " try)" : " tries)"),
             false, &answer);
        return;
    }
    ++stats_.retries;
    ++request.attempt;
    request.waited += *wait;
    request.not_before = Clock::now() + *wait;
    if (answer.kind == AnswerKind::rate_limited) {
        paused_until_ = std::max(paused_until_, request.not_before);
    }
    waiting_.push_back(request);
}

void Fetcher::fail(std::size_t repository, const PageRequest& request, const std::string& message,
                   bool token_rejected, const Answer* last) {
    RepositorySync& sync = repositories_[repository];
    if (sync.failed) {
        return;
    }
    sync.failed = true;
    const FetchFailure failure{sync.repo,
                               redact(endpoint_of(request), options_.token),
                               message,
                               token_rejected,
                               last != nullptr && last->unreachable,
                               last != nullptr ? redact(last->message, options_.token) : message,
                               request.attempt};
    stats_.failures.push_back(failure);
    stats_.token_rejected = stats_.token_rejected || token_rejected;
    observer_.repository_failed(failure);
}

void Fetcher::deliver_if_complete(std::size_t repository) {
    RepositorySync& sync = repositories_[repository];
    const bool complete = std::all_of(sync.lists.begin(), sync.lists.end(),
                                      [](const ListDownload& list) { return list.done(); });
    if (!complete || sync.delivered) {
        return;
    }
    FetchedRepository fetched;
    fetched.repo = sync.repo;
    fetched.synced_at = started_;
    // The earlier of the two clocks: one set wrong, on either side, cannot
    // let a far-future item carry the mark past now.
    const Instant cap =
        server_now_ ? std::min(future_cap_, *server_now_ + kClockSlack) : future_cap_;
    for (std::size_t list = 0; list < kGiteeListCount; ++list) {
        fetched.high_water[list] = sync.lists[list].newest(cap);
        fetched.from_start[list] = !sync.lists[list].endpoint().since;
        fetched.future_dated[list] = sync.lists[list].after(cap);
        const std::vector<std::string>& warnings = sync.lists[list].warnings();
        fetched.warnings.insert(fetched.warnings.end(), warnings.begin(), warnings.end());
        sync.lists[list].move_into(fetched);
    }
    sync.delivered = true;
    observer_.repository_fetched(std::move(fetched));
}

void Fetcher::report_progress(std::size_t repository) {
    const RepositorySync& sync = repositories_[repository];
    RepositoryProgress progress{sync.repo, 0, 0, 0};
    for (const ListDownload& list : sync.lists) {
        progress.pages_done += list.pages_done();
        progress.pages_known += list.pages_known();
        progress.items += static_cast<long>(list.items());
    }
    observer_.progress(progress);
}

}  // namespace

FetchStats fetch_repositories(const std::vector<RepositoryPlan>& plans, const FetchOptions& options,
                              FetchObserver& observer) {
    Fetcher fetcher(plans, options, observer);
    return fetcher.run();
}

}  // namespace sigaudit
