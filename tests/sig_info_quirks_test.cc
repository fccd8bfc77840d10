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

TEST_CASE("a sig-info repo without its owner is an error; a trailing slash is not",
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
