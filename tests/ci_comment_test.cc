// `ci` answers in its comment whatever the change does to the roster: a
// head that does not parse, a roster the change adds or deletes, a --head
// given either way, data that cannot be had; and lint findings the base
// already had do not fail the change.
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/ci_checkout.h"

using sigaudit::testing::Checkout;
using sigaudit::testing::ProcessResult;

namespace {

const std::vector<std::string> kMarkdown = {"--base-ref",           "HEAD",     "--head",
                                            "sig/sig_members.yaml", "--format", "markdown"};

void write_head(const Checkout& checkout, const std::string& text) {
    std::ofstream(checkout.dir.path() / "sig" / "sig_members.yaml") << text;
}

}  // namespace

TEST_CASE("ci comment: a head roster that does not parse says where, exit 2", "[ci][git]") {
    const Checkout checkout;
    write_head(checkout, "Contributors:\n- name: Li Na\n  gitee_id: [li_na\n");
    const ProcessResult run = checkout.ci(kMarkdown);
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.out, Catch::StartsWith("### sigaudit: could not judge this change\n"));
    CHECK_THAT(run.out, Catch::Contains("An input file does not read, so no role in this change "
                                        "was judged:"));
    CHECK_THAT(run.out, Catch::Contains("- ✗ error `sig/sig_members.yaml:4:1` yaml-syntax: "));
    CHECK_THAT(run.out, Catch::Contains("Fix sig/sig\\_members.yaml and push again; until then "
                                        "this check fails (exit code 2"));
    // The log still has it, as every other error.
    CHECK_THAT(run.err, Catch::Contains("sig/sig_members.yaml:4:1"));

    const ProcessResult json =
        checkout.ci({"--base-ref", "HEAD", "--head", "sig/sig_members.yaml", "--format", "json"});
    CHECK(json.exit_code == 2);
    const auto document = nlohmann::json::parse(json.out);
    CHECK(document["ok"] == false);
    CHECK(document["exit_code"] == 2);
    CHECK(document["failure"]["findings"][0]["code"] == "yaml-syntax");
    CHECK(document["failure"]["findings"][0]["line"] == 4);
}

TEST_CASE("ci comment: the snippet of a bad line is quoted in a code span", "[ci][git]") {
    const Checkout checkout;
    write_head(checkout, "Contributors:\n- name: `x` Li\n  gitee_id: li_na\n  email: [a\n");
    const ProcessResult run = checkout.ci(kMarkdown);
    CHECK(run.exit_code == 2);
    INFO(run.out);
    // The finding's line comes with its number, in a span its backticks cannot end.
    CHECK_THAT(run.out, Catch::Contains("  ``"));
}

TEST_CASE("ci comment: a deleted roster lists every role removed, exit 0", "[ci][git]") {
    const Checkout checkout;
    std::filesystem::remove(checkout.dir.path() / "sig" / "sig_members.yaml");
    const ProcessResult run = checkout.ci(kMarkdown);
    INFO(run.err);
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.out, Catch::Contains("> **Note:** This change deletes sig/sig\\_members.yaml"));
    CHECK_THAT(run.out, Catch::Contains("every role the base held in it is removed"));
    CHECK_THAT(run.out, Catch::Contains("**Removed** (nothing to justify):"));
    CHECK_THAT(run.out, Catch::Contains("`randywangze`"));
    CHECK_THAT(run.out, Catch::Contains("This change adds no role to anyone"));

    const ProcessResult json =
        checkout.ci({"--base-ref", "HEAD", "--head", "sig/sig_members.yaml", "--format", "json"});
    const auto document = nlohmann::json::parse(json.out);
    CHECK(document["head_deleted"] == true);
    CHECK(document["removals"].size() == 10);  // 6 + 2 + 1 + 1 listings
    CHECK(document["head_sig_repositories"] == nlohmann::json::array());
}

TEST_CASE("ci comment: a head path that is nowhere is named, exit 2", "[ci][git]") {
    const Checkout checkout;
    const ProcessResult run =
        checkout.ci({"--base-ref", "HEAD", "--head", "sig/none.yaml", "--format", "markdown"});
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.out, Catch::StartsWith("### sigaudit: could not judge this change"));
    CHECK_THAT(run.out, Catch::Contains("`sig/none.yaml:0:0` file-unreadable"));
}

TEST_CASE("ci comment: --head relative or absolute reads the same change", "[ci][git]") {
    const Checkout checkout;
    checkout.add_member("newcomer");
    const ProcessResult relative = checkout.ci(kMarkdown);
    const std::string absolute_path = (checkout.dir.path() / "sig" / "sig_members.yaml").string();
    const ProcessResult absolute =
        checkout.ci({"--base-ref", "HEAD", "--head", absolute_path, "--format", "markdown"});
    CHECK(relative.exit_code == 1);
    CHECK(absolute.exit_code == 1);
    for (const ProcessResult* run : {&relative, &absolute}) {
        CHECK_THAT(run->out, Catch::StartsWith("### sigaudit: 1 role addition, not justified"));
        CHECK_THAT(run->out, Catch::Contains("| New (`newcomer`) | Member | ✗ |"));
    }
}

TEST_CASE("ci comment: the base's own lint findings are one line and fail nothing", "[ci][git]") {
    const Checkout checkout;
    // Lines move (a member added above), the base's ladder-gap stays the base's.
    checkout.add_member("newcomer");
    const ProcessResult run = checkout.ci(kMarkdown);
    CHECK(run.exit_code == 1);  // the addition, not the lint
    CHECK_THAT(run.out, !Catch::Contains("ladder-gap"));
    CHECK_THAT(run.out,
               Catch::Contains("1 finding was already present in the base roster; it does not "
                               "fail this change."));

    // A finding the change brings is listed, and its error fails the job.
    const Checkout placeholder;
    std::ofstream(placeholder.dir.path() / "sig" / "sig_members.yaml", std::ios::app)
        << "- name: Someone\n  gitee_id: TO_BE_CLARIFIED\n";
    const ProcessResult bad = placeholder.ci(kMarkdown);
    CHECK(bad.exit_code == 1);
    CHECK_THAT(bad.out, Catch::Contains("**Lint** of `sig/sig_members.yaml`"));
    CHECK_THAT(bad.out, Catch::Contains("placeholder"));
    CHECK_THAT(bad.out, !Catch::Contains("ladder-gap"));

    const ProcessResult json = placeholder.ci(
        {"--base-ref", "HEAD", "--head", "sig/sig_members.yaml", "--format", "json"});
    CHECK(nlohmann::json::parse(json.out)["lint_already_present"] == 1);
}

TEST_CASE("ci comment: data that cannot be had says so and what to do, exit 3", "[ci][git]") {
    const Checkout checkout;
    checkout.add_member("newcomer");
    std::filesystem::remove(checkout.store);
    const ProcessResult run = checkout.ci(kMarkdown);
    CHECK(run.exit_code == 3);
    CHECK_THAT(run.out, Catch::StartsWith("### sigaudit: could not judge this change"));
    CHECK_THAT(run.out, Catch::Contains("The Gitee data behind the verdicts could not be had"));
    CHECK_THAT(run.out, Catch::Contains("This says nothing about the change: rerun the job"));
}
