#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/process.h"
#include "support/temp_dir.h"

using sigaudit::testing::fixture;
using sigaudit::testing::run_sigaudit;
using sigaudit::testing::TempDir;

namespace {

nlohmann::json lint_json(const std::vector<std::string>& files) {
    std::vector<std::string> args = {"lint", "--format", "json"};
    args.insert(args.end(), files.begin(), files.end());
    const auto result = run_sigaudit(args);
    return nlohmann::json::parse(result.out);
}

std::vector<std::pair<std::string, int>> code_lines(const nlohmann::json& report) {
    std::vector<std::pair<std::string, int>> out;
    for (const auto& finding : report["findings"]) {
        out.emplace_back(finding["code"].get<std::string>(), finding["line"].get<int>());
    }
    return out;
}

}  // namespace

TEST_CASE("lint: a clean roster exits 0 and says ok", "[cli][lint]") {
    TempDir dir;
    const std::string path =
        dir.write("sig_members.yaml", "Members:\n- name: A\n  gitee_home: https://gitee.com/a\n");
    const auto result = run_sigaudit({"lint", path});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains(path + ": ok") && Catch::Contains("1 person"));
    CHECK(result.err.empty());
}

TEST_CASE("lint: warnings alone exit 0, errors exit 1", "[cli][lint]") {
    TempDir dir;
    const auto warned =
        run_sigaudit({"lint", dir.write("w.yaml", "Members:\n- gitee_id: a\n  email: nope\n")});
    CHECK(warned.exit_code == 0);
    CHECK_THAT(
        warned.out,
        Catch::Contains("w.yaml:3:10: warning: email 'nope' is not a valid address [bad-email]"));
    const auto failed = run_sigaudit({"lint", dir.write("e.yaml", "Members:\n- name: nobody\n")});
    CHECK(failed.exit_code == 1);
    CHECK_THAT(failed.out,
               Catch::Contains("e.yaml:2:3: error:") && Catch::Contains("[missing-identity]"));
}

TEST_CASE("lint: a realistic roster with a duplicated entry", "[cli][lint][fixtures]") {
    const std::string path = fixture("roster/trusted_ai_sig_members.yaml");
    const auto result = run_sigaudit({"lint", path});
    CHECK(result.exit_code == 1);
    const nlohmann::json report = lint_json({path});
    CHECK(code_lines(report) == std::vector<std::pair<std::string, int>>{{"duplicate-entry", 17},
                                                                         {"ladder-gap", 26},
                                                                         {"ladder-gap", 30}});
    CHECK(report["findings"][0]["message"].get<std::string>().find("lines 8 and 17") !=
          std::string::npos);
    CHECK(report["files"][0]["people"] == 5);
    CHECK(report["files"][0]["holders"]["committer"] == 2);
}

TEST_CASE("lint: CRLF, URL variants, CJK names and a repository URL as home",
          "[cli][lint][fixtures]") {
    const nlohmann::json report = lint_json({fixture("roster/crlf_url_variants.yaml")});
    CHECK(code_lines(report) == std::vector<std::pair<std::string, int>>{{"bad-gitee-home", 9}});
    CHECK(report["findings"][0]["column"] == 15);
    CHECK(report["files"][0]["people"] == 2);  // li_na and zhang_reviewer
}

TEST_CASE("lint: sig-info.yaml", "[cli][lint][fixtures][sig-info]") {
    const auto result = run_sigaudit({"lint", fixture("roster/sig-info.yaml")});
    CHECK(result.exit_code == 0);
    const nlohmann::json report = lint_json({fixture("roster/sig-info.yaml")});
    CHECK(report["files"][0]["format"] == "sig-info");
    CHECK(report["files"][0]["people"] == 4);
    CHECK(report["findings"].empty());
}

TEST_CASE("lint: the JSON report has the documented shape", "[cli][lint][json]") {
    TempDir dir;
    const std::string path = dir.write("r.yaml", "Members:\n- gitee_id: a\n- gitee_id: a\n");
    const nlohmann::json report = lint_json({path});
    CHECK(report["schema"] == "sigaudit/lint@1");
    CHECK(report["errors"] == 1);
    CHECK(report["warnings"] == 0);
    REQUIRE(report["findings"].size() == 1);
    const nlohmann::json& finding = report["findings"][0];
    CHECK(finding["file"] == path);
    CHECK(finding["line"] == 3);
    CHECK(finding["column"] == 3);
    CHECK(finding["severity"] == "error");
    CHECK(finding["code"] == "duplicate-entry");
    CHECK(finding["message"].is_string());
}

