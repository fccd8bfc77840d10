// The suggested roster change: the lines a maintainer pastes, in the
// roster's own format, which read back as the names and logins meant.
#include <yaml-cpp/yaml.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "report/render_parts.h"
#include "support/process.h"
#include "support/scenario.h"

using namespace sigaudit;
using sigaudit::testing::run_sigaudit;

namespace {

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& line : lines) {
        out += line + "\n";
    }
    return out;
}

std::vector<std::string> example_audit(const std::string& format) {
    const std::string source = SIGAUDIT_SOURCE_DIR;
    return {"audit",      source + "/examples/sig_members.yaml",
            "--evidence", source + "/examples/evidence.yaml",
            "--config",   source + "/examples/sigaudit.yaml",
            "--store",    source + "/examples/snapshot/gitee.db",
            "--offline",  "--as-of",
            "2026-08-31", "--format",
            format};
}

}  // namespace

TEST_CASE("suggestion: the audit of the example names the lines to add per list",
          "[audit][suggestion]") {
    const auto text = run_sigaudit(example_audit("text"));
    REQUIRE(text.exit_code == 0);
    CHECK_THAT(text.out,
               Catch::Contains("Suggested roster change (6 listings): the lines to add to "));
    CHECK_THAT(text.out, Catch::Contains("  under Committers: after line 33\n"
                                         "    - name: Zhang Wei\n"
                                         "      gitee_id: zhang_reviewer\n"));
    const auto json = nlohmann::json::parse(run_sigaudit(example_audit("json")).out);
    const auto& lists = json["suggested_additions"];
    REQUIRE(lists.size() == 3);
    CHECK(lists[0]["role"] == "reviewer");
    CHECK(lists[0]["list"] == "Reviewers");
    CHECK(lists[0]["after_line"] == 29);
    CHECK(lists[0]["listings"].size() == 4);
    // The lines, pasted under the list, read as the entries meant.
    const YAML::Node pasted = YAML::Load(lists[0]["yaml"].get<std::string>());
    REQUIRE(pasted.IsSequence());
    CHECK(pasted[1]["name"].as<std::string>() == "Li Na");
    CHECK(pasted[1]["gitee_id"].as<std::string>() == "li_na");
    CHECK(lists[2]["role"] == "maintainer");
}

TEST_CASE("suggestion: sig-info's nested lists and names YAML would misread",
          "[audit][suggestion]") {
    SuggestedList list{Role::committer,
                       RosterFormat::sig_info,
                       "repositories[1].committers",
                       40,
                       {{"wu", "Wu \"Quote\" #1: 吴", "wu@example.org"}, {"nameless", "", ""}}};
    const std::string yaml = joined(render_detail::suggestion_yaml(list));
    CHECK(yaml ==
          "  - gitee_id: wu\n"
          "    name: \"Wu \\\"Quote\\\" #1: 吴\"\n"
          "    email: wu@example.org\n"
          "  - gitee_id: nameless\n");
    const YAML::Node read = YAML::Load("committers:\n" + yaml)["committers"];
    CHECK(read[0]["name"].as<std::string>() == "Wu \"Quote\" #1: 吴");
    CHECK(read[1]["gitee_id"].as<std::string>() == "nameless");
    CHECK(render_detail::suggestion_place(list) ==
          "under repositories[1].committers: after line 40");

    SuggestedList fresh{
        Role::reviewer, RosterFormat::sig_members, "Reviewers", 0, {{"x", "X", ""}}};
    CHECK(render_detail::suggestion_place(fresh) ==
          "a new list Reviewers: (the roster has no Reviewer list yet)");
}

TEST_CASE("sections: a promotion says when the person is not on the roster or below a role",
          "[audit][sections]") {
    const RuleSet& rules = sigaudit::testing::shipped_rules();
    RuleResult member;
    member.rule = rules.find("member");
    RuleResult reviewer;
    reviewer.rule = rules.find("reviewer");
    PersonResult newcomer;
    newcomer.login = "newcomer";  // found by --discover: the roster lists nobody of the name
    PersonResult holder;
    holder.login = "holder";
    holder.roles = {Role::member};
    AuditSections sections;
    sections.promotions = {{&newcomer, &member}, {&holder, &reviewer}};
    sections.below = {{&holder, {&member}}};
    CHECK(render_detail::promotion_note(sections.promotions[0], sections) == "not on the roster");
    CHECK(render_detail::promotion_note(sections.promotions[1], sections) ==
          "holds Member without meeting its criteria");
}
