#include "http_pool.h"

#include <curl/curl.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <new>
#include <stdexcept>
#include <string_view>
#include <utility>

#include "sigaudit/common/strings.h"

namespace sigaudit::gitee_detail {
namespace {

using Clock = std::chrono::steady_clock;

void init_curl_once() {
    static const CURLcode rc = curl_global_init(CURL_GLOBAL_DEFAULT);
    if (rc != CURLE_OK) {
        throw std::runtime_error(std::string("cannot initialise libcurl: ") +
                                 curl_easy_strerror(rc));
    }
}

struct Transfer {
    std::uint64_t id = 0;
    CURL* easy = nullptr;
    std::size_t max_body = 0;
    bool too_large = false;
    Clock::time_point started;
    HttpResponse response;
    std::array<char, CURL_ERROR_SIZE> error_buffer{};
};

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
    auto* transfer = static_cast<Transfer*>(user);
    const std::size_t bytes = size * count;
    if (transfer->response.body.size() + bytes > transfer->max_body) {
        transfer->too_large = true;
        return 0;  // libcurl aborts the transfer with CURLE_WRITE_ERROR
    }
    transfer->response.body.append(data, bytes);
    return bytes;
}

std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
    auto* transfer = static_cast<Transfer*>(user);
    const std::size_t bytes = size * count;
    const std::string_view line(data, bytes);
    if (istarts_with(line, "HTTP/")) {
        transfer->response.headers.clear();  // a new answer (after 100 Continue)
        return bytes;
    }
    const std::size_t colon = line.find(':');
    if (colon != std::string_view::npos) {
        transfer->response.headers[to_lower_ascii(trim(line.substr(0, colon)))] =
            std::string(trim(line.substr(colon + 1)));
    }
    return bytes;
}

template <typename Value>
void set(CURL* easy, CURLoption option, Value value) {
    if (curl_easy_setopt(easy, option, value) != CURLE_OK) {
        throw std::runtime_error("libcurl refused an option");
    }
}

}  // namespace

struct HttpPool::Impl {
    HttpPoolOptions options;
    CURLM* multi = nullptr;
    std::vector<std::unique_ptr<Transfer>> running;
    // Finished easy handles keep their connection and DNS caches warm.
    std::vector<CURL*> idle_handles;

    CURL* take_handle() {
        if (!idle_handles.empty()) {
            CURL* easy = idle_handles.back();
            idle_handles.pop_back();
            curl_easy_reset(easy);
            return easy;
        }
        CURL* easy = curl_easy_init();
        if (!easy) {
            throw std::bad_alloc();
        }
        return easy;
    }

    void configure(Transfer& transfer, const std::string& url) const {
        CURL* easy = transfer.easy;
        set(easy, CURLOPT_URL, url.c_str());
        set(easy, CURLOPT_HTTPGET, 1L);
        set(easy, CURLOPT_NOSIGNAL, 1L);
        set(easy, CURLOPT_PROTOCOLS_STR, "http,https");
        set(easy, CURLOPT_USERAGENT, options.user_agent.c_str());
        set(easy, CURLOPT_ACCEPT_ENCODING, "");  // whatever this libcurl can decode
        set(easy, CURLOPT_CONNECTTIMEOUT_MS,
            static_cast<long>(options.connect_timeout.count() * 1000));
        set(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(options.request_timeout.count() * 1000));
        set(easy, CURLOPT_SSL_VERIFYPEER, 1L);
        set(easy, CURLOPT_SSL_VERIFYHOST, 2L);
        set(easy, CURLOPT_FOLLOWLOCATION, 0L);
        set(easy, CURLOPT_ERRORBUFFER, transfer.error_buffer.data());
        set(easy, CURLOPT_WRITEFUNCTION, on_body);
        set(easy, CURLOPT_WRITEDATA, &transfer);
        set(easy, CURLOPT_HEADERFUNCTION, on_header);
        set(easy, CURLOPT_HEADERDATA, &transfer);
        set(easy, CURLOPT_PRIVATE, &transfer);
    }

