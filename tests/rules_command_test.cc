#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/process.h"
#include "support/temp_dir.h"

using sigaudit::testing::run_sigaudit;
using sigaudit::testing::TempDir;

TEST_CASE("rules check: the shipped rules are valid", "[cli][rules]") {
    const auto result = run_sigaudit({"rules", "check"});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("ok: 6 rules in 2 files"));
}

TEST_CASE("rules check: an invalid file exits 2 naming file, line and column", "[cli][rules]") {
    TempDir dir;
    const std::string path = dir.write("bad.yaml", R"(rules:
  - id: member
    criteria:
      - id: meetings
        count: meetting
        at_least: 2
)");
    const auto result = run_sigaudit({"rules", "check", path});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.out, Catch::Contains(path + ":5:16: error:") &&
                               Catch::Contains("did you mean 'meeting'"));
    CHECK_THAT(result.out, Catch::Contains("        count: meetting"));
}

TEST_CASE("rules check: a file that is not YAML, or missing, exits 2", "[cli][rules]") {
    TempDir dir;
    const auto broken = run_sigaudit({"rules", "check", dir.write("broken.yaml", "rules: [\n")});
    CHECK(broken.exit_code == 2);
    CHECK_THAT(broken.out, Catch::Contains("[yaml-syntax]"));
    CHECK(run_sigaudit({"rules", "check", "/nonexistent/rules.yaml"}).exit_code == 2);
}

TEST_CASE("rules list: every shipped rule, as text and JSON", "[cli][rules]") {
    const auto text = run_sigaudit({"rules", "list"});
    CHECK(text.exit_code == 0);
    CHECK_THAT(text.out, Catch::Contains("reviewer") && Catch::Contains("senior-developer"));
    const auto json = run_sigaudit({"rules", "list", "--format", "json"});
    const nlohmann::json document = nlohmann::json::parse(json.out);
    CHECK(document["schema"] == "sigaudit/rules@1");
    REQUIRE(document["rules"].size() == 6);
    std::vector<std::string> ids;
    for (const auto& rule : document["rules"]) {
        ids.push_back(rule["id"]);
    }
    CHECK(ids == std::vector<std::string>{"excellent-developer", "senior-developer", "member",
                                          "reviewer", "committer", "maintainer"});
    CHECK(document["rules"][3]["requires"] == nlohmann::json::array({"member"}));
    CHECK(document["groups"]["docs"] ==
          nlohmann::json::array({"mindspore/docs", "mindspore/tutorials"}));
}

TEST_CASE("rules explain: the criteria in plain words", "[cli][rules]") {
    const auto result = run_sigaudit({"rules", "explain", "Reviewer"});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("Prerequisites: holds Member"));
    CHECK_THAT(
        result.out,
        Catch::Contains("commands /lgtm and /approve counted, other commands not, each PR once"));
    CHECK_THAT(result.out, Catch::Contains("at least 10 PR comments in framework or models"));
}

TEST_CASE("rules explain: windows, optional and meets read plainly", "[cli][rules]") {
    const auto result = run_sigaudit({"rules", "explain", "senior-developer"});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("within some 2 consecutive calendar months"));
    CHECK_THAT(result.out, Catch::Contains("(optional: shown, never decides)"));
    CHECK_THAT(result.out, Catch::Contains("see: sigaudit rules explain excellent-developer"));
}

TEST_CASE("rules explain: an unknown rule exits 2 and lists the rules", "[cli][rules]") {
    const auto result = run_sigaudit({"rules", "explain", "grandmaster"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("no rule 'grandmaster'") && Catch::Contains("reviewer"));
}

TEST_CASE("rules explain: invalid rule files exit 2 with their findings", "[cli][rules]") {
    TempDir dir;
    const std::string path =
        dir.write("r.yaml", "rules:\n  - id: x\n    criteria:\n      - id: y\n        meets: z\n");
    const auto result = run_sigaudit({"rules", "explain", "x", "--rules", path});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains(path + ":5:"));
}
