#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "sigaudit/roster/roster_diff.h"
#include "sigaudit/roster/roster_parser.h"

using namespace sigaudit;

namespace {

Roster roster(const std::string& yaml, const std::string& path = "sig_members.yaml") {
    return parse_roster(make_text_file(path, yaml)).roster;
}

// "qmckw:reviewer": compact enough to compare whole diffs at a glance.
std::vector<std::string> keys(const std::vector<RoleChange>& changes) {
    std::vector<std::string> out;
    for (const RoleChange& change : changes) {
        out.push_back(change.login + ":" + std::string(role_id(change.role)));
    }
    return out;
}

const char* const kBase = R"(Description: ModelZoo SIG
Members:
- name: Kewei
  gitee_home: https://gitee.com/qmckw
- name: Mr. Jin
  gitee_home: https://gitee.com/jxlang910
Reviewers:
- name: Mr. Jin
  gitee_home: https://gitee.com/jxlang910
Maintainers:
- name: Ze Wang
  gitee_home: https://gitee.com/randywangze
)";

}  // namespace

TEST_CASE("an unchanged roster has no additions and no removals", "[ci][roster]") {
    const RosterDiff diff = diff_rosters(roster(kBase), roster(kBase));
    CHECK(diff.additions.empty());
    CHECK(diff.removals.empty());
}

TEST_CASE("a move from Reviewers to Committers is one promotion, not a loss of Reviewer",
          "[ci][roster]") {
    const Roster head = roster(R"(Members:
- name: Kewei
  gitee_home: https://gitee.com/qmckw
- name: Mr. Jin
  gitee_home: https://gitee.com/jxlang910
Committers:
- name: Mr. Jin (SIG)
  gitee_home: https://gitee.com/jxlang910
Maintainers:
- name: Ze Wang
  gitee_home: https://gitee.com/randywangze
)",
                               "head/sig_members.yaml");
    const RosterDiff diff = diff_rosters(roster(kBase, "base/sig_members.yaml"), head);
    REQUIRE(keys(diff.additions) == std::vector<std::string>{"jxlang910:committer"});
    // A Committer holds Reviewer: nothing is lost.
    CHECK(diff.removals.empty());

    // An addition points at the head entry that lists it, with that entry's
    // name, and says what the person held before.
    const RoleChange& added = diff.additions[0];
    CHECK(added.name == "Mr. Jin (SIG)");
    CHECK(added.where.file == "head/sig_members.yaml");
    CHECK(added.where.line == 7);
    CHECK(added.where.column == 3);
    CHECK(added.other_rung == Role::reviewer);
}

TEST_CASE("a step down is a removal that says what is still held", "[ci][roster]") {
    const Roster head = roster(R"(Members:
- name: Kewei
  gitee_home: https://gitee.com/qmckw
- name: Mr. Jin
  gitee_home: https://gitee.com/jxlang910
Maintainers:
- name: Ze Wang
  gitee_home: https://gitee.com/randywangze
)");
    const RosterDiff diff = diff_rosters(roster(kBase, "base/sig_members.yaml"), head);
    CHECK(diff.additions.empty());
    REQUIRE(keys(diff.removals) == std::vector<std::string>{"jxlang910:reviewer"});
    // A removal points at the base entry that listed it.
    const RoleChange& removed = diff.removals[0];
    CHECK(removed.name == "Mr. Jin");
    CHECK(removed.where.file == "base/sig_members.yaml");
    CHECK(removed.where.line == 8);
    CHECK(removed.other_rung == Role::member);
}

TEST_CASE("listing a held role once more is no addition", "[ci][roster]") {
    // Ze Wang, a Maintainer, is also written under Members: nothing is gained.
    const Roster head = roster(std::string(kBase) + R"(Contributors:
- name: Ze Wang
  gitee_home: https://gitee.com/randywangze
)");
    CHECK(diff_rosters(roster(kBase), head).additions.empty());
}

TEST_CASE("an id dropped and another added under the same name or email is a probable rename",
          "[ci][roster][sig-info]") {
    const char* const base = R"(maintainers:
- gitee_id: wchen
  name: Chen Wei
  email: chen.wei@example.org
repositories:
- repo: mindspore/docs
  committers:
  - gitee_id: yjf
    name: Yu Jianfeng
    email: yu.jf@example.org
  - gitee_id: qyf
    name: Qiu Yufeng
    email: qiu.yf@example.org
)";
    const char* const head = R"(maintainers:
- gitee_id: wchen
  name: Chen Wei
  email: chen.wei@example.org
repositories:
- repo: mindspore/docs
  committers:
  - gitee_id: ginfungv
    name: Yu JianFeng
    email: yu.jf@example.org
  - gitee_id: yufong-qiu
    name: Qiu YuFeng
    email: qiu.yf@example.com
  - gitee_id: newcomer
    name: New Comer
)";
    const RosterDiff diff =
        diff_rosters(roster(base, "sig-info.yaml"), roster(head, "sig-info.yaml"));
    CHECK(keys(diff.additions) == std::vector<std::string>{"ginfungv:committer",
                                                           "newcomer:committer",
                                                           "yufong-qiu:committer"});
    CHECK(keys(diff.removals) == std::vector<std::string>{"qyf:committer", "yjf:committer"});
    REQUIRE(diff.renames.size() == 2);
    // Names compare without case; the email alone is enough, and so is the name.
    CHECK(diff.renames[0].old_login == "qyf");
    CHECK(diff.renames[0].new_login == "yufong-qiu");
    CHECK(diff.renames[0].same_name);
    CHECK_FALSE(diff.renames[0].same_email);
    CHECK(diff.renames[1].old_login == "yjf");
    CHECK(diff.renames[1].new_login == "ginfungv");
    CHECK(diff.renames[1].same_name);
    CHECK(diff.renames[1].same_email);
}

