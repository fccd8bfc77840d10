#pragma once

#include <chrono>
#include <optional>
#include <random>
#include <string>

#include "http_pool.h"

namespace sigaudit::gitee_detail {

// What an answer means for the request that got it.
enum class AnswerKind {
    success,         // 200 with a body to parse
    transient,       // 5xx, 408, a transport error or timeout: try again soon
    rate_limited,    // 429, or 403 saying so: wait (Retry-After when given), then again
    token_rejected,  // 401: no retry can help, and every other request would fail alike
    permanent,       // 404, a plain 403, other 4xx: this request cannot succeed
};

struct Answer {
    AnswerKind kind = AnswerKind::success;
    std::optional<std::chrono::seconds> retry_after;
    std::string message;       // what went wrong, for the failure report (unredacted)
    bool unreachable = false;  // no connection could be made: name, refused, TLS
};

Answer classify(const HttpResponse& response);

// Exponential backoff with jitter, bounded in tries and in total waiting.
class Backoff {
  public:
    Backoff(int retries, std::chrono::milliseconds first, std::chrono::seconds max_wait,
            std::uint32_t seed);
    // The wait before try number `attempt + 1` of a request that has waited
    // `waited` so far; nothing when its tries or its waiting are used up.
    std::optional<std::chrono::milliseconds> next(int attempt, std::chrono::milliseconds waited,
                                                  const Answer& answer);

  private:
    int retries_;
    std::chrono::milliseconds first_;
    std::chrono::milliseconds max_wait_;
    std::mt19937 random_;
};

}  // namespace sigaudit::gitee_detail
