// `rules check --format json`: a rules change checked by a machine, with
// every finding's place and the digest of the files it checked.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "sigaudit/rules/rule_loader.h"
#include "support/process.h"
#include "support/temp_dir.h"

using sigaudit::testing::run_sigaudit;
using sigaudit::testing::TempDir;

TEST_CASE("rules check json: the shipped rules are ok", "[cli][rules]") {
    const auto run = run_sigaudit({"rules", "check", "--format", "json"});
    CHECK(run.exit_code == 0);
    const auto document = nlohmann::json::parse(run.out);
    CHECK(document["schema"] == "sigaudit/rules-check@1");
    CHECK(document["ok"] == true);
    CHECK(document["files"] == 2);
    CHECK(document["rules"] == 6);
    CHECK(document["findings"] == nlohmann::json::array());
    CHECK(document["sigaudit"]["rules"].get<std::string>().rfind("sha256:", 0) == 0);
}

TEST_CASE("rules check json: each finding with its place, exit 2", "[cli][rules]") {
    TempDir dir;
    const std::string text = "rules:\n  - id: Bad\n";
    const std::string file = dir.write("bad.yaml", text);
    const auto run = run_sigaudit({"rules", "check", file, "--format", "json"});
    CHECK(run.exit_code == 2);
    const auto document = nlohmann::json::parse(run.out);
    CHECK(document["ok"] == false);
    CHECK(document["rules"] == 0);
    CHECK(document["errors"] == 2);
    REQUIRE(document["findings"].size() == 2);
    CHECK(document["findings"][0]["file"] == file);
    CHECK(document["findings"][0]["line"] == 2);
    CHECK(document["findings"][0]["code"] == "rule-missing-key");
    CHECK(document["findings"][1]["code"] == "rule-bad-id");
    // The digest of what was checked, even though it does not compile.
    CHECK(document["sigaudit"]["rules"] ==
          sigaudit::rules_digest({sigaudit::TextFile{file, text}}));
}
