// Where a report comes from: the release, the commit and the rules, in
// --version and in every JSON report; and the shipped rules found beside
// the binary wherever it is copied, never through the checkout's path.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <regex>

#include "sigaudit/common/build_info.h"
#include "sigaudit/common/sha256.h"
#include "sigaudit/rules/rule_loader.h"
#include "support/process.h"
#include "support/temp_dir.h"

using namespace sigaudit;
using sigaudit::testing::run_process;
using sigaudit::testing::run_sigaudit;
using sigaudit::testing::TempDir;
namespace fs = std::filesystem;

namespace {

// The sha256:... that `--version` gives for the rules it would use.
std::string version_rules_digest(const std::string& binary) {
    const auto result = run_process(binary, {"--version"});
    std::smatch match;
    static const std::regex digest("\\((sha256:[0-9a-f]{64})\\)");
    return std::regex_search(result.out, match, digest) ? match[1].str() : "";
}

// A prefix holding a copy of the built binary in bin/ and, unless told
// not to, the shipped rules in share/sigaudit/rules: an install moved away
// from everything the build knows.
std::string copy_of_binary(const TempDir& dir, bool with_rules) {
    const fs::path bin = dir.path() / "prefix" / "bin";
    fs::create_directories(bin);
    fs::copy_file(SIGAUDIT_BINARY, bin / "sigaudit");
    if (with_rules) {
        const fs::path rules = dir.path() / "prefix" / "share" / "sigaudit" / "rules";
        fs::create_directories(rules);
        for (const auto& entry :
             fs::directory_iterator(std::string(SIGAUDIT_SOURCE_DIR) + "/rules")) {
            fs::copy_file(entry.path(), rules / entry.path().filename());
        }
    }
    return (bin / "sigaudit").string();
}

}  // namespace

TEST_CASE("sha256: the FIPS 180-4 test vectors", "[provenance]") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // 56 bytes: the length no longer fits the first block.
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256_hex(std::string(1000000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("rules digest: the same rules hash alike wherever they are read from", "[provenance]") {
    const TextFile roles{"/usr/share/sigaudit/rules/sig-roles.yaml", "rules: []\n"};
    const TextFile moved{"origin/main:rules/sig-roles.yaml", "rules: []\n"};
    const TextFile edited{"rules/sig-roles.yaml", "rules: [] \n"};
    const TextFile renamed{"rules/roles.yaml", "rules: []\n"};
    CHECK(rules_digest({roles}) == rules_digest({moved}));
    CHECK(rules_digest({roles}) != rules_digest({edited}));
    CHECK(rules_digest({roles}) != rules_digest({renamed}));
    // File boundaries count: two files are not their concatenation.
    CHECK(rules_digest({TextFile{"a.yaml", "ab"}, TextFile{"b.yaml", "c"}}) !=
          rules_digest({TextFile{"a.yaml", "a"}, TextFile{"b.yaml", "bc"}}));
    CHECK(rules_digest({roles}).rfind("sha256:", 0) == 0);
}

TEST_CASE("sigaudit --version: the release, the commit and the rules in use", "[provenance][cli]") {
    const auto result = run_sigaudit({"--version"});
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.rfind("sigaudit " + std::string(build_version()) + "\n", 0) == 0);
    CHECK_THAT(result.out, Catch::Contains("commit:  " + std::string(build_commit()) + "\n"));
    CHECK_THAT(result.out, Catch::Contains("share/sigaudit/rules (sha256:"));
    CHECK(build_commit() != "");

    TempDir dir;
    dir.write("rules/only.yaml", "rules: []\n");
    const auto other =
        run_sigaudit({"--version"}, {{"SIGAUDIT_RULES_DIR", (dir.path() / "rules").string()}});
    CHECK_THAT(other.out,
               Catch::Contains((dir.path() / "rules").string() + " (" +
                               rules_digest({TextFile{"only.yaml", "rules: []\n"}}) + ")"));
}

TEST_CASE("json reports: each names the binary and the digest of the rules it evaluated",
          "[provenance][cli]") {
    const std::string source = SIGAUDIT_SOURCE_DIR;
    const std::string digest = version_rules_digest(SIGAUDIT_BINARY);
    REQUIRE(!digest.empty());
    const auto audit = run_sigaudit({"audit", source + "/examples/sig_members.yaml", "--evidence",
                                     source + "/examples/evidence.yaml", "--config",
                                     source + "/examples/sigaudit.yaml", "--store",
                                     source + "/examples/snapshot/gitee.db", "--offline", "--as-of",
                                     "2026-08-31", "--format", "json"});
    const auto rules = run_sigaudit({"rules", "list", "--format", "json"});
    for (const auto* run : {&audit, &rules}) {
        INFO(run->err);
        const auto document = nlohmann::json::parse(run->out);
        CHECK(document["sigaudit"]["version"] == std::string(build_version()));
        CHECK(document["sigaudit"]["commit"] == std::string(build_commit()));
        CHECK(document["sigaudit"]["rules"] == digest);
    }
    // lint evaluates no rules: it says so rather than naming some.
    const auto lint =
        run_sigaudit({"lint", source + "/examples/sig_members.yaml", "--format", "json"});
    CHECK(nlohmann::json::parse(lint.out)["sigaudit"]["rules"].is_null());
}

TEST_CASE("shipped rules: a copied binary finds those beside it, not the checkout's",
          "[provenance][cli]") {
    TempDir dir;
    const std::string binary = copy_of_binary(dir, true);
    const auto listed = run_process(binary, {"rules", "list", "--format", "json"});
    REQUIRE(listed.exit_code == 0);
    const auto document = nlohmann::json::parse(listed.out);
    REQUIRE(!document["rules"].empty());
    for (const auto& rule : document["rules"]) {
        CHECK(rule["file"].get<std::string>().rfind(
                  (dir.path() / "prefix/share/sigaudit/rules").string(), 0) == 0);
    }
    CHECK(version_rules_digest(binary) == version_rules_digest(SIGAUDIT_BINARY));
}

TEST_CASE("shipped rules: a binary without them says where it looked and what to do",
          "[provenance][cli]") {
    TempDir dir;
    const std::string binary = copy_of_binary(dir, false);
    const auto listed = run_process(binary, {"rules", "list"});
    CHECK(listed.exit_code == 2);
    CHECK_THAT(listed.err, Catch::Contains((dir.path() / "prefix/share/sigaudit/rules").string()));
    CHECK_THAT(listed.err, Catch::Contains("--rules DIR or SIGAUDIT_RULES_DIR"));
    CHECK(listed.out.empty());
    // --version still answers, and says the rules are missing.
    const auto version = run_process(binary, {"--version"});
    CHECK(version.exit_code == 0);
    CHECK_THAT(version.out, Catch::Contains("(unusable: the shipped rules are not here"));

    dir.write("mine/only.yaml",
              "rules:\n  - id: r\n    title: R\n    criteria:\n      - id: c\n        count: "
              "pr_comment\n        at_least: 1\n");
    const auto with_env = run_process(binary, {"rules", "list"},
                                      {{"SIGAUDIT_RULES_DIR", (dir.path() / "mine").string()}});
    INFO(with_env.err);
    CHECK(with_env.exit_code == 0);
}
