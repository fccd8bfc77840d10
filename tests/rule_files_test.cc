#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "sigaudit/cli/rule_files.h"
#include "sigaudit/common/errors.h"
#include "sigaudit/rules/rule_loader.h"
#include "support/temp_dir.h"

using namespace sigaudit;
using Catch::Contains;

TEST_CASE("a directory gives its rule files, sorted by name", "[rule-loader]") {
    const testing::TempDir dir;
    dir.write("b.yml", "rules: []\n");
    dir.write("a.yaml", "rules: []\n");
    dir.write("notes.txt", "not a rule file\n");
    dir.write("nested/c.yaml", "rules: []\n");
    const std::vector<TextFile> files = read_rule_files({dir.path().string()});
    REQUIRE(files.size() == 2);
    CHECK_THAT(files[0].path, Contains("a.yaml"));
    CHECK_THAT(files[1].path, Contains("b.yml"));

    const std::string single = dir.path().string() + "/notes.txt";
    CHECK(read_rule_files({single, dir.path().string()}).size() == 3);
}

TEST_CASE("unusable rule paths throw InputError", "[rule-loader]") {
    const testing::TempDir dir;
    const auto code_of = [](const std::string& path) {
        try {
            read_rule_files({path});
        } catch (const InputError& e) {
            return std::string(code_name(e.diagnostic().code));
        }
        return std::string("none");
    };
    CHECK(code_of(dir.path().string()) == "no-rule-files");
    CHECK(code_of(dir.path().string() + "/missing.yaml") == "file-unreadable");
    // Text that is not YAML is read fine, and reported by load_rules with its line.
    const std::string broken = dir.write("broken.yaml", "rules: [\n");
    CHECK(code_of(broken) == "none");
    const Loaded<RuleSet> load = load_rules(read_rule_files({broken}));
    REQUIRE(load.diagnostics.size() == 1);
    CHECK(load.diagnostics[0].code == Code::yaml_syntax);
    CHECK(load.diagnostics[0].where.line == 2);
}