TEST_CASE("a new member and a removed member", "[ci][roster]") {
    const Roster head = roster(R"(Members:
- name: Mr. Jin
  gitee_home: https://gitee.com/jxlang910
- name: Li Na
  gitee_home: https://gitee.com/li_na
Reviewers:
- name: Mr. Jin
  gitee_home: https://gitee.com/jxlang910
- name: Li Na
  gitee_home: https://gitee.com/li_na
Maintainers:
- name: Ze Wang
  gitee_home: https://gitee.com/randywangze
)");
    const RosterDiff diff = diff_rosters(roster(kBase), head);
    // Sorted by login, then ladder order.
    CHECK(keys(diff.additions) == std::vector<std::string>{"li_na:member", "li_na:reviewer"});
    CHECK(keys(diff.removals) == std::vector<std::string>{"qmckw:member"});
    CHECK(diff.removals[0].name == "Kewei");
}

TEST_CASE("additions are sorted by login, then ladder order", "[ci][roster]") {
    const Roster head = roster(R"(Maintainers:
- name: Zed
  gitee_home: https://gitee.com/zed
Committers:
- name: Zed
  gitee_home: https://gitee.com/zed
- name: Amy
  gitee_home: https://gitee.com/amy
Members:
- name: Zed
  gitee_home: https://gitee.com/zed
)");
    const RosterDiff diff = diff_rosters(Roster(), head);
    CHECK(keys(diff.additions) == std::vector<std::string>{"amy:committer", "zed:member",
                                                           "zed:committer", "zed:maintainer"});
    CHECK(diff.removals.empty());
}

TEST_CASE("a login that only changes case is no change", "[ci][roster]") {
    const Roster head = roster(R"(Description: ModelZoo SIG
Members:
- name: Kewei
  gitee_home: https://gitee.com/QMCKW
- name: Mr. Jin
  gitee_id: JxLang910
Reviewers:
- name: Mr. Jin
  gitee_home: https://gitee.com/JXLANG910
Maintainers:
- name: Ze Wang
  gitee_home: https://gitee.com/RandyWangZe
)");
    const RosterDiff diff = diff_rosters(roster(kBase), head);
    CHECK(diff.additions.empty());
    CHECK(diff.removals.empty());
}

TEST_CASE("gitee_home URL variants are no change", "[ci][roster]") {
    const Roster head = roster(R"(Members:
- name: Kewei
  gitee_home: http://www.gitee.com/qmckw/
- name: Mr. Jin
  gitee_home: "  https://gitee.com/jxlang910  "
Reviewers:
- name: Mr. Jin
  gitee_home: https://www.gitee.com/jxlang910/
Maintainers:
- name: Ze Wang
  gitee_id: randywangze
)");
    const RosterDiff diff = diff_rosters(roster(kBase), head);
    CHECK(diff.additions.empty());
    CHECK(diff.removals.empty());
}

TEST_CASE("Members and Contributors are the same role", "[ci][roster]") {
    std::string head_text = kBase;
    head_text.replace(head_text.find("Members:"), 8, "Contributors:");
    const RosterDiff diff = diff_rosters(roster(kBase), roster(head_text));
    CHECK(diff.additions.empty());
    CHECK(diff.removals.empty());
}

TEST_CASE("entries without a login are left to lint", "[ci][roster]") {
    const Roster head = roster(std::string(kBase) + R"(Committers:
- name: Nobody Knows
  email: nobody@example.com
- name: Bad Home
  gitee_home: not a url at all
)");
    const RosterDiff diff = diff_rosters(roster(kBase), head);
    CHECK(diff.additions.empty());
    CHECK(diff.removals.empty());
}

TEST_CASE("sig-info.yaml rosters diff the same way", "[ci][roster][sig-info]") {
    const char* const base = R"(name: sig-ModelZoo
maintainers:
- gitee_id: zhengwei
  name: Zheng Wei
repositories:
- repo: mindspore/models
  committers:
  - gitee_id: li_na
    name: Li Na
  contributors:
  - gitee_id: qmckw
)";
    const char* const head = R"(name: sig-ModelZoo
maintainers:
- gitee_id: ZhengWei
  name: Zheng Wei
repositories:
- repo: mindspore/models
  committers:
  - gitee_id: li_na
    name: Li Na
  - gitee_id: qmckw
    name: Kewei
  contributors:
  - gitee_id: qmckw
- repo: mindspore/docs
  committers:
  - gitee_id: Li_Na
)";
    const RosterDiff diff =
        diff_rosters(roster(base, "sig-info.yaml"), roster(head, "sig-info.yaml"));
    // A second repository group for a committer adds no role; a contributor
    // listed as a committer too is promoted from Member.
    REQUIRE(keys(diff.additions) == std::vector<std::string>{"qmckw:committer"});
    CHECK(diff.additions[0].name == "Kewei");
    CHECK(diff.additions[0].where.line == 10);
    CHECK(diff.additions[0].other_rung == Role::member);
    CHECK(diff.removals.empty());
}

TEST_CASE("a name left out of the listing entry comes from the person's other entries",
          "[ci][roster]") {
    const Roster head = roster(R"(Members:
- name: Li Na
  gitee_home: https://gitee.com/li_na
Reviewers:
- gitee_home: https://gitee.com/li_na
)");
    const RosterDiff diff = diff_rosters(Roster(), head);
    REQUIRE(keys(diff.additions) == std::vector<std::string>{"li_na:member", "li_na:reviewer"});
    CHECK(diff.additions[1].name == "Li Na");
    CHECK(diff.additions[1].where.line == 5);
}
