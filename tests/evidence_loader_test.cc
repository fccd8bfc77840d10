#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

#include "sigaudit/common/text_file.h"
#include "sigaudit/evidence/evidence.h"
#include "sigaudit/evidence/evidence_loader.h"
#include "support/temp_dir.h"

using namespace sigaudit;

namespace {

Evidence load(const std::string& text) {
    return require(load_evidence(make_text_file("evidence.yaml", text)));
}

// The problem load_evidence reports for `text`; fails the test when it loads.
Diagnostic problem_in(const std::string& text) {
    try {
        load(text);
    } catch (const InputError& e) {
        return e.diagnostic();
    }
    FAIL("expected an InputError for:\n" << text);
    return {};
}

void check_problem(const std::string& text, const std::string& code, int line, int column) {
    INFO(text);
    const Diagnostic d = problem_in(text);
    INFO(d.message);
    CHECK(code_name(d.code) == code);
    CHECK(d.severity == Severity::error);
    CHECK(d.where.file == "evidence.yaml");
    CHECK(d.where.line == line);
    CHECK(d.where.column == column);
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// An entry with every field right; tests replace one line to break it.
std::string entry_with(const std::string& replaced_line, const std::string& replacement) {
    std::string text =
        "evidence:\n"
        "  - login: qmckw\n"
        "    type: meeting\n"
        "    date: 2026-03-10\n"
        "    count: 1\n"
        "    url: https://example.org/modelzoo/meetings/012\n"
        "    note: ModelZoo SIG biweekly meeting\n";
    const std::size_t at = text.find(replaced_line);
    REQUIRE(at != std::string::npos);
    text.replace(at, replaced_line.size(), replacement);
    return text;
}

}  // namespace

TEST_CASE("every evidence type has an id that reads back", "[evidence]") {
    CHECK(kEvidenceTypes.size() == 15);
    for (EvidenceType type : kEvidenceTypes) {
        CHECK(evidence_type_from_id(evidence_type_id(type)) == type);
    }
    CHECK(evidence_type_id(EvidenceType::qa_answer) == "qa_answer");
    CHECK(evidence_type_id(EvidenceType::business_application) == "business_application");
    CHECK(evidence_type_from_id("Meeting") == EvidenceType::meeting);
    CHECK_FALSE(evidence_type_from_id("meetting"));
    CHECK_FALSE(evidence_type_from_id(""));
}

TEST_CASE("a ledger entry gives every field", "[evidence]") {
    const Evidence evidence = load(
        "# maintained by the SIG\n"
        "evidence:\n"
        "  - login: Mr_GerhardtHu_Fox\n"
        "    type: qa_answer\n"
        "    date: 2026-04-02\n"
        "    count: 12\n"
        "    url: https://example.org/forum/user/hu\n"
        "    note: answers on the MindSpore forum\n");
    REQUIRE(evidence.entries().size() == 1);
    const EvidenceEntry& entry = evidence.entries().front();
    CHECK(entry.login == "mr_gerhardthu_fox");
    CHECK(entry.type == EvidenceType::qa_answer);
    CHECK(to_string(entry.date) == "2026-04-02");
    CHECK(entry.count == 12);
    CHECK(entry.url == "https://example.org/forum/user/hu");
    CHECK(entry.note == "answers on the MindSpore forum");
    CHECK(entry.where.file == "evidence.yaml");
    CHECK(entry.where.line == 3);
    CHECK(entry.where.column == 5);
}

TEST_CASE("count, url and note are optional, count defaults to 1", "[evidence]") {
    const Evidence evidence = load(
        "evidence:\n"
        "  - {login: chen-x, type: talk, date: 2026-05-20}\n"
        "  - login: li_na\n"
        "    type: doc\n"
        "    date: '2026-05-21'\n"
        "    url:\n"
        "    note:\n");
    REQUIRE(evidence.entries().size() == 2);
    for (const EvidenceEntry& entry : evidence.entries()) {
        CHECK(entry.count == 1);
        CHECK(entry.url.empty());
        CHECK(entry.note.empty());
    }
    CHECK(to_string(evidence.entries()[1].date) == "2026-05-21");
}

TEST_CASE("valid counts, dates and urls load", "[evidence]") {
    CHECK(load(entry_with("count: 1", "count: 1000000")).entries()[0].count == 1000000);
    CHECK(load(entry_with("count: 1", "count: '40'")).entries()[0].count == 40);
    CHECK(to_string(load(entry_with("2026-03-10", "2024-02-29")).entries()[0].date) ==
          "2024-02-29");
    CHECK(to_string(load(entry_with("2026-03-10", "2026-12-31")).entries()[0].date) ==
          "2026-12-31");
    CHECK(load(entry_with("https://", "http://")).entries()[0].url ==
          "http://example.org/modelzoo/meetings/012");
    CHECK(load(entry_with("login: qmckw", "login: li.na")).entries()[0].login == "li.na");
}

TEST_CASE("lookups by login ignore case and gather each person's entries", "[evidence]") {
    const Evidence evidence = load(
        "evidence:\n"
        "  - {login: qmckw, type: meeting, date: 2026-03-24}\n"
        "  - {login: jxlang910, type: maintainer_review, date: 2026-05-06}\n"
        "  - {login: QMCKW, type: meeting, date: 2026-03-10}\n"
        "  - {login: qmckw, type: article, date: 2026-03-24}\n");
    CHECK(evidence.entries().size() == 4);
    CHECK(evidence.logins() == std::vector<std::string>{"jxlang910", "qmckw"});

    const auto& kewei = evidence.of("QmCkW");
    REQUIRE(kewei.size() == 3);
    // By date; the two entries of March 24 keep their order in the file.
    CHECK(to_string(kewei[0]->date) == "2026-03-10");
    CHECK(kewei[0]->where.line == 4);
    CHECK(kewei[1]->type == EvidenceType::meeting);
    CHECK(kewei[2]->type == EvidenceType::article);
    CHECK(&evidence.of("qmckw") == &kewei);

    REQUIRE(evidence.of("JXLANG910").size() == 1);
    CHECK(evidence.of("jxlang910")[0]->type == EvidenceType::maintainer_review);
    CHECK(evidence.of("nobody").empty());
    CHECK(evidence.of("").empty());
}

TEST_CASE("a copied ledger indexes its own entries", "[evidence]") {
    Evidence copy;
    {
        const Evidence original =
            load("evidence:\n  - {login: li_na, type: doc, date: 2026-01-05}\n");
        copy = original;
    }
    REQUIRE(copy.of("li_na").size() == 1);
    CHECK(copy.of("li_na")[0] == &copy.entries()[0]);
    const Evidence moved = std::move(copy);
    REQUIRE(moved.of("li_na").size() == 1);
    CHECK(moved.of("li_na")[0] == &moved.entries()[0]);
}

TEST_CASE("an empty ledger has no entries", "[evidence]") {
    for (const char* text :
         {"", "# nothing recorded yet\n", "evidence:\n", "evidence: []\n", "evidence: ~\n"}) {
        INFO(text);
        const Evidence evidence = load(text);
        CHECK(evidence.empty());
        CHECK(evidence.logins().empty());
        CHECK(evidence.of("qmckw").empty());
    }
}

TEST_CASE("the ledger's shape is checked", "[evidence][errors]") {
    check_problem("- login: qmckw\n", "evidence-not-mapping", 1, 1);
    check_problem("evidence:\n  - qmckw\n", "evidence-not-mapping", 2, 5);
    check_problem("evidence: qmckw\n", "evidence-not-list", 1, 11);
    check_problem("evidence:\n  login: qmckw\n", "evidence-not-list", 2, 3);
    check_problem("Contributors:\n  - name: Kewei\n", "evidence-missing-field", 1, 1);
    check_problem("evidence: []\nevidence: []\n", "evidence-duplicate-key", 2, 1);
}

TEST_CASE("an unknown key names the nearest known one", "[evidence][errors]") {
    check_problem(entry_with("date:", "dat:"), "evidence-unknown-key", 4, 5);
    const Diagnostic d = problem_in(entry_with("date:", "dat:"));
    CHECK(contains(d.message, "unknown key 'dat' in an evidence entry; did you mean 'date'?"));
    CHECK(contains(d.message, "Known keys: login, type, date, count, url, note"));

    const Diagnostic far = problem_in(entry_with("note:", "comment:"));
    CHECK(far.code == Code::evidence_unknown_key);
    CHECK(far.where.line == 7);
    CHECK_FALSE(contains(far.message, "did you mean"));

    const Diagnostic typo =
        problem_in("Evidence:\n  - {login: qmckw, type: talk, date: 2026-01-01}\n");
    CHECK(typo.code == Code::evidence_unknown_key);
    CHECK(typo.message ==
          "unknown key 'Evidence' in the top level; did you mean "
          "'evidence'? Known keys: evidence");

    const Diagnostic top = problem_in(
        "evidences:\n  - {login: qmckw, type: talk, date: 2026-01-01}\n"
        "evidence: []\n");
    CHECK(top.code == Code::evidence_unknown_key);
    CHECK(top.where.line == 1);
    CHECK(contains(top.message, "did you mean 'evidence'?"));
}

TEST_CASE("a key written twice in one entry is refused", "[evidence][errors]") {
    check_problem(entry_with("count: 1", "count: 1\n    count: 2"), "evidence-duplicate-key", 6, 5);
}

TEST_CASE("required fields must be present and non-empty", "[evidence][errors]") {
    check_problem(entry_with("  - login: qmckw\n    type", "  - type"), "evidence-missing-field", 2,
                  5);
    check_problem(entry_with("    type: meeting\n", ""), "evidence-missing-field", 2, 5);
    check_problem(entry_with("    date: 2026-03-10\n", ""), "evidence-missing-field", 2, 5);
    check_problem(entry_with("login: qmckw", "login:"), "evidence-missing-field", 2, 5);
    check_problem(entry_with("login: qmckw", "login: ''"), "evidence-missing-field", 2, 5);
    check_problem(entry_with("date: 2026-03-10", "date:"), "evidence-missing-field", 4, 5);

    const Diagnostic d = problem_in(entry_with("    date: 2026-03-10\n", ""));
    CHECK(contains(d.message, "the evidence entry for 'qmckw' has no 'date'"));
    CHECK(contains(d.message, "YYYY-MM-DD"));
}

TEST_CASE("fields hold single values", "[evidence][errors]") {
    check_problem(entry_with("note: ModelZoo SIG biweekly meeting", "note: [a, b]"),
                  "evidence-not-text", 7, 11);
    check_problem(entry_with("login: qmckw", "login: {name: qmckw}"), "evidence-not-text", 2, 12);
}

TEST_CASE("a login must be a Gitee login", "[evidence][errors]") {
    check_problem(entry_with("login: qmckw", "login: qm ckw"), "evidence-bad-login", 2, 12);
    const Diagnostic d = problem_in(entry_with("login: qmckw", "login: https://gitee.com/qmckw"));
    CHECK(d.code == Code::evidence_bad_login);
    CHECK(contains(d.message, "write the login alone: login: qmckw"));
}

TEST_CASE("an unknown type suggests the intended one and lists them all", "[evidence][errors]") {
    check_problem(entry_with("type: meeting", "type: meetting"), "evidence-unknown-type", 3, 11);
    const Diagnostic d = problem_in(entry_with("type: meeting", "type: meetting"));
    CHECK(d.message ==
          "unknown evidence type 'meetting'; did you mean 'meeting'? Known "
          "types: meeting, maintainer_review, doc, project, article, wechat_post, talk, "
          "qa_answer, arxiv_paper, community_project, business_application, competition_award, "
          "feature_lead, invited, confirmation");
    CHECK(d.snippet == "    type: meetting");

    const Diagnostic far = problem_in(entry_with("type: meeting", "type: podcast"));
    CHECK(far.code == Code::evidence_unknown_type);
    CHECK(contains(far.message, "unknown evidence type 'podcast'; known types: meeting,"));
}

TEST_CASE("a date must be a real day written YYYY-MM-DD", "[evidence][errors]") {
    for (const char* date : {"2026-02-30", "2026-02-29", "2026-13-01", "2026-4-1", "2026-04-01x",
                             "2026-04-01T10:00:00+08:00", "April 1"}) {
        check_problem(entry_with("2026-03-10", date), "evidence-bad-date", 4, 11);
    }
    CHECK(contains(problem_in(entry_with("2026-03-10", "2026-02-29")).message,
                   "February 2026 has 28 days"));
    CHECK(contains(problem_in(entry_with("2026-03-10", "2026-13-01")).message, "month 13"));
    CHECK(contains(problem_in(entry_with("2026-03-10", "2026-4-1")).message, "YYYY-MM-DD"));
}

TEST_CASE("a count is a whole number from 1 to a million", "[evidence][errors]") {
    for (const char* count :
         {"0", "-3", "1.5", "twelve", "1e3", "0x10", "+5", "1000001", "99999999999999999999"}) {
        check_problem(entry_with("count: 1", std::string("count: ") + count), "evidence-bad-count",
                      5, 12);
    }
    CHECK(contains(problem_in(entry_with("count: 1", "count: 1000001")).message,
                   "implausibly large"));
}

TEST_CASE("a url must be a web link", "[evidence][errors]") {
    for (const char* url : {"javascript:alert(1)", "gitee.com/qmckw", "https://", "ftp://x.org/a",
                            "'https://example.org/a b'"}) {
        check_problem(entry_with("url: https://example.org/modelzoo/meetings/012",
                                 std::string("url: ") + url),
                      "evidence-bad-url", 6, 10);
    }
}

TEST_CASE("the first problem is thrown, naming its place and how many follow",
          "[evidence][errors]") {
    const std::string text =
        "evidence:\n"
        "  - login: qmckw\n"
        "    type: meeting\n"
        "    date: 2026-02-30\n"
        "  - login: li_na\n"
        "    typ: doc\n";
    const Diagnostic d = problem_in(text);
    CHECK(d.code == Code::evidence_bad_date);
    CHECK(d.where.line == 4);
    CHECK(d.message.rfind("date '2026-02-30' does not exist", 0) == 0);
    // The refusal carries every problem, not only the first.
    try {
        load(text);
    } catch (const InputError& e) {
        CHECK(e.diagnostics().size() == 3);
    }

    const Loaded<Evidence> parse = load_evidence(make_text_file("evidence.yaml", text));
    REQUIRE(parse.diagnostics.size() == 3);
    CHECK(parse.diagnostics[0].code == Code::evidence_bad_date);
    CHECK(parse.diagnostics[0].message.rfind("date '2026-02-30'", 0) == 0);
    CHECK(parse.diagnostics[1].code == Code::evidence_missing_field);
    CHECK(parse.diagnostics[1].where.line == 5);
    CHECK(parse.diagnostics[1].snippet == "  - login: li_na");
    // The misspelt 'typ' explains the missing type; only the date is reported missing.
    CHECK(contains(parse.diagnostics[1].message, "has no 'date'"));
    CHECK(parse.diagnostics[2].code == Code::evidence_unknown_key);
    CHECK(parse.diagnostics[2].where.line == 6);
    CHECK_FALSE(parse.usable());
}

TEST_CASE("a ledger that is not YAML fails as the YAML layer reports it", "[evidence][errors]") {
    const Diagnostic d = problem_in("evidence:\n  - login: [qmckw\n");
    CHECK(d.code == Code::yaml_syntax);
}

TEST_CASE("a ledger is read from disk", "[evidence]") {
    const sigaudit::testing::TempDir dir;
    const std::string path = dir.write(
        "evidence.yaml", "evidence:\n  - {login: randywangze, type: invited, date: 2026-06-01}\n");
    const Evidence evidence = require(load_evidence(read_text_file(path)));
    REQUIRE(evidence.entries().size() == 1);
    CHECK(evidence.entries()[0].where.file == path);
    CHECK(evidence.entries()[0].type == EvidenceType::invited);

    try {
        read_text_file(dir.path().string() + "/missing.yaml");
        FAIL("a missing ledger must not load");
    } catch (const InputError& e) {
        CHECK(e.diagnostic().code == Code::file_unreadable);
    }
}

TEST_CASE("the example ledger loads and covers the example roster", "[evidence][examples]") {
    const Evidence evidence = require(load_evidence(
        read_text_file(std::string(SIGAUDIT_SOURCE_DIR) + "/examples/evidence.yaml")));
    for (const char* login : {"qmckw", "li_na", "zhang_reviewer", "chen-x", "jxlang910",
                              "randywangze", "mr_gerhardthu_fox"}) {
        INFO(login);
        CHECK_FALSE(evidence.of(login).empty());
    }
    const auto& jin = evidence.of("jxlang910");
    CHECK(std::any_of(jin.begin(), jin.end(), [](const EvidenceEntry* e) {
        return e->type == EvidenceType::maintainer_review;
    }));
}
