#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace sigaudit::gitee_detail {

struct HttpPoolOptions {
    int jobs = 8;
    std::chrono::seconds connect_timeout{10};
    std::chrono::seconds request_timeout{60};
    std::string user_agent;
    // A list page is well under a megabyte; anything far larger is not Gitee.
    std::size_t max_body = 64u << 20;
};

struct HttpResponse {
    std::uint64_t id = 0;
    long status = 0;                             // 0 when no complete HTTP answer came
    std::map<std::string, std::string> headers;  // names lower case
    std::string body;
    // The transport failure (refused, reset, timed out, cut short); empty when
    // a whole answer came. It may contain the URL: redact before showing.
    std::string error;
    // The answer was cut off at HttpPoolOptions::max_body: asking again
    // would only bring the same oversized answer.
    bool too_large = false;
    // No connection could be made (name not resolved, refused, TLS): the
    // host is out of reach, not this request.
    bool unreachable = false;
    std::chrono::milliseconds elapsed{0};
};

// GET requests through one libcurl multi handle: connections are kept alive
// and reused, answers may come compressed, TLS is always verified, and at
// most `jobs` transfers run at once. Single-threaded: call from one thread.
class HttpPool {
  public:
    explicit HttpPool(HttpPoolOptions options);
    ~HttpPool();
    HttpPool(const HttpPool&) = delete;
    HttpPool& operator=(const HttpPool&) = delete;

    bool has_capacity() const;
    std::size_t in_flight() const;
    // Starts a transfer; `id` comes back with its response. Needs capacity.
    void start(std::uint64_t id, const std::string& url);
    // Wakes a poll() in progress; safe from any thread.
    void wakeup();
    // Drives the transfers for at most `timeout` (returning early on wakeup);
    // returns those that ended.
    std::vector<HttpResponse> poll(std::chrono::milliseconds timeout);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace sigaudit::gitee_detail
