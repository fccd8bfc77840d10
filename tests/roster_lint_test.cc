#include <algorithm>

#include <catch2/catch.hpp>

#include "sigaudit/roster/roster_loader.h"

using namespace sigaudit;

namespace {

Loaded<Roster> lint(const std::string& yaml) {
    return load_roster(make_text_file("sig_members.yaml", yaml));
}

std::vector<Diagnostic> with_code(const Loaded<Roster>& l, const std::string& code) {
    std::vector<Diagnostic> out;
    std::copy_if(l.diagnostics.begin(), l.diagnostics.end(), std::back_inserter(out),
                 [&](const Diagnostic& d) { return code_name(d.code) == code; });
    return out;
}

}  // namespace

TEST_CASE("the same person twice in one list is an error naming both lines", "[lint]") {
    const Loaded<Roster> l = lint(R"(Contributors:
- name: Kewei
  gitee_home: https://gitee.com/qmckw
- name: Mr. Hu
  gitee_home: https://gitee.com/hu
- name: Kewei
  gitee_home: https://gitee.com/QMCKW/
)");
    const auto found = with_code(l, "duplicate-entry");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::error);
    CHECK(found[0].where.line == 6);
    CHECK_THAT(found[0].message, Catch::Contains("lines 2 and 6"));
    CHECK(found[0].snippet == "- name: Kewei");
}

TEST_CASE("Members and Contributors count as one list for duplicates", "[lint]") {
    const Loaded<Roster> l = lint("Members:\n- gitee_id: a\nContributors:\n- gitee_id: A\n");
    const auto found = with_code(l, "duplicate-entry");
    REQUIRE(found.size() == 1);
    CHECK_THAT(found[0].message,
               Catch::Contains("under 'Members' at line 2 and under 'Contributors' at line 4"));
}

TEST_CASE("one person in different role lists is not a duplicate", "[lint]") {
    const Loaded<Roster> l = lint(R"(Members:
- gitee_id: jin
Reviewers:
- gitee_id: jin
Committers:
- gitee_id: jin
)");
    CHECK(l.diagnostics.empty());
}

TEST_CASE("sig-info: a committer of two repository groups is not a duplicate", "[lint][sig-info]") {
    const Loaded<Roster> two_groups = load_roster(make_text_file("sig-info.yaml", R"(repositories:
- repo: mindspore/models
  committers:
  - gitee_id: a
- repo: mindspore/docs
  committers:
  - gitee_id: a
)"));
    CHECK(two_groups.diagnostics.empty());
    const Loaded<Roster> twice = load_roster(make_text_file("sig-info.yaml", R"(maintainers:
- gitee_id: a
- gitee_id: a
)"));
    CHECK(with_code(twice, "duplicate-entry").size() == 1);
}

TEST_CASE("a ladder gap is a warning at the highest listing", "[lint]") {
    const Loaded<Roster> l = lint(R"(Members:
- gitee_id: m
Reviewers:
- gitee_id: r
Committers:
- gitee_id: c
Maintainers:
- name: Ze Wang
  gitee_home: https://gitee.com/randywangze
)");
    const auto gaps = with_code(l, "ladder-gap");
    REQUIRE(gaps.size() == 3);  // r lacks Members, c lacks both, randywangze lacks all three
    const Diagnostic& wang = gaps[2];
    CHECK(wang.severity == Severity::warning);
    CHECK(wang.where.line == 8);
    CHECK_THAT(wang.message, Catch::Contains("not under Committers, Reviewers or Members"));
    CHECK_FALSE(has_errors(l.diagnostics));
}

TEST_CASE("a complete ladder has no gap, and absent lists are no gap", "[lint]") {
    CHECK(lint(R"(Members:
- gitee_id: a
Reviewers:
- gitee_id: a
Committers:
- gitee_id: a
)")
              .diagnostics.empty());
    // A SIG without a Reviewers list does not make every committer a gap at Reviewer.
    CHECK(lint("Members:\n- gitee_id: a\nCommitters:\n- gitee_id: a\n").diagnostics.empty());
}

TEST_CASE("one login under different names is a warning", "[lint]") {
    const Loaded<Roster> l = lint(R"(Reviewers:
- name: Mr. Jin
  gitee_home: https://gitee.com/jxlang910
Committers:
- name: Jin Xiang
  gitee_home: https://gitee.com/JXLANG910
Members:
- name: "mr.  jin "
  gitee_id: jxlang910
)");
    const auto found = with_code(l, "name-mismatch");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == 5);
    CHECK_THAT(found[0].message, Catch::Contains("'Jin Xiang' here but 'Mr. Jin' at line 2"));
}

TEST_CASE("an unusable file is reported, not thrown", "[lint]") {
    const Loaded<Roster> l = lint("Members: [\n");
    CHECK_FALSE(l.usable());
    REQUIRE(l.diagnostics.size() == 1);
    CHECK(l.diagnostics[0].code == Code::yaml_syntax);
    const Loaded<Roster> missing = load_file("/nonexistent/sig_members.yaml", load_roster);
    CHECK_FALSE(missing.usable());
    CHECK(missing.diagnostics[0].code == Code::file_unreadable);
}

TEST_CASE("findings come sorted by position with their source line", "[lint]") {
    const Loaded<Roster> l = lint(R"(Maintainers:
- gitee_id: boss
Members:
- gitee_id: a
  email: nope
- gitee_id: a
)");
    REQUIRE(l.diagnostics.size() == 3);
    CHECK(l.diagnostics[0].code == Code::ladder_gap);
    CHECK(l.diagnostics[1].code == Code::bad_email);
    CHECK(l.diagnostics[1].snippet == "  email: nope");
    CHECK(l.diagnostics[2].code == Code::duplicate_entry);
}

TEST_CASE("sig-info: a maintainer listed only as maintainer is no ladder gap", "[lint][sig-info]") {
    // The format keeps maintainers apart from the repositories' lists; the
    // README says so, and this keeps the two in step.
    const Loaded<Roster> l = load_roster(make_text_file("sig-info.yaml", R"(name: Docs
maintainers:
- gitee_id: alone
  name: Alone
repositories:
- repo: [mindspore/docs]
  committers:
  - gitee_id: chen-x
)"));
    CHECK(with_code(l, "ladder-gap").empty());
    REQUIRE(l.value);
    CHECK(l.value->holds("alone", Role::member));
}
