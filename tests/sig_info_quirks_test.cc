// Quirks of real sig-info.yaml files: ids nobody holds yet, repositories
// without their owner, misspelt keys inside a repository group.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "sigaudit/roster/roster_loader.h"

using namespace sigaudit;

namespace {

// Shaped like the community's sig-info.yaml files: maintainers still to be
// named, a repository group with its repo list, and a second group whose
// repo lost its owner.
const char* const kSigInfo = R"(name: Usability
description: Usability SIG
mailing_list: usability@example.org
maintainers:
- gitee_id: TO_BE_CLARIFIED
  name: Wang Fang
  email: wang.fang@example.org
- gitee_id: TO_BE_CLARIFIED
  name: Zhao Lei
  email: zhao.lei@example.org
- gitee_id: ling-q
  name: Ling Qian
  email: ling.qian@example.org
repositories:
- repo:
  - mindspore/docs/
  - mindspore/tutorials
  committers:
  - gitee_id: NA
    name: Sun Mei
  - gitee_id: chen-x
    name: Chen Xu
- repo: mindspore
  contributors:
  - gitee_home: https://gitee.com/TBD
    name: Zhou Jie
)";

Loaded<Roster> lint_sig_info() {
    return load_roster(make_text_file("sig-info.yaml", kSigInfo));
}

std::vector<Diagnostic> with_code(const Loaded<Roster>& l, Code code) {
    std::vector<Diagnostic> out;
    std::copy_if(l.diagnostics.begin(), l.diagnostics.end(), std::back_inserter(out),
                 [&](const Diagnostic& d) { return d.code == code; });
    return out;
}

std::vector<int> lines_of(const std::vector<Diagnostic>& found) {
    std::vector<int> lines;
    for (const Diagnostic& d : found) {
        lines.push_back(d.where.line);
    }
    return lines;
}

}  // namespace

TEST_CASE("a placeholder id is an error at its line, once per entry", "[lint][sig-info]") {
    const Loaded<Roster> l = lint_sig_info();
    const auto placeholders = with_code(l, Code::placeholder_id);
    CHECK(lines_of(placeholders) == std::vector<int>{5, 8, 19, 25});
    REQUIRE_FALSE(placeholders.empty());
    CHECK(placeholders[0].severity == Severity::error);
    CHECK_THAT(placeholders[0].message, Catch::Contains("'TO_BE_CLARIFIED' is a placeholder") &&
                                            Catch::Contains("'Wang Fang' under maintainers"));
    // From gitee_home too: https://gitee.com/TBD names nobody.
    CHECK_THAT(placeholders[3].message, Catch::Contains("'https://gitee.com/TBD'"));
}

TEST_CASE("placeholder entries are nobody: never merged into one person", "[lint][sig-info]") {
    const Loaded<Roster> l = lint_sig_info();
    // Two people written as TO_BE_CLARIFIED are two unknown people, not one
    // person listed twice.
    CHECK(with_code(l, Code::duplicate_entry).empty());
    REQUIRE(l.value);
    CHECK(l.value->logins() == std::vector<std::string>{"chen-x", "ling-q"});
    CHECK_FALSE(l.value->holds("to_be_clarified", Role::member));
    CHECK_FALSE(l.value->holds("na", Role::member));
}

TEST_CASE("a sig-info repo without its owner is an error, a trailing slash is not",
          "[lint][sig-info]") {
    const Loaded<Roster> l = lint_sig_info();
    const auto bad = with_code(l, Code::bad_repo);
    REQUIRE(bad.size() == 1);
    CHECK(bad[0].where.line == 23);
    CHECK_THAT(bad[0].message, Catch::Contains("repo 'mindspore' is not owner/repo"));
    REQUIRE(l.value);
    const auto chen = std::find_if(l.value->entries().begin(), l.value->entries().end(),
                                   [](const RosterEntry& e) { return e.login == "chen-x"; });
    REQUIRE(chen != l.value->entries().end());
    CHECK(chen->repositories == std::vector<std::string>{"mindspore/docs", "mindspore/tutorials"});
}

