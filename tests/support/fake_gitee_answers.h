#pragma once

// How the fake Gitee answers when it does not serve a page as asked: Gitee's
// JSON errors, nginx's pages, and bodies that break off or trickle.

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <string>
#include <string_view>

#include "support/fake_gitee.h"

namespace sigaudit::testing {

extern const char* const kJsonType;

// {"message": "..."} with `status`, as Gitee answers an error.
void answer_json(httplib::Response& res, int status, std::string_view message);
// The faults that answer instead of the page (true); the others change the page.
bool answer_error_fault(const FakeGitee::Fault& fault, httplib::Response& res);
// A 200 whose body ends after half of it, the connection then closed: the
// client sees fewer bytes than Content-Length promised.
void answer_dropped(httplib::Response& res, std::string body);
// A 200 whose body comes a few bytes at a time, `pause` apart: a client
// without a request timeout would wait as long as the body lasts.
void answer_trickling(httplib::Response& res, std::string body, std::chrono::milliseconds pause,
                      const std::atomic<bool>& stopping);

}  // namespace sigaudit::testing
