// `ci --base-ref`: the roster before the change read from a real git
// repository, as a pull request job reads it from the base branch.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/ci_checkout.h"

using sigaudit::testing::Checkout;
using sigaudit::testing::ProcessResult;
using sigaudit::testing::TempDir;

namespace {

const std::string kSource = SIGAUDIT_SOURCE_DIR;

}  // namespace

TEST_CASE("ci --base-ref reads the base roster from git and names it so", "[ci][git]") {
    const Checkout checkout;
    // The pull request adds one Member to the working copy.
    std::ofstream(checkout.dir.path() / "sig" / "sig_members.yaml", std::ios::app)
        << "- name: Newcomer\n  gitee_id: newcomer\n";
    const ProcessResult run =
        checkout.ci({"--base-ref", "HEAD", "--head", "sig/sig_members.yaml", "--format", "text"});
    INFO(run.err);
    CHECK(run.exit_code == 1);  // newcomer attended no meeting
    CHECK_THAT(run.out, Catch::StartsWith(
                            "HEAD:sig/sig_members.yaml → sig/sig_members.yaml, as of 2026-08-31"));
    CHECK_THAT(run.out, Catch::Contains("newcomer"));
}

TEST_CASE("ci --base-ref with --base reads that path at the revision", "[ci][git]") {
    const Checkout checkout;
    checkout.git({"mv", "sig/sig_members.yaml", "sig/renamed.yaml"});
    const ProcessResult run = checkout.ci({"--base-ref", "HEAD", "--base", "sig/sig_members.yaml",
                                           "--head", "sig/renamed.yaml", "--format", "markdown"});
    INFO(run.err);
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.out, Catch::Contains("`HEAD:sig/sig_members.yaml` → `sig/renamed.yaml`"));
}

// A change that creates the roster is the one that most needs its comment:
// the base is empty, and every role in the head is an addition.
TEST_CASE("ci --base-ref judges a roster the change adds", "[ci][git]") {
    const Checkout checkout;
    std::ofstream(checkout.dir.path() / "sig" / "new.yaml")
        << "Contributors:\n- name: New\n  gitee_id: newcomer\n";
    const ProcessResult run =
        checkout.ci({"--base-ref", "HEAD", "--head", "sig/new.yaml", "--format", "markdown"});
    INFO(run.err);
    CHECK(run.exit_code == 1);  // newcomer attended no meeting
    CHECK_THAT(run.out, Catch::Contains("> **Note:** The base revision has no sig/new.yaml: this "
                                        "change adds the file, so every role in it is an "
                                        "addition."));
    CHECK_THAT(run.out, Catch::Contains("`newcomer`"));
    const ProcessResult json =
        checkout.ci({"--base-ref", "HEAD", "--head", "sig/new.yaml", "--format", "json"});
    CHECK(nlohmann::json::parse(json.out)["base_absent"] == true);
}

TEST_CASE("ci --base-ref takes an absolute --head", "[ci][git]") {
    const Checkout checkout;
    const std::string head = (checkout.dir.path() / "sig" / "sig_members.yaml").string();
    const ProcessResult run =
        checkout.ci({"--base-ref", "HEAD", "--head", head, "--format", "json"});
    INFO(run.err);
    CHECK(run.exit_code == 0);  // nothing changed
    const nlohmann::json report = nlohmann::json::parse(run.out);
    CHECK(report["base_absent"] == false);
    CHECK(report["additions"] == nlohmann::json::array());
}

TEST_CASE("ci --base-ref with a revision that does not exist is exit 2, named", "[ci][git]") {
    const Checkout checkout;
    const ProcessResult run = checkout.ci(
        {"--base-ref", "no-such-branch", "--head", "sig/sig_members.yaml", "--format", "text"});
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Catch::Contains("no-such-branch:sig/sig_members.yaml") &&
                            Catch::Contains("git-show-failed"));
}