TEST_CASE("a login that only resembles a placeholder is a person", "[lint]") {
    const Loaded<Roster> l = load_roster(make_text_file("sig_members.yaml", R"(Members:
- name: Nadia
  gitee_id: nadia
- name: Tbdx
  gitee_id: tbd-x
)"));
    CHECK(with_code(l, Code::placeholder_id).empty());
    REQUIRE(l.value);
    CHECK(l.value->logins() == std::vector<std::string>{"nadia", "tbd-x"});
}

TEST_CASE("a misspelt key in a repository group is named, with what it meant", "[lint][sig-info]") {
    const Loaded<Roster> l = load_roster(make_text_file("sig-info.yaml", R"(name: Docs
maintainers:
- gitee_id: ling-q
repositories:
- repo: [mindspore/docs]
  comitters:
  - gitee_id: chen-x
  Contributers:
  - gitee_id: li_na
  maintainers:
  - gitee_id: ling-q
  repo_admin:
  - gitee_id: ling-q
  branches: [master]
)"));
    const auto unknown = with_code(l, Code::unknown_role_key);
    CHECK(lines_of(unknown) == std::vector<int>{6, 8});
    REQUIRE(unknown.size() == 2);
    CHECK_THAT(unknown[0].message, Catch::Contains("did you mean 'committers'"));
    CHECK_THAT(unknown[1].message, Catch::Contains("did you mean 'contributors'"));
    // The template's own keys are no typos.
    CHECK(l.diagnostics.size() == 2);
}

TEST_CASE("mentors, repository admins and per-repository maintainers are positions",
          "[lint][sig-info]") {
    const Loaded<Roster> l = load_roster(make_text_file("sig-info.yaml", R"(name: Docs
mentors:
- gitee_id: mentor-m
  name: Mentor Ma
maintainers:
- gitee_id: ling-q
repositories:
- repo: [mindspore/docs]
  repo-admin:
  - gitee_id: ling-q
  maintainers:
  - gitee_id: chen-x
  committers:
  - gitee_id: chen-x
)"));
    CHECK(l.diagnostics.empty());
    REQUIRE(l.value);
    // A position is no rung: the mentor holds no role, yet is not lost.
    CHECK(l.value->logins() == std::vector<std::string>{"chen-x", "ling-q", "mentor-m"});
    CHECK_FALSE(l.value->highest_role("mentor-m"));
    CHECK(l.value->person("mentor-m").positions == std::vector<std::string>{"mentor"});
    CHECK(l.value->person("ling-q").positions ==
          std::vector<std::string>{"repository admin of mindspore/docs"});
    // A repository's maintainer is not the SIG's Maintainer.
    CHECK(l.value->highest_role("chen-x") == Role::committer);
    CHECK(l.value->person("chen-x").positions ==
          std::vector<std::string>{"maintainer of mindspore/docs"});
}

TEST_CASE("a repository group under maintainers is named, and its people are read",
          "[lint][sig-info]") {
    // As a real file once had it: the groups written into the maintainers list.
    const Loaded<Roster> l = load_roster(make_text_file("sig-info.yaml", R"(name: usability
maintainers:
- gitee_id: ling-q
  name: Ling Qian
- repo:
  - mindspore/docs
  committers:
  - gitee_id: chen-x
    name: Chen Xu
)"));
    const auto misplaced = with_code(l, Code::misplaced_group);
    REQUIRE(misplaced.size() == 1);
    CHECK(misplaced[0].where.line == 5);
    CHECK(misplaced[0].severity == Severity::warning);
    CHECK_THAT(misplaced[0].message, Catch::Contains("belongs under 'repositories'"));
    CHECK(with_code(l, Code::missing_identity).empty());
    REQUIRE(l.value);
    CHECK(l.value->highest_role("ling-q") == Role::maintainer);
    CHECK(l.value->highest_role("chen-x") == Role::committer);
    CHECK(l.value->repositories().repos == std::vector<std::string>{"mindspore/docs"});
    CHECK(l.value->repositories().where.line == 5);
}

TEST_CASE("the SIG's repositories are read from every group, each once", "[lint][sig-info]") {
    const Loaded<Roster> l = lint_sig_info();
    REQUIRE(l.value);
    // "mindspore" alone is reported (bad-repo) and left out.
    CHECK(l.value->repositories().repos ==
          std::vector<std::string>{"mindspore/docs", "mindspore/tutorials"});
    CHECK(l.value->repositories().where.line == 14);
}

TEST_CASE("top-level keys: the template's are known, others named", "[lint][sig-info]") {
    const Loaded<Roster> l = load_roster(make_text_file("sig-info.yaml", R"(name: Docs
description: d
description_en: d
created_on: '2025-05-15'
mailing_list: NA
meeting_url: NA
mature_level: startup
branches:
- repo_branch:
  - repo: mindspore/docs
    branch: r2.0
  keeper:
  - gitee_id: chen-x
maintainers:
- gitee_id: ling-q
mailinglist: x
sig_lead: y
)"));
    const auto unknown = with_code(l, Code::unknown_key);
    REQUIRE(unknown.size() == 2);
    CHECK(unknown[0].where.line == 16);
    CHECK_THAT(unknown[0].message, Catch::Contains("did you mean 'mailing_list'"));
    CHECK_THAT(unknown[1].message, Catch::Contains("'sig_lead': sigaudit does not read it"));
    CHECK(l.diagnostics.size() == 2);
}
