#include <algorithm>

#include <catch2/catch.hpp>

#include "sigaudit/roster/roster_parser.h"

using namespace sigaudit;

namespace {

RosterParse parse(const std::string& yaml, const std::string& path = "sig_members.yaml") {
    return parse_roster(make_text_file(path, yaml));
}

std::vector<std::string> codes(const RosterParse& p) {
    std::vector<std::string> out;
    for (const Diagnostic& d : p.diagnostics) {
        out.push_back(std::string(code_name(d.code)));
    }
    return out;
}

const Diagnostic& only(const RosterParse& p, const std::string& code) {
    const auto it = std::find_if(p.diagnostics.begin(), p.diagnostics.end(),
                                 [&](const Diagnostic& d) { return code_name(d.code) == code; });
    REQUIRE(it != p.diagnostics.end());
    return *it;
}

const char* const kTrustedAi =
    R"(Description: This file records all members of Trusted AI SIG, please add your information as follows.
Contributors:          # some SIGs say "Contributors", others "Members"
- name: Mr. Hu
  gitee_home: https://gitee.com/Mr_GerhardtHu_Fox
  email: someone@example.com      
  interest: recommendation system based knowledge graphs

- name: Kewei
  gitee_home: https://gitee.com/qmckw
  email: other@example.com
Reviewers:
- name: Mr. Jin
  gitee_home: https://gitee.com/jxlang910
Committers:
- name: Mr. Jin
  gitee_home: https://gitee.com/jxlang910
Maintainers:
- name: Ze Wang
  gitee_home: https://gitee.com/randywangze
)";

}  // namespace

TEST_CASE("the reference roster parses with every quirk", "[roster][parser]") {
    const RosterParse p = parse(kTrustedAi);
    CHECK(p.diagnostics.empty());
    const Roster& r = p.roster;
    CHECK(r.format() == RosterFormat::sig_members);
    CHECK(r.logins() ==
          std::vector<std::string>{"jxlang910", "mr_gerhardthu_fox", "qmckw", "randywangze"});
    REQUIRE(r.entries().size() == 5);
    const RosterEntry& hu = r.entries()[0];
    CHECK(hu.role == Role::member);
    CHECK(hu.name == "Mr. Hu");
    CHECK(hu.email == "someone@example.com");
    CHECK(hu.list_key == "Contributors");
    CHECK(hu.where.line == 3);
    CHECK(hu.where.column == 3);
    CHECK(r.entries()[4].where.line == 18);
}

TEST_CASE("holding a role follows the ladder", "[roster]") {
    const Roster r = parse(kTrustedAi).roster;
    CHECK(r.holds("qmckw", Role::member));
    CHECK_FALSE(r.holds("qmckw", Role::reviewer));
    CHECK(r.holds("jxlang910", Role::committer));
    CHECK(r.holds("JXLANG910", Role::member));
    CHECK_FALSE(r.holds("jxlang910", Role::maintainer));
    SECTION("a maintainer listed nowhere else holds every role") {
        for (Role role : kLadder) {
            CHECK(r.holds("RandyWangZe", role));
        }
        CHECK(r.highest_role("randywangze") == Role::maintainer);
        CHECK_FALSE(r.lists("randywangze", Role::committer));
    }
    CHECK_FALSE(r.holds("nobody", Role::member));
    CHECK(r.count_holding(Role::member) == 4);
    CHECK(r.count_holding(Role::committer) == 2);
    CHECK(r.name_of("JxLang910") == "Mr. Jin");
}

TEST_CASE("role keys match case-insensitively and Members means Contributors", "[roster][parser]") {
    const RosterParse p = parse(R"(members:
- gitee_home: https://gitee.com/a
REVIEWERS:
- gitee_home: https://gitee.com/b
Committers :
- gitee_home: https://gitee.com/c
)");
    CHECK(p.diagnostics.empty());
    CHECK(p.roster.lists("a", Role::member));
    CHECK(p.roster.lists("b", Role::reviewer));
    CHECK(p.roster.lists("c", Role::committer));
}

TEST_CASE("gitee_id wins over gitee_home, and a disagreement is a warning", "[roster][parser]") {
    const RosterParse p = parse(R"(Members:
- name: A
  gitee_id: Alice_1
  gitee_home: https://gitee.com/someone-else
- name: B
  gitee_id: bob
  gitee_home: https://gitee.com/BOB/
)");
    CHECK(codes(p) == std::vector<std::string>{"identity-mismatch"});
    CHECK(only(p, "identity-mismatch").where.line == 4);
    CHECK(p.roster.logins() == std::vector<std::string>{"alice_1", "bob"});
}

TEST_CASE("an entry with no identity is an error naming the entry", "[roster][parser]") {
    const RosterParse p = parse("Reviewers:\n- name: Mr. Jin\n  email: jin@example.com\n");
    const Diagnostic& d = only(p, "missing-identity");
    CHECK(d.severity == Severity::error);
    CHECK(d.where.line == 2);
    CHECK_THAT(d.message, Catch::Contains("'Mr. Jin' under Reviewers"));
    CHECK(p.roster.logins().empty());
}