TEST_CASE("lint: several files, exit code of the worst", "[cli][lint]") {
    TempDir dir;
    const std::string good = dir.write("good.yaml", "Members:\n- gitee_id: a\n");
    const std::string bad = dir.write("bad.yaml", "Members:\n- name: x\n");
    const std::string broken = dir.write("broken.yaml", "Members: [\n");
    CHECK(run_sigaudit({"lint", good, good}).exit_code == 0);
    CHECK(run_sigaudit({"lint", good, bad}).exit_code == 1);
    const auto result = run_sigaudit({"lint", bad, broken, good});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.out,
               Catch::Contains("bad.yaml:2:3: error:") && Catch::Contains("broken.yaml:") &&
                   Catch::Contains("[yaml-syntax]") && Catch::Contains("good.yaml: ok"));
}

TEST_CASE("lint: hostile input ends in a clear message and a documented exit code",
          "[cli][lint][hostile]") {
    TempDir dir;
    struct Case {
        std::string name;
        std::string contents;
        int exit_code;
        std::string code;
    };
    std::string garbage(
        "\x7f"
        "ELF\x02\x01\x01\0",
        8);
    for (int i = 0; i < 4096; ++i) {
        garbage += static_cast<char>((i * 7919 + 13) % 256);
    }
    std::string alias_bomb = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (char level = 'b'; level <= 'i'; ++level) {
        const char previous = static_cast<char>(level - 1);
        alias_bomb += std::string(1, level) + ": &" + level + " [";
        for (int i = 0; i < 9; ++i) {
            alias_bomb += std::string(i ? ", *" : "*") + previous;
        }
        alias_bomb += "]\n";
    }
    alias_bomb += "Members: *i\n";
    const std::vector<Case> cases = {
        {"garbage.yaml", garbage, 2, "not-text"},
        {"empty.yaml", "", 1, "empty-file"},
        {"latin1.yaml", "Members:\n- name: Jos\xe9\n  gitee_id: jose\n", 2, "invalid-utf8"},
        {"deep-flow.yaml", "Members: " + std::string(100000, '['), 2, "yaml-syntax"},
        {"deep-map.yaml", "Members: " + std::string(100000, '{'), 2, "yaml-syntax"},
        {"alias-bomb.yaml", alias_bomb, 1, "entry-not-mapping"},
        {"utf16.yaml", std::string("\xff\xfeM\0e\0m\0", 8), 2, "invalid-utf8"},
        // yaml-cpp 0.7 allocates for ever on a stray comma (jbeder/yaml-cpp#1040).
        {"stray-comma.yaml", ", x\n", 2, "yaml-syntax"},
        {"stray-comma-after-list.yaml", "Members:\n- a\n,\n", 2, "yaml-syntax"},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        const std::string path = dir.write(c.name, c.contents);
        const auto result = run_sigaudit({"lint", path});
        CHECK(result.exit_code == c.exit_code);
        CHECK_THAT(result.out, Catch::Contains(path) && Catch::Contains("[" + c.code + "]"));
    }
}

TEST_CASE("lint: a 50 MB file is refused without reading it", "[cli][lint][hostile]") {
    TempDir dir;
    std::string big = "Members:\n";
    const std::string entry = "- name: someone\n  gitee_home: https://gitee.com/someone\n";
    while (big.size() < 50u * 1024u * 1024u) {
        big += entry;
    }
    const std::string path = dir.write("huge.yaml", big);
    const auto result = run_sigaudit({"lint", path});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.out, Catch::Contains("[file-too-large]") && Catch::Contains("50.0 MiB"));
}