namespace {

std::string read_source(const std::string& path) {
    std::ifstream in(kSource + "/" + path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// The base revision also holds the SIG's rules and config; the change adds
// a Member with one meeting where the rules ask for two.
struct TrustedCheckout : Checkout {
    std::string ledger = (dir.path() / "evidence.yaml").string();

    TrustedCheckout() {
        repo.commit_file("rules/sig-roles.yaml", read_source("rules/sig-roles.yaml"), "rules");
        repo.commit_file("rules/developer-growth.yaml", read_source("rules/developer-growth.yaml"),
                         "rules");
        repo.commit_file("sig/sigaudit.yaml", "time_zone: \"+08:00\"\n", "config");
        add_member("newcomer");
        std::ofstream(ledger)
            << "evidence:\n- {login: newcomer, type: meeting, date: 2026-05-01}\n";
    }

    void write(const std::string& path, const std::string& text) const {
        std::filesystem::create_directories((dir.path() / path).parent_path());
        std::ofstream(dir.path() / path) << text;
    }

    ProcessResult judge(const std::string& format) const {
        return ci({"--base-ref", "HEAD", "--head", "sig/sig_members.yaml", "--rules", "rules",
                   "--config", "sig/sigaudit.yaml", "--evidence", ledger, "--format", format});
    }
};

}  // namespace

// The change would lower the bar it is judged by: ci reads the rules and
// config of the base, and says the change's edits to them were not used.
TEST_CASE("ci --base-ref judges with the base's rules and config, not the head's",
          "[ci][git][security]") {
    const TrustedCheckout checkout;
    std::string rules = read_source("rules/sig-roles.yaml");
    const std::size_t bar = rules.find("at_least: 2");
    REQUIRE(bar != std::string::npos);
    rules.replace(bar, 11, "at_least: 1");
    checkout.write("rules/sig-roles.yaml", rules);
    checkout.write("rules/extra.yaml", "rules: []\n");
    checkout.write("sig/sigaudit.yaml", "time_zone: \"+08:00\"\ngroups:\n  sig: [a/b]\n");

    const ProcessResult run = checkout.judge("json");
    INFO(run.err);
    CHECK(run.exit_code == 1);  // one meeting of the base's two
    const nlohmann::json report = nlohmann::json::parse(run.out);
    CHECK(report["ok"] == false);
    CHECK(report["base_ref"] == "HEAD");
    CHECK(report["unused_changes"] ==
          nlohmann::json::array({"rules/extra.yaml", "rules/sig-roles.yaml", "sig/sigaudit.yaml"}));

    const ProcessResult markdown = checkout.judge("markdown");
    CHECK_THAT(markdown.out,
               Catch::Contains("> **Note:** This change edits rules/extra.yaml, "
                               "rules/sig-roles.yaml and sig/sigaudit.yaml; ci reads its config "
                               "and rules from the base revision (HEAD), so those edits were not "
                               "used."));
}

TEST_CASE("ci --base-ref with untouched rules and config says nothing of them", "[ci][git]") {
    const TrustedCheckout checkout;
    const ProcessResult run = checkout.judge("json");
    INFO(run.err);
    CHECK(run.exit_code == 1);
    INFO(run.out);
    CHECK(nlohmann::json::parse(run.out)["unused_changes"] == nlohmann::json::array());
    CHECK_THAT(checkout.judge("markdown").out, !Catch::Contains("were not used"));
}

TEST_CASE("a config the change adds is not used", "[ci][git][security]") {
    const Checkout checkout;
    std::ofstream(checkout.dir.path() / "sig" / "sigaudit.yaml")
        << "groups:\n  models: [attacker/repo]\n";
    const ProcessResult run = checkout.ci({"--base-ref", "HEAD", "--head", "sig/sig_members.yaml",
                                           "--config", "sig/sigaudit.yaml", "--format", "json"});
    INFO(run.err);
    CHECK(run.exit_code == 0);
    const nlohmann::json report = nlohmann::json::parse(run.out);
    CHECK(report["unused_changes"] == nlohmann::json::array({"sig/sigaudit.yaml"}));
}

// The ledger may come from the change, written by the person it promotes:
// a role only the change's own entries justify is named, and with
// --ignore-new-evidence not counted.
TEST_CASE("ci names a role justified only by ledger entries the change adds",
          "[ci][git][security]") {
    const Checkout checkout;
    checkout.repo.commit_file("sig/evidence.yaml",
                              "evidence:\n- {login: newcomer, type: meeting, date: 2026-05-01}\n",
                              "one meeting");
    checkout.add_member("newcomer");
    std::ofstream(checkout.dir.path() / "sig" / "evidence.yaml", std::ios::app)
        << "- {login: newcomer, type: meeting, date: 2026-06-01}\n";
    const std::vector<std::string> args = {
        "--base-ref", "HEAD", "--head", "sig/sig_members.yaml", "--evidence", "sig/evidence.yaml"};

    std::vector<std::string> json_args = args;
    json_args.insert(json_args.end(), {"--format", "json"});
    const ProcessResult run = checkout.ci(json_args);
    INFO(run.err);
    CHECK(run.exit_code == 0);  // two meetings: justified, but by the change itself
    const nlohmann::json report = nlohmann::json::parse(run.out);
    const nlohmann::json& addition = report["additions"][0];
    CHECK(addition["justified"] == true);
    CHECK(addition["new_evidence"] ==
          nlohmann::json::array({{{"file", "sig/evidence.yaml"}, {"line", 3}}}));

    std::vector<std::string> markdown_args = args;
    markdown_args.insert(markdown_args.end(), {"--format", "markdown"});
    CHECK_THAT(checkout.ci(markdown_args).out,
               Catch::Contains("justified only with ledger entries this change adds or edits "
                               "(sig/evidence.yaml:3): a maintainer must check them"));

    json_args.push_back("--ignore-new-evidence");
    const ProcessResult strict = checkout.ci(json_args);
    CHECK(strict.exit_code == 1);
    const nlohmann::json strict_report = nlohmann::json::parse(strict.out);
    CHECK(strict_report["additions"][0]["justified"] == false);
    CHECK(strict_report["additions"][0]["new_evidence_ignored"] == true);
    CHECK_THAT(strict_report["additions"][0]["reasons"][0].get<std::string>(),
               Catch::Contains("which --ignore-new-evidence does not count"));
}