TEST_CASE("a gitee_home that is not a Gitee profile is an error at the value", "[roster][parser]") {
    const RosterParse p = parse("Members:\n- name: X\n  gitee_home: https://github.com/x\n");
    CHECK(codes(p) == std::vector<std::string>{"bad-gitee-home"});
    CHECK(only(p, "bad-gitee-home").where.line == 3);
    CHECK(only(p, "bad-gitee-home").where.column == 15);
    CHECK(parse("Members:\n- gitee_home: https://gitee.com/x\n").diagnostics.empty());
}

TEST_CASE("a gitee_id holding a URL or spaces is an error", "[roster][parser]") {
    const RosterParse url = parse("Members:\n- gitee_id: https://gitee.com/x\n");
    CHECK(codes(url) == std::vector<std::string>{"bad-gitee-id"});
    CHECK_THAT(url.diagnostics[0].message, Catch::Contains("gitee_id: x"));
    CHECK(codes(parse("Members:\n- gitee_id: two words\n")) ==
          std::vector<std::string>{"bad-gitee-id"});
    SECTION("a usable gitee_home still identifies the person") {
        const RosterParse p =
            parse("Members:\n- gitee_id: a b\n  gitee_home: https://gitee.com/ab\n");
        CHECK(p.roster.logins() == std::vector<std::string>{"ab"});
    }
}

TEST_CASE("malformed emails are warnings, trailing spaces are not malformed", "[roster][parser]") {
    for (const char* bad :
         {"someone", "a@b", "a@@b.com", "a b@c.com", "@c.com", "a@c.com.", "x[at]y.com"}) {
        const RosterParse p =
            parse(std::string("Members:\n- gitee_id: a\n  email: '") + bad + "'\n");
        INFO(bad);
        CHECK(codes(p) == std::vector<std::string>{"bad-email"});
        CHECK(p.diagnostics[0].severity == Severity::warning);
    }
    CHECK(parse("Members:\n- gitee_id: a\n  email: a.b@c.example.com   \n").diagnostics.empty());
    CHECK(parse("Members:\n- gitee_id: a\n  email:\n").diagnostics.empty());
}

TEST_CASE("structural errors point at the offending node", "[roster][parser]") {
    CHECK(codes(parse("Members: alice\n")) == std::vector<std::string>{"role-not-list"});
    CHECK(codes(parse("Members:\n- alice\n")) == std::vector<std::string>{"entry-not-mapping"});
    CHECK(codes(parse("Members:\n-\n")) == std::vector<std::string>{"entry-not-mapping"});
    const RosterParse field = parse("Members:\n- gitee_id: a\n  name: [x, y]\n");
    CHECK(codes(field) == std::vector<std::string>{"field-not-text"});
    CHECK(field.diagnostics[0].where.line == 3);
    CHECK(parse("Members:\nReviewers: ~\n").diagnostics.empty());
}

TEST_CASE("the top level must be a mapping and the file must not be empty", "[roster][parser]") {
    CHECK(codes(parse("- a\n- b\n")) == std::vector<std::string>{"top-level-not-mapping"});
    CHECK(codes(parse("just text\n")) == std::vector<std::string>{"top-level-not-mapping"});
    CHECK(codes(parse("")) == std::vector<std::string>{"empty-file"});
    CHECK(codes(parse("# only a comment\n")) == std::vector<std::string>{"empty-file"});
}

TEST_CASE("YAML syntax errors throw with their line", "[roster][parser]") {
    try {
        parse("Members:\n- name: a\n  gitee_home: [unclosed\n");
        FAIL("accepted");
    } catch (const InputError& e) {
        CHECK(e.diagnostic().code == Code::yaml_syntax);
        CHECK(e.diagnostic().where.line >= 3);
    }
    CHECK_THROWS_AS(parse("Members:\n\t- name: a\n"), InputError);
    try {
        parse("Members: []\n---\nMembers: []\n");
        FAIL("accepted");
    } catch (const InputError& e) {
        CHECK(e.diagnostic().code == Code::multiple_documents);
    }
}

TEST_CASE("unknown keys are warnings, the format's metadata keys are not", "[roster][parser]") {
    const RosterParse typo = parse("Commiters:\n- gitee_id: a\n");
    CHECK(codes(typo) == std::vector<std::string>{"unknown-role-key", "no-role-lists"});
    CHECK_THAT(typo.diagnostics[0].message, Catch::Contains("did you mean 'Committers'"));
    CHECK(codes(parse("Reviewer:\n- gitee_id: a\nMembers: []\n")) ==
          std::vector<std::string>{"unknown-role-key"});
    const RosterParse people =
        parse("Approvers:\n- gitee_home: https://gitee.com/a\nMembers: []\n");
    CHECK(codes(people) == std::vector<std::string>{"unknown-role-key"});
    CHECK_THAT(people.diagnostics[0].message, Catch::Contains("lists people"));
    CHECK(parse("Description: x\nName: ModelZoo\nMembers: []\n").diagnostics.empty());
    // Any other key is read by nothing, so it is named rather than passed over.
    const RosterParse other =
        parse("Description: x\nMeetings: [a, b]\nDescripton: y\nMembers: []\n");
    CHECK(codes(other) == std::vector<std::string>{"unknown-key", "unknown-key"});
    CHECK_THAT(other.diagnostics[0].message,
               Catch::Contains("'Meetings': sigaudit does not read it"));
    CHECK_THAT(other.diagnostics[1].message, Catch::Contains("did you mean 'Description'"));
}

