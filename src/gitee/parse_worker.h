#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "list_download.h"

namespace sigaudit::gitee_detail {

// Parses pages on a thread of its own, so the transfer loop never stalls on
// JSON while other answers wait in socket buffers and requests wait to start.
class ParseWorker {
  public:
    struct Job {
        std::uint64_t tag = 0;
        ListEndpoint endpoint;
        int page = 1;
        std::string body;
    };
    struct Result {
        std::uint64_t tag = 0;
        std::optional<ParsedPage> items;
        std::string error;  // the PageError's text when the body was no page
    };

    // `notify` runs on the worker after each result, to wake the loop.
    explicit ParseWorker(std::function<void()> notify);
    ~ParseWorker();  // drops jobs not yet started; finishes the current one
    ParseWorker(const ParseWorker&) = delete;
    ParseWorker& operator=(const ParseWorker&) = delete;

    void post(Job job);
    std::vector<Result> take_results();
    // Jobs posted whose results were not yet taken.
    std::size_t pending() const { return pending_; }

  private:
    void run();

    std::function<void()> notify_;
    std::mutex mutex_;
    std::condition_variable work_ready_;
    std::deque<Job> jobs_;
    std::vector<Result> results_;
    bool stopping_ = false;
    std::size_t pending_ = 0;  // the loop's own count: only it posts and takes
    std::thread thread_;
};

}  // namespace sigaudit::gitee_detail
