#include "support/fake_gitee_answers.h"

#include <memory>
#include <thread>

namespace sigaudit::testing {

const char* const kJsonType = "application/json; charset=utf-8";

namespace {

const char* const html_type = "text/html; charset=utf-8";

std::string message_body(std::string_view message) {
    std::string body = R"({"message":")";
    body += message;
    body += "\"}";
    return body;
}

// What nginx in front of Gitee answers when the application is away.
std::string nginx_page(int status, std::string_view reason) {
    const std::string title = std::to_string(status) + " " + std::string(reason);
    return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title +
           "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
}

}  // namespace

void answer_json(httplib::Response& res, int status, std::string_view message) {
    res.status = status;
    res.set_content(message_body(message), kJsonType);
}

bool answer_error_fault(const FakeGitee::Fault& fault, httplib::Response& res) {
    using Kind = FakeGitee::FaultKind;
    switch (fault.kind) {
        case Kind::bad_gateway:
            res.status = 502;
            res.set_content(nginx_page(502, "Bad Gateway"), html_type);
            return true;
        case Kind::service_unavailable:
            res.status = 503;
            res.set_content(nginx_page(503, "Service Temporarily Unavailable"), html_type);
            return true;
        case Kind::too_many_requests:
            answer_json(res, 429, "Too Many Requests");
            res.set_header("Retry-After", std::to_string(fault.retry_after));
            return true;
        case Kind::rate_limited:
            answer_json(res, 403, "Rate Limit Exceeded");
            return true;
        case Kind::unauthorized:
            answer_json(res, 401, "401 Unauthorized: Access token does not exist");
            return true;
        case Kind::not_found:
            answer_json(res, 404, "Not Found Project");
            return true;
        case Kind::bad_request:
            answer_json(res, 400, "per_page is invalid");
            return true;
        case Kind::unprocessable:
            answer_json(res, 422, "Validation Failed");
            return true;
        case Kind::oversized:
            res.status = 200;
            res.set_content("[" + std::string(65u << 20, ' ') + "]", kJsonType);
            return true;
        case Kind::deep_json:
            res.status = 200;
            res.set_content(std::string(20u << 20, '['), kJsonType);
            return true;
        case Kind::html_body:
            res.status = 200;
            res.set_content(
                "<!DOCTYPE html><html><head><title>Gitee</title></head><body>"
                "<p>系统繁忙，请稍后再试</p></body></html>",
                html_type);
            return true;
        default:
            return false;
    }
}

void answer_dropped(httplib::Response& res, std::string body) {
    auto shared = std::make_shared<std::string>(std::move(body));
    res.set_content_provider(shared->size(), kJsonType,
                             [shared](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                                 if (offset == 0) {
                                     sink.write(shared->data(), shared->size() / 2);
                                 }
                                 return false;
                             });
}

void answer_trickling(httplib::Response& res, std::string body, std::chrono::milliseconds pause,
                      const std::atomic<bool>& stopping) {
    auto shared = std::make_shared<std::string>(std::move(body));
    res.set_content_provider(
        shared->size(), kJsonType,
        [shared, pause, &stopping](std::size_t offset, std::size_t, httplib::DataSink& sink) {
            std::this_thread::sleep_for(pause);
            const std::size_t length = std::min<std::size_t>(16, shared->size() - offset);
            // A failed write means the client gave up; stop so the worker is freed.
            return !stopping && sink.write(shared->data() + offset, length);
        });
}

}  // namespace sigaudit::testing
