#include "retry_policy.h"

#include <algorithm>
#include <charconv>

#include "sigaudit/common/strings.h"
#include "sigaudit/gitee/gitee_pages.h"

namespace sigaudit::gitee_detail {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

// No single wait beyond this, whatever Retry-After or the doubling say.
constexpr milliseconds kLongestWait{60'000};

std::optional<seconds> retry_after_of(const HttpResponse& response) {
    const auto found = response.headers.find("retry-after");
    if (found == response.headers.end()) {
        return std::nullopt;
    }
    // Delta-seconds only: Gitee never sends the HTTP-date form.
    long value = 0;
    const std::string& text = found->second;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0) {
        return std::nullopt;
    }
    return seconds(std::min(value, 3600L));
}

bool says_rate_limit(const HttpResponse& response, const std::string& message) {
    const auto remaining = response.headers.find("x-ratelimit-remaining");
    if (remaining != response.headers.end() && remaining->second == "0") {
        return true;
    }
    const std::string lower = to_lower_ascii(message);
    return lower.find("rate limit") != std::string::npos ||
           lower.find("too many") != std::string::npos;
}

std::string status_message(const HttpResponse& response) {
    const std::string said = error_message_of(response.body);
    return "HTTP " + std::to_string(response.status) + (said.empty() ? "" : ": " + said);
}

}  // namespace

Answer classify(const HttpResponse& response) {
    if (response.too_large) {
        return {AnswerKind::permanent, std::nullopt, response.error};
    }
    if (response.status == 0) {
        return {AnswerKind::transient, std::nullopt, response.error, response.unreachable};
    }
    const long status = response.status;
    if (status == 200) {
        return {AnswerKind::success, std::nullopt, {}};
    }
    const std::string message = status_message(response);
    if (status == 401) {
        return {AnswerKind::token_rejected, std::nullopt, message};
    }
    if (status == 429 || (status == 403 && says_rate_limit(response, message))) {
        return {AnswerKind::rate_limited, retry_after_of(response), message};
    }
    if (status >= 500 || status == 408) {
        return {AnswerKind::transient, retry_after_of(response), message};
    }
    return {AnswerKind::permanent, std::nullopt, message};
}

Backoff::Backoff(int retries, milliseconds first, seconds max_wait, std::uint32_t seed)
    : retries_(retries), first_(first), max_wait_(max_wait), random_(seed) {}

std::optional<milliseconds> Backoff::next(int attempt, milliseconds waited, const Answer& answer) {
    if (attempt > retries_) {
        return std::nullopt;
    }
    milliseconds wait;
    if (answer.retry_after) {
        // The server's word, plus a little jitter so waiting clients spread out.
        std::uniform_int_distribution<long> jitter(0, first_.count() / 2);
        wait = std::chrono::duration_cast<milliseconds>(*answer.retry_after) +
               milliseconds(jitter(random_));
    } else {
        // Full doubling, then jitter over its upper half: clients that failed
        // together do not come back together.
        const int doublings = std::min(attempt - 1, 16);
        const milliseconds ceiling = std::min(kLongestWait, first_ * (1L << doublings));
        std::uniform_int_distribution<long> half(ceiling.count() / 2, ceiling.count());
        wait = milliseconds(half(random_));
    }
    wait = std::min(wait, kLongestWait);
    if (waited + wait > max_wait_) {
        return std::nullopt;
    }
    return wait;
}

}  // namespace sigaudit::gitee_detail