TEST_CASE("lint: an unreadable file names itself", "[cli][lint]") {
    const auto result = run_sigaudit({"lint", "/nonexistent/sig_members.yaml"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.out,
               Catch::Contains("/nonexistent/sig_members.yaml: error: cannot read the file"));
}

TEST_CASE("command line: bad invocations exit 2, help and version exit 0", "[cli]") {
    CHECK(run_sigaudit({}).exit_code == 2);
    CHECK(run_sigaudit({"frobnicate"}).exit_code == 2);
    CHECK(run_sigaudit({"lint"}).exit_code == 2);
    const auto bad_format =
        run_sigaudit({"lint", "--format", "xml", fixture("roster/sig-info.yaml")});
    CHECK(bad_format.exit_code == 2);
    CHECK_THAT(bad_format.err, Catch::Contains("xml"));
    CHECK(
        run_sigaudit({"lint", "--color", "sometimes", fixture("roster/sig-info.yaml")}).exit_code ==
        2);
    const auto help = run_sigaudit({"lint", "--help"});
    CHECK(help.exit_code == 0);
    CHECK_THAT(help.out, Catch::Contains("--format"));
    const auto version = run_sigaudit({"--version"});
    CHECK(version.exit_code == 0);
    CHECK_THAT(version.out, Catch::StartsWith("sigaudit "));
}

TEST_CASE("text output: colour when asked, --color beating NO_COLOR", "[cli][color]") {
    TempDir dir;
    const std::string path = dir.write("r.yaml", "Members:\n- name: x\n");
    const std::string escape = "\x1b[";
    CHECK(run_sigaudit({"lint", path}).out.find(escape) == std::string::npos);
    CHECK(run_sigaudit({"lint", "--color", "always", path}, {{"NO_COLOR", ""}}).out.find(escape) !=
          std::string::npos);
    CHECK(run_sigaudit({"lint", "--color", "always", path}, {{"NO_COLOR", "1"}}).out.find(escape) !=
          std::string::npos);
    CHECK(run_sigaudit({"lint", "--color", "never", path}).out.find(escape) == std::string::npos);
    // On a terminal, automatic colour is on unless NO_COLOR says otherwise.
    const std::string broken = dir.write("broken.yaml", "Members: [x\n");
    CHECK(sigaudit::testing::run_sigaudit_on_terminal({"audit", broken}).err.find(escape) !=
          std::string::npos);
    CHECK(sigaudit::testing::run_sigaudit_on_terminal({"audit", broken}, {{"NO_COLOR", "1"}})
              .err.find(escape) == std::string::npos);
}

TEST_CASE("text output: -q prints findings only", "[cli]") {
    TempDir dir;
    const std::string path = dir.write("r.yaml", "Members:\n- name: x\n");
    const auto result = run_sigaudit({"lint", "-q", path});
    CHECK(result.exit_code == 1);
    CHECK(result.out ==
          path +
              ":2:3: error: 'x' under Members has neither gitee_id nor gitee_home, so nobody can "
              "be matched to it [missing-identity]\n");
}

TEST_CASE("lint: a SIG's two rosters side by side are compared", "[cli][lint][sig-info]") {
    TempDir dir;
    // As the security SIG keeps them: the two files disagree on who maintains.
    const std::string members = dir.write("security/sig_members.yaml", R"(Description: Security SIG
Contributors:
- name: Zhou Ming
  gitee_home: https://gitee.com/zhou-ming
- name: Lin Hua
  gitee_home: https://gitee.com/linhua7
Reviewers:
- name: Lin Hua
  gitee_home: https://gitee.com/linhua7
Maintainers:
- name: Qian Yu
  gitee_home: https://gitee.com/qianyu
- name: Zhou Ming
  gitee_home: https://gitee.com/zhou-ming
)");
    const std::string info = dir.write("security/sig-info.yaml", R"(name: security
maintainers:
- gitee_id: qianyu
  name: Qian Yu
repositories:
- repo: [mindspore/mindarmour]
  committers:
  - gitee_id: zhou-ming
    name: Zhou Ming
  contributors:
  - gitee_id: linhua7
    name: Lin Hua
)");
    const auto result = run_sigaudit({"lint", members, info});
    INFO(result.out << result.err);
    CHECK(result.exit_code == 1);
    // Lin Hua is a Reviewer in one and a contributor in the other: sig-info
    // has no Reviewers, so that is agreement. Zhou Ming is not.
    CHECK_THAT(result.out,
               Catch::Contains("sig_members.yaml:13:3: error: the SIG's two rosters disagree on "
                               "'zhou-ming': Maintainer in " +
                               members + " (line 13, 'Maintainers'), but Committer in " + info +
                               " (line 8, 'committers of repo mindspore/mindarmour')"));
    CHECK_THAT(result.out, !Catch::Contains("'linhua7'"));
    CHECK_THAT(result.out, Catch::Contains("13 | - name: Zhou Ming"));

    // Rosters of two SIGs are not one SIG's.
    const std::string other =
        dir.write("docs/sig-info.yaml", "name: docs\nmaintainers:\n- gitee_id: a\n");
    CHECK(run_sigaudit({"lint", info, other}).exit_code == 0);
}

TEST_CASE("lint: an evidence ledger is linted as one", "[cli][lint][evidence]") {
    TempDir dir;
    const std::string good = dir.write(
        "evidence.yaml",
        "evidence:\n- {login: alice, type: meeting, date: 2026-05-01}\n"
        "- {login: bob, type: talk, date: 2026-05-02}\n- {login: Alice, type: meeting, date: "
        "2026-05-03}\n");
    const auto ok = run_sigaudit({"lint", good});
    CHECK(ok.exit_code == 0);
    CHECK_THAT(ok.out, Catch::Contains(good + ": ok — evidence ledger, 3 entries for 2 people"));
    const nlohmann::json report = lint_json({good});
    CHECK(report["files"][0]["format"] == "evidence");
    CHECK(report["files"][0]["entries"] == 3);
    CHECK(report["files"][0]["usable"] == true);

    // Named anything: the top-level key says what it is.
    const std::string bad =
        dir.write("facts.yaml", "evidence:\n- {login: alice, type: meetup, date: 2026-05-01}\n");
    const auto failed = run_sigaudit({"lint", bad});
    CHECK(failed.exit_code == 1);
    CHECK_THAT(failed.out,
               Catch::Contains("facts.yaml:2:") && Catch::Contains("[evidence-unknown-type]") &&
                   Catch::Contains("no audit reads it until the errors above are fixed"));
    CHECK(lint_json({bad})["files"][0]["usable"] == false);

    const auto broken = run_sigaudit({"lint", dir.write("evidence-2.yaml", "evidence: [\n")});
    CHECK(broken.exit_code == 2);
    CHECK_THAT(broken.out, Catch::Contains("[yaml-syntax]") && Catch::Contains("not linted"));
}

TEST_CASE("lint: a ledger login one slip from a roster's is named", "[cli][lint][evidence]") {
    TempDir dir;
    const std::string roster = dir.write(
        "sig_members.yaml", "Members:\n- name: A\n  gitee_home: https://gitee.com/alice\n");
    const std::string ledger =
        dir.write("evidence.yaml",
                  "evidence:\n- {login: ALICE, type: meeting, date: 2026-05-01}\n"
                  "- {login: alcie, type: meeting, date: 2026-05-02}\n"
                  "- {login: zhangsan, type: talk, date: 2026-05-03}\n");
    const auto result = run_sigaudit({"lint", roster, ledger});
    CHECK(result.exit_code == 0);  // a warning: alcie may be someone else
    CHECK_THAT(result.out, Catch::Contains(ledger + ":3:") &&
                               Catch::Contains("'alcie' is not on the roster (" + roster +
                                               "); did you mean alice?") &&
                               Catch::Contains("[evidence-unknown-login]"));
    // Far from everyone on the roster: without Gitee data, lint cannot tell.
    CHECK_THAT(result.out, !Catch::Contains("'zhangsan'"));
    CHECK(code_lines(lint_json({roster, ledger})) ==
          std::vector<std::pair<std::string, int>>{{"evidence-unknown-login", 3}});
}

// A finding on each of thousands of lines helps no one and, quoted line by
// line, made an 8 MB roster cost gigabytes: the first 100 of each kind are
// kept and the rest counted.
TEST_CASE("lint: findings past 100 of a kind are counted, not listed", "[cli][lint][hostile]") {
    TempDir dir;
    std::string roster = "Members:\n";
    for (int i = 0; i < 250; ++i) {
        roster += "- name: nobody\n";
    }
    const std::string path = dir.write("sig_members.yaml", roster);
    const auto result = run_sigaudit({"lint", path});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.out, Catch::Contains("and 150 more like the 100 above (missing-identity), "
                                           "not shown"));
    const nlohmann::json report = lint_json({path});
    CHECK(report["findings"].size() == 101);
    CHECK(report["errors"] == 250);
    CHECK(report["files"][0]["errors"] == 250);
}

TEST_CASE("lint: a roster past 2 MiB is refused before it is read", "[cli][lint][hostile]") {
    TempDir dir;
    std::string roster = "Members:\n";
    while (roster.size() < 3u * 1024 * 1024) {
        roster += "- name: nobody\n";
    }
    const auto result = run_sigaudit({"lint", dir.write("sig_members.yaml", roster)});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.out, Catch::Contains("[file-too-large]") &&
                               Catch::Contains("larger than 2 MiB are refused"));
}
