// `check` answers first: a line per rule, and what the nearest rule needs,
// before the detail.
#include <catch2/catch.hpp>

#include <sstream>

#include "support/process.h"

using sigaudit::testing::run_sigaudit;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

std::vector<std::string> example_check(const std::string& login, const std::string& format) {
    const std::string source = SIGAUDIT_SOURCE_DIR;
    const auto run = run_sigaudit(
        {"check", login, "--roster", source + "/examples/sig_members.yaml", "--evidence",
         source + "/examples/evidence.yaml", "--config", source + "/examples/sigaudit.yaml",
         "--store", source + "/examples/snapshot/gitee.db", "--offline", "--as-of", "2026-08-31",
         "--format", format});
    REQUIRE(run.exit_code == 0);
    return lines_of(run.out);
}

}  // namespace

TEST_CASE("check summary: every verdict within the first lines, the nearest rule named",
          "[cli][check]") {
    const std::vector<std::string> lines = example_check("li_na", "text");
    REQUIRE(lines.size() > 20);
    CHECK(lines[6] == "Summary");
    CHECK(lines[10] == "  + Reviewer                                   eligible");
    CHECK(lines[11].rfind("  ~ Committer                                  criteria met, "
                          "prerequisite missing",
                          0) == 0);
    CHECK(lines[14] ==
          "  Nearest: Committer — the criteria are met; what is missing: not yet a Reviewer");
    // The detail follows, rule by rule.
    CHECK(lines[16] == "Excellent Developer (excellent-developer): not yet (1 of 2 criteria met)");
}

TEST_CASE("check summary: the nearest rule's missing criteria, in Markdown too", "[cli][check]") {
    const std::vector<std::string> lines = example_check("mr_gerhardthu_fox", "markdown");
    const auto nearest = std::find_if(lines.begin(), lines.end(), [](const std::string& line) {
        return line.rfind("**Nearest:**", 0) == 0;
    });
    REQUIRE(nearest != lines.end());
    CHECK(*nearest ==
          "**Nearest:** Member — missing: 1 more 'meeting' entry in the evidence ledger, on a date "
          "not yet counted.");
    const auto table = std::find(lines.begin(), lines.end(), "| | Rule | Verdict |");
    REQUIRE(table != lines.end());
    CHECK(table < nearest);
    CHECK(*(table + 5) == "| + | Reviewer | eligible |");
}
