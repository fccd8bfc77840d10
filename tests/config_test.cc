#include <catch2/catch.hpp>

#include <filesystem>

#include "sigaudit/config/config.h"
#include "support/process.h"
#include "support/temp_dir.h"

using namespace sigaudit;

namespace {

Config load(const std::string& yaml) {
    return require(load_config(make_text_file("sigaudit.yaml", yaml)));
}

Diagnostic rejection(const std::string& yaml) {
    try {
        load(yaml);
    } catch (const InputError& e) {
        return e.diagnostic();
    }
    FAIL("accepted: " << yaml);
    return {};
}

}  // namespace

TEST_CASE("config: defaults when empty", "[config]") {
    const Config config = load("# nothing yet\n");
    CHECK(config.api_url == "https://gitee.com/api/v5");
    CHECK(config.token_env.empty());  // the first of the documented few that is set
    CHECK(config.store.empty());
    CHECK(config.time_zone == UtcOffset{480});
    CHECK(config.groups.empty());
}

TEST_CASE("config: every setting is read", "[config]") {
    const Config config = load(R"(api_url: http://127.0.0.1:8080/api/v5
token_env: SIGAUDIT_GITEE_TOKEN
store: /var/cache/sigaudit.db
time_zone: "-05:30"
groups:
  Models: [mindspore/models, MindSpore/MindArmour]
)");
    CHECK(config.api_url == "http://127.0.0.1:8080/api/v5");
    CHECK(config.token_env == "SIGAUDIT_GITEE_TOKEN");
    CHECK(config.store == "/var/cache/sigaudit.db");
    CHECK(config.time_zone == UtcOffset{-330});
    CHECK(config.groups.at("models") ==
          std::vector<std::string>{"mindspore/models", "mindspore/mindarmour"});
}

TEST_CASE("config: mistakes name their line and column", "[config]") {
    const Diagnostic typo = rejection("api_url: https://x.example/api/v5\ntime-zone: '+08:00'\n");
    CHECK(typo.code == Code::config_unknown_key);
    CHECK(typo.where.line == 2);
    CHECK_THAT(typo.message, Catch::Contains("did you mean 'time_zone'"));
    CHECK(rejection("time_zone: Asia/Shanghai\n").code == Code::config_bad_value);
    CHECK(rejection("api_url: gitee.com/api/v5\n").code == Code::config_bad_value);
    const Diagnostic token = rejection("token_env: 5f2a9c0e1d\n");
    CHECK(token.code == Code::config_bad_value);
    CHECK_THAT(token.message,
               Catch::Contains("may name only GITEE_TOKEN or SIGAUDIT_GITEE_TOKEN") &&
                   !Catch::Contains("5f2a9c0e1d"));
    CHECK(rejection("token_env: MY_GITEE_TOKEN\n").code == Code::config_bad_value);
    CHECK(rejection("api_url: http://gitee.com/api/v5\n").code == Code::config_bad_value);
    const Diagnostic repo = rejection("groups:\n  models: [mindspore]\n");
    CHECK(repo.where.line == 2);
    CHECK(rejection("groups: [a/b]\n").code == Code::config_bad_value);
    // A repository goes into an API path: the config accepts what the rules accept.
    CHECK(rejection("groups:\n  models: [\"mindspore/models?page=9\"]\n").code ==
          Code::config_bad_value);
    CHECK(rejection("groups:\n  models: [mindspore/..]\n").code == Code::config_bad_value);
    CHECK(rejection("- a\n").code == Code::config_bad_value);
}

TEST_CASE("config: a relative store path is read from the config's folder", "[config]") {
    const auto store_of = [](const std::string& path, const std::string& yaml) {
        return require(load_config(make_text_file(path, yaml))).store;
    };
    CHECK(store_of("/srv/sig/sigaudit.yaml", "store: cache/gitee.db\n") ==
          "/srv/sig/cache/gitee.db");
    CHECK(store_of("/srv/sig/sigaudit.yaml", "store: ../shared/gitee.db\n") ==
          "/srv/shared/gitee.db");
    CHECK(store_of("/srv/sig/sigaudit.yaml", "store: /var/gitee.db\n") == "/var/gitee.db");
    CHECK(store_of("sigaudit.yaml", "store: gitee.db\n") == "gitee.db");
}

// Run from another folder, a SIG's config still finds the store beside it.
TEST_CASE("config: fetch writes the store beside the config, not in the working folder",
          "[config][cli]") {
    testing::TempDir dir;
    const std::string config = dir.write("sig/sigaudit.yaml", "store: data/gitee.db\n");
    const auto fetched = testing::run_sigaudit(
        {"fetch", "--repo", "mindspore/models", "--config", config, "--api-url",
         "http://127.0.0.1:9/api/v5", "--retries", "0", "--no-progress"},
        {{"GITEE_TOKEN", "t"}});
    INFO(fetched.err);
    CHECK(std::filesystem::exists(dir.path() / "sig/data/gitee.db"));
    CHECK_FALSE(std::filesystem::exists("data/gitee.db"));
}

TEST_CASE("config: --config replaces a rule file's group", "[config][cli]") {
    testing::TempDir dir;
    const std::string config =
        dir.write("sigaudit.yaml", "groups:\n  models: [mindspore/models, mindspore/mindarmour]\n");
    const auto explained =
        testing::run_sigaudit({"rules", "explain", "reviewer", "--config", config});
    CHECK(explained.exit_code == 0);
    CHECK_THAT(explained.out,
               Catch::Contains("mindspore/mindspore, mindspore/models, mindspore/mindarmour"));
    const auto bad =
        testing::run_sigaudit({"rules", "list", "--config", dir.write("bad.yaml", "grops: {}\n")});
    CHECK(bad.exit_code == 2);
    CHECK_THAT(bad.err,
               Catch::Contains("bad.yaml:1:1") && Catch::Contains("did you mean 'groups'"));
}

TEST_CASE("config: hostile files end in exit 2 naming the file", "[config][cli][hostile]") {
    testing::TempDir dir;
    // Nine repositories, then groups of nine of the group before: 9^9 names.
    std::string alias_bomb = "groups:\n  a: &a [o/r, o/r, o/r, o/r, o/r, o/r, o/r, o/r, o/r]\n";
    for (char level = 'b'; level <= 'i'; ++level) {
        const std::string previous(1, static_cast<char>(level - 1));
        alias_bomb += std::string("  ") + level + ": &" + level + " [*" + previous;
        for (int i = 1; i < 9; ++i) {
            alias_bomb += ", *" + previous;
        }
        alias_bomb += "]\n";
    }
    std::string huge = "groups:\n";
    while (huge.size() < 20u * 1024u * 1024u) {
        huge += "  models: [mindspore/models, mindspore/mindarmour, mindspore/mindscience]\n";
    }
    struct Case {
        std::string name, text, code;
    };
    const std::vector<Case> cases = {
        {"deep.yaml", "groups: " + std::string(100'000, '['), "yaml-syntax"},
        {"latin1.yaml", "store: /tmp/caf\xe9.db\n", "invalid-utf8"},
        {"alias-bomb.yaml", alias_bomb, "config-bad-value"},
        {"huge.yaml", huge, "file-too-large"},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        const std::string path = dir.write(c.name, c.text);
        const auto run = testing::run_sigaudit({"rules", "list", "--config", path});
        CHECK(run.exit_code == 2);
        CHECK_THAT(run.err, Catch::Contains(path) && Catch::Contains("[" + c.code + "]"));
    }
}
