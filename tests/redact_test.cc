#include <catch2/catch.hpp>

#include "sigaudit/common/redact.h"

using sigaudit::redact;

TEST_CASE("redact masks the access_token parameter wherever it stands", "[redact]") {
    CHECK(redact("GET /repos/a/b/pulls?page=2&access_token=abc123&per_page=100") ==
          "GET /repos/a/b/pulls?page=2&access_token=***&per_page=100");
    CHECK(redact("https://h/api?access_token=abc123") == "https://h/api?access_token=***");
    CHECK(redact("x ACCESS_TOKEN=abc123 y") == "x ACCESS_TOKEN=*** y");
    CHECK(redact("a?access_token=one&b=2&access_token=two") ==
          "a?access_token=***&b=2&access_token=***");
}

TEST_CASE("redact masks the secret itself in any other text", "[redact]") {
    CHECK(redact("libcurl said: bad token deadbeef in deadbeef", "deadbeef") ==
          "libcurl said: bad token *** in ***");
    CHECK(redact("nothing to hide", "deadbeef") == "nothing to hide");
    CHECK(redact("no secret given", "") == "no secret given");
    CHECK(redact("a test of t", "t") == "a test of t");
}