    std::vector<HttpResponse> collect_finished() {
        std::vector<HttpResponse> done;
        int queued = 0;
        while (CURLMsg* message = curl_multi_info_read(multi, &queued)) {
            if (message->msg != CURLMSG_DONE) {
                continue;
            }
            Transfer* transfer = nullptr;
            curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, &transfer);
            const CURLcode result = message->data.result;
            done.push_back(finish(*transfer, result));
            std::erase_if(running, [&](const auto& t) { return t.get() == transfer; });
        }
        return done;
    }

    HttpResponse finish(Transfer& transfer, CURLcode result) {
        HttpResponse response = std::move(transfer.response);
        response.id = transfer.id;
        response.elapsed =
            std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - transfer.started);
        if (result == CURLE_OK) {
            curl_easy_getinfo(transfer.easy, CURLINFO_RESPONSE_CODE, &response.status);
        } else {
            response.status = 0;
            response.too_large = transfer.too_large;
            response.unreachable =
                result == CURLE_COULDNT_RESOLVE_HOST || result == CURLE_COULDNT_RESOLVE_PROXY ||
                result == CURLE_COULDNT_CONNECT || result == CURLE_SSL_CONNECT_ERROR;
            response.error =
                transfer.too_large
                    ? "the answer exceeded " + std::to_string(options.max_body >> 20) + " MiB"
                : transfer.error_buffer[0] != '\0' ? std::string(transfer.error_buffer.data())
                                                   : std::string(curl_easy_strerror(result));
        }
        curl_multi_remove_handle(multi, transfer.easy);
        idle_handles.push_back(transfer.easy);
        return response;
    }
};

HttpPool::HttpPool(HttpPoolOptions options) : impl_(std::make_unique<Impl>()) {
    init_curl_once();
    impl_->options = std::move(options);
    impl_->options.jobs = std::max(1, impl_->options.jobs);
    impl_->multi = curl_multi_init();
    if (!impl_->multi) {
        throw std::bad_alloc();
    }
    curl_multi_setopt(impl_->multi, CURLMOPT_MAXCONNECTS, static_cast<long>(impl_->options.jobs));
}

HttpPool::~HttpPool() {
    for (const auto& transfer : impl_->running) {
        curl_multi_remove_handle(impl_->multi, transfer->easy);
        curl_easy_cleanup(transfer->easy);
    }
    for (CURL* easy : impl_->idle_handles) {
        curl_easy_cleanup(easy);
    }
    curl_multi_cleanup(impl_->multi);
}

bool HttpPool::has_capacity() const {
    return impl_->running.size() < static_cast<std::size_t>(impl_->options.jobs);
}

std::size_t HttpPool::in_flight() const {
    return impl_->running.size();
}

void HttpPool::start(std::uint64_t id, const std::string& url) {
    auto transfer = std::make_unique<Transfer>();
    transfer->id = id;
    transfer->max_body = impl_->options.max_body;
    transfer->easy = impl_->take_handle();
    transfer->started = Clock::now();
    impl_->configure(*transfer, url);
    if (curl_multi_add_handle(impl_->multi, transfer->easy) != CURLM_OK) {
        curl_easy_cleanup(transfer->easy);
        throw std::runtime_error("libcurl could not start a transfer");
    }
    impl_->running.push_back(std::move(transfer));
}

void HttpPool::wakeup() {
    curl_multi_wakeup(impl_->multi);
}

std::vector<HttpResponse> HttpPool::poll(std::chrono::milliseconds timeout) {
    int still_running = 0;
    curl_multi_perform(impl_->multi, &still_running);
    std::vector<HttpResponse> done = impl_->collect_finished();
    if (done.empty()) {
        // Polls even with nothing running: a wakeup or the timeout ends it.
        curl_multi_poll(impl_->multi, nullptr, 0, static_cast<int>(timeout.count()), nullptr);
        curl_multi_perform(impl_->multi, &still_running);
        done = impl_->collect_finished();
    }
    return done;
}

}  // namespace sigaudit::gitee_detail