TEST_CASE("Members and Contributors in one file are read as one list, with a warning",
          "[roster][parser]") {
    const RosterParse p = parse("Members:\n- gitee_id: a\nContributors:\n- gitee_id: b\n");
    CHECK(codes(p) == std::vector<std::string>{"duplicate-role-key"});
    CHECK(p.diagnostics[0].where.line == 3);
    CHECK(p.roster.lists("a", Role::member));
    CHECK(p.roster.lists("b", Role::member));
}

TEST_CASE("anchors and aliases parse like the text they stand for", "[roster][parser]") {
    const RosterParse p = parse(R"(Reviewers:
- &jin
  name: Mr. Jin
  gitee_home: https://gitee.com/jxlang910
Committers:
- *jin
)");
    CHECK(p.diagnostics.empty());
    CHECK(p.roster.lists("jxlang910", Role::committer));
}

TEST_CASE("sig-info.yaml: maintainers, committers and repository groups",
          "[roster][parser][sig-info]") {
    const char* const yaml = R"(name: sig-ModelZoo
description: models
maintainers:
- gitee_id: zhengwei
  name: Zheng Wei
  email: zw@example.com
repositories:
- repo:
  - mindspore/models
  - mindspore/hub
  committers:
  - gitee_id: Li_Na
  contributors:
  - gitee_id: qmckw
- repo: mindspore/docs
  committers:
  - gitee_id: li_na
)";
    const RosterParse p = parse(yaml, "sig/modelzoo/sig-info.yaml");
    CHECK(p.diagnostics.empty());
    const Roster& r = p.roster;
    CHECK(r.format() == RosterFormat::sig_info);
    CHECK(r.holds("zhengwei", Role::committer));
    CHECK(r.lists("li_na", Role::committer));
    CHECK(r.lists("qmckw", Role::member));
    REQUIRE(r.entries().size() == 4);
    CHECK(r.entries()[1].repositories ==
          std::vector<std::string>{"mindspore/models", "mindspore/hub"});
    CHECK(r.entries()[3].repositories == std::vector<std::string>{"mindspore/docs"});
    SECTION("the format is also recognised by its repositories key") {
        CHECK(parse(yaml, "roster.yaml").roster.format() == RosterFormat::sig_info);
    }
}

TEST_CASE("a key written twice in one person is an error naming both lines", "[roster][parser]") {
    // yaml-cpp keeps both keys; which one a reader takes is anybody's guess.
    const RosterParse p = parse(
        "Members:\n- name: Alice\n  gitee_id: alice\n  organization: X\n  Gitee-Id: mallory\n");
    const Diagnostic& twice = only(p, "duplicate-key");
    CHECK(twice.severity == Severity::error);
    CHECK(twice.where.line == 5);
    CHECK_THAT(twice.message, Catch::Contains("'Gitee-Id' is written twice") &&
                                  Catch::Contains("first at line 3"));
    REQUIRE(p.roster.entries().size() == 1);
    CHECK(p.roster.entries()[0].login == "alice");  // the first, as before, and now named
}

TEST_CASE("a misspelt field of a person is named, the SIG's own keys are not", "[roster][parser]") {
    const RosterParse p = parse(
        "Members:\n- name: Alice\n  gitee_hom: https://gitee.com/alice\n  organization: X\n"
        "  interest: models\n");
    CHECK(codes(p) == std::vector<std::string>{"unknown-field", "missing-identity"});
    const Diagnostic& typo = only(p, "unknown-field");
    CHECK(typo.severity == Severity::warning);
    CHECK(typo.where.line == 3);
    CHECK_THAT(typo.message, Catch::Contains("did you mean 'gitee_home'?"));
}

TEST_CASE("a sig-info.yaml is known by its template keys whatever its name", "[roster][parser]") {
    // A step of a history, or `ci --base-ref`'s "HEAD~1:sig-info.yaml".
    const char* const text = "name: usability\nmailing_list: NA\nmaintainers:\n- gitee_id: a\n";
    CHECK(parse_roster(make_text_file("01-first-version.yaml", text)).roster.format() ==
          RosterFormat::sig_info);
    CHECK(parse_roster(make_text_file("HEAD~1:sig-info.yaml", "maintainers:\n- gitee_id: a\n"))
              .roster.format() == RosterFormat::sig_info);
    CHECK(parse_roster(make_text_file("sig_members.yaml", "Maintainers:\n- gitee_id: a\n"))
              .roster.format() == RosterFormat::sig_members);
}
