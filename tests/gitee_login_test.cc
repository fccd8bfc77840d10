#include <catch2/catch.hpp>

#include "sigaudit/common/gitee_login.h"

using sigaudit::is_repo_name;
using sigaudit::is_valid_login;
using sigaudit::login_from_gitee_home;

TEST_CASE("gitee_home variants found in real rosters give the login", "[roster][login]") {
    CHECK(login_from_gitee_home("https://gitee.com/qmckw") == "qmckw");
    CHECK(login_from_gitee_home("http://gitee.com/qmckw") == "qmckw");
    CHECK(login_from_gitee_home("https://www.gitee.com/qmckw") == "qmckw");
    CHECK(login_from_gitee_home("https://gitee.com/qmckw/") == "qmckw");
    CHECK(login_from_gitee_home("  https://gitee.com/qmckw  \t") == "qmckw");
    CHECK(login_from_gitee_home("HTTPS://Gitee.COM/Mr_GerhardtHu_Fox") == "Mr_GerhardtHu_Fox");
    CHECK(login_from_gitee_home("gitee.com/chen-x") == "chen-x");
    CHECK(login_from_gitee_home("https://gitee.com/li.na?from=home") == "li.na");
    CHECK(login_from_gitee_home("https://gitee.com/li_na#profile") == "li_na");
}

TEST_CASE("URLs that are not Gitee profiles give no login", "[roster][login]") {
    CHECK_FALSE(login_from_gitee_home(""));
    CHECK_FALSE(login_from_gitee_home("https://gitee.com/"));
    CHECK_FALSE(login_from_gitee_home("https://gitee.com"));
    CHECK_FALSE(login_from_gitee_home("https://github.com/qmckw"));
    CHECK_FALSE(login_from_gitee_home("https://gitee.com.evil.example/qmckw"));
    CHECK_FALSE(login_from_gitee_home("https://gitee.com/mindspore/models"));
    CHECK_FALSE(login_from_gitee_home("https://gitee.com/some one"));
    CHECK_FALSE(login_from_gitee_home("ftp://gitee.com/qmckw"));
    CHECK_FALSE(login_from_gitee_home("qmckw"));
}

TEST_CASE("logins are letters, digits, underscore, dash and dot", "[roster][login]") {
    CHECK(is_valid_login("jxlang910"));
    CHECK(is_valid_login("Li_Na"));
    CHECK(is_valid_login("chen-x.y"));
    CHECK_FALSE(is_valid_login(""));
    CHECK_FALSE(is_valid_login(".."));
    CHECK_FALSE(is_valid_login("a b"));
    CHECK_FALSE(is_valid_login("a/b"));
    CHECK_FALSE(is_valid_login("名字"));
    CHECK_FALSE(is_valid_login(std::string(101, 'a')));
}

TEST_CASE("a repository name is two login-like segments, nothing a URL would read", "[login]") {
    CHECK(is_repo_name("mindspore/models"));
    CHECK(is_repo_name("mindspore/golden-stick"));
    CHECK(is_repo_name("Li.Na/my_repo-2"));
    CHECK_FALSE(is_repo_name("mindspore"));
    CHECK_FALSE(is_repo_name("/models"));
    CHECK_FALSE(is_repo_name("mindspore/"));
    CHECK_FALSE(is_repo_name("mindspore/models/pulls"));
    CHECK_FALSE(is_repo_name("mindspore/models?state=open"));
    CHECK_FALSE(is_repo_name("mindspore/mod%65ls"));
    CHECK_FALSE(is_repo_name("mindspore/.."));
    CHECK_FALSE(is_repo_name("mindspore/my models"));
}
