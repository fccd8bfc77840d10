// What a hostile name, key, path or link can do to whoever reads a report:
// nothing. Terminal controls and bidirectional overrides are shown escaped,
// Markdown mentions nobody, code spans hold, and only Gitee links are links.
#include <catch2/catch.hpp>

#include <string>

#include "support/process.h"
#include "support/store_fixture.h"
#include "support/temp_dir.h"

using sigaudit::testing::ProcessResult;
using sigaudit::testing::run_sigaudit;
using sigaudit::testing::StoreFixture;
using sigaudit::testing::TempDir;

namespace {

const std::string kRightToLeftOverride = "\xE2\x80\xAE";

// A roster whose one person's name clears the screen, retitles the
// terminal, reverses the text after it and mentions everyone.
const std::string kHostileRoster =
    "Description: x\n"
    "Contributors:\n"
    "- name: \"Eve \\e[2J\\e]0;pwned\\a @everyone \\u202Eevil\"\n"
    "  gitee_id: eve\n";

}  // namespace

TEST_CASE("names from a roster reach the terminal escaped", "[security][cli]") {
    StoreFixture f;
    const std::string roster = f.dir.write("sig_members.yaml", kHostileRoster);
    const ProcessResult audit = f.run({"audit", roster});
    INFO(audit.err);
    REQUIRE(audit.exit_code == 0);
    CHECK(audit.out.find('\x1b') == std::string::npos);
    CHECK(audit.out.find('\a') == std::string::npos);
    CHECK(audit.out.find(kRightToLeftOverride) == std::string::npos);
    CHECK_THAT(audit.out, Catch::Contains("Eve \\x1b[2J\\x1b]0;pwned\\x07 @everyone \\u202eevil"));

    const ProcessResult check = f.run({"check", "eve", "--roster", roster});
    CHECK(check.out.find('\x1b') == std::string::npos);
    CHECK_THAT(check.out, Catch::Contains("\\x1b[2J"));
}

TEST_CASE("a key that is an escape sequence is named escaped", "[security][cli]") {
    TempDir dir;
    const std::string roster =
        dir.write("sig_members.yaml", "\"\\e]8;;https://x.example\\e\\\\Members\": []\n");
    const ProcessResult lint = run_sigaudit({"lint", roster});
    CHECK(lint.out.find('\x1b') == std::string::npos);
    CHECK_THAT(lint.out, Catch::Contains("\\x1b]8;;https://x.example"));
}

TEST_CASE("a ci comment mentions nobody and its code spans hold", "[security][ci]") {
    StoreFixture f;
    const std::string base = f.dir.write("base.yaml", "Description: x\n");
    const std::string head = f.dir.write("head`|x.yaml", kHostileRoster);
    const ProcessResult ci = f.run({"ci", "--base", base, "--head", head, "--format", "markdown"});
    INFO(ci.err);
    REQUIRE(ci.exit_code == 1);
    CHECK(ci.out.find("@everyone") == std::string::npos);
    CHECK_THAT(ci.out, Catch::Contains("&#64;everyone"));
    CHECK(ci.out.find(kRightToLeftOverride) == std::string::npos);
    CHECK(ci.out.find('\x1b') == std::string::npos);
    // One backtick in the path: a fence of two, and the table's '|' escaped.
    CHECK_THAT(ci.out, Catch::Contains("`` " + head.substr(0, head.find('`')) + "`\\|x.yaml ``") ||
                           Catch::Contains("``" + head.substr(0, head.find('`')) + "`\\|x.yaml``"));
}

TEST_CASE("only https links on gitee.com are written as links", "[security][cli]") {
    StoreFixture f;
    for (int n = 1; n <= 5; ++n) {
        f.data.merged_pr("mindspore/models", n, "alice");
        if (n == 3) {
            f.data.set_last_pull_url("mindspore/models", "javascript:alert(document.cookie)");
        }
    }
    const ProcessResult check = f.run({"check", "alice", "--format", "markdown"});
    INFO(check.err);
    REQUIRE(check.exit_code == 0);
    CHECK_THAT(check.out, Catch::Contains("`javascript:alert(document.cookie)`"));
    CHECK(check.out.find("](javascript:") == std::string::npos);
    CHECK_THAT(check.out, Catch::Contains("](https://gitee.com/mindspore/models/pulls/"));
}

// Gitee and GitHub refuse comments past about 64 KiB: the verdict must
// still be posted when a change adds thousands of people.
TEST_CASE("a ci comment never passes 60,000 characters", "[security][ci]") {
    StoreFixture f;
    const std::string base = f.dir.write("base.yaml", "Description: x\n");
    std::string roster = "Description: x\nContributors:\n";
    for (int i = 0; i < 3000; ++i) {
        roster += "- name: Person " + std::to_string(i) + "\n  gitee_id: person" +
                  std::to_string(i) + "\n";
    }
    const std::string head = f.dir.write("head.yaml", roster);
    const ProcessResult ci = f.run({"ci", "--base", base, "--head", head, "--format", "markdown"});
    INFO(ci.err);
    CHECK(ci.exit_code == 1);
    CHECK(ci.out.size() <= 60'000);
    CHECK_THAT(ci.out, Catch::StartsWith("### sigaudit: 3000 role additions, 3000 not justified") ||
                           Catch::StartsWith("### sigaudit: 3,000 role additions"));
    CHECK_THAT(ci.out, Catch::Contains("**This comment is cut at 60,000 characters**") &&
                           Catch::Contains("more lines not shown"));
}
