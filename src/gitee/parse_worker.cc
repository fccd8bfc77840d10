#include "parse_worker.h"

#include <utility>

#include "sigaudit/gitee/gitee_pages.h"

namespace sigaudit::gitee_detail {

ParseWorker::ParseWorker(std::function<void()> notify)
    : notify_(std::move(notify)), thread_([this] { run(); }) {}

ParseWorker::~ParseWorker() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        jobs_.clear();
    }
    work_ready_.notify_one();
    thread_.join();
}

void ParseWorker::post(Job job) {
    {
        std::lock_guard lock(mutex_);
        jobs_.push_back(std::move(job));
    }
    ++pending_;
    work_ready_.notify_one();
}

std::vector<ParseWorker::Result> ParseWorker::take_results() {
    std::vector<Result> results;
    {
        std::lock_guard lock(mutex_);
        results.swap(results_);
    }
    pending_ -= results.size();
    return results;
}

void ParseWorker::run() {
    for (;;) {
        Job job;
        {
            std::unique_lock lock(mutex_);
            work_ready_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
            if (stopping_) {
                return;
            }
            job = std::move(jobs_.front());
            jobs_.pop_front();
        }
        Result result;
        result.tag = job.tag;
        try {
            result.items = parse_list_page(job.endpoint, job.page, job.body);
        } catch (const PageError& error) {
            result.error = error.what();
        } catch (const std::bad_alloc&) {
            result.error = job.endpoint.describe(job.page) + ": out of memory parsing the page";
        }
        {
            std::lock_guard lock(mutex_);
            results_.push_back(std::move(result));
        }
        notify_();
    }
}

}  // namespace sigaudit::gitee_detail
