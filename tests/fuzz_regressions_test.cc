// Inputs that once crashed, hung or ran out of memory, kept under
// tests/fixtures/fuzz-regressions/<target>/ (one directory per target in fuzz/;
// scripts/fuzz.sh also seeds the targets from them). Each goes through the
// entry point its fuzz target calls and must give a result or a documented
// error: never an exception, never minutes, never gigabytes.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "sigaudit/cli/rule_files.h"
#include "sigaudit/common/text_file.h"
#include "sigaudit/evidence/evidence_loader.h"
#include "sigaudit/gitee/gitee_pages.h"
#include "sigaudit/roster/roster_loader.h"
#include "sigaudit/rules/rule_loader.h"
#include "support/temp_dir.h"

using namespace sigaudit;
using Catch::Contains;

namespace {

std::string bytes_of(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// The kept inputs of one fuzz target, by name.
std::vector<std::filesystem::path> kept_inputs(const std::string& target) {
    std::vector<std::filesystem::path> inputs;
    for (const auto& entry :
         std::filesystem::directory_iterator(testing::fixture("fuzz-regressions/" + target))) {
        if (entry.is_regular_file()) {
            inputs.push_back(entry.path());
        }
    }
    std::sort(inputs.begin(), inputs.end());
    REQUIRE_FALSE(inputs.empty());
    return inputs;
}

std::string kept(const std::string& target, const std::string& name) {
    return bytes_of(testing::fixture("fuzz-regressions/" + target + "/" + name));
}

// As the fuzz targets do: bytes that are not UTF-8 text are refused first,
// with one of the two codes that say so.
std::optional<TextFile> text_or_refusal(const std::string& path, const std::string& bytes) {
    try {
        return make_text_file(path, bytes);
    } catch (const InputError& e) {
        const std::string code(code_name(e.diagnostic().code));
        CHECK((code == "not-text" || code == "invalid-utf8"));
        return std::nullopt;
    }
}

Loaded<Roster> lint(const std::string& bytes) {
    return load_roster(make_text_file("fuzz.yaml", bytes));
}

Loaded<Evidence> ledger(const std::string& bytes) {
    return load_evidence(make_text_file("evidence.yaml", bytes));
}

Loaded<RuleSet> rules(const std::string& bytes) {
    return load_rules({make_text_file("rules.yaml", bytes)});
}

std::vector<const Diagnostic*> with_code(const std::vector<Diagnostic>& diagnostics,
                                         const std::string& code) {
    std::vector<const Diagnostic*> found;
    for (const Diagnostic& d : diagnostics) {
        if (code_name(d.code) == code) {
            found.push_back(&d);
        }
    }
    return found;
}

std::vector<std::string> codes(const std::vector<Diagnostic>& diagnostics) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics) {
        if (std::find(out.begin(), out.end(), code_name(d.code)) == out.end()) {
            out.push_back(std::string(code_name(d.code)));
        }
    }
    return out;
}

const std::string kRepo = "MindSpore/Models";
const std::string kEndpoint = "GET /repos/mindspore/models/pulls?page=3&access_token=regress";

// The message of the PageError `parse` throws for `body`; empty when it parses.
template <typename Parse>
std::string page_error(Parse parse, const std::string& body) {
    try {
        parse(body, kRepo, kEndpoint);
    } catch (const PageError& e) {
        CHECK_THAT(e.what(), !Contains("regress"));
        return e.what();
    }
    return {};
}

}  // namespace

// --- every kept input, through its target's entry point -----------------------------

TEST_CASE("fuzz regressions: every kept roster input lints to findings", "[fuzz]") {
    for (const auto& path : kept_inputs("fuzz_roster")) {
        INFO(path.filename().string());
        const auto file = text_or_refusal("fuzz.yaml", bytes_of(path));
        if (!file) {
            continue;
        }
        Loaded<Roster> result;
        REQUIRE_NOTHROW(result = load_roster(*file));
        CHECK((result.usable() || has_errors(result.diagnostics)));
        for (const Diagnostic& d : result.diagnostics) {
            CHECK_FALSE(code_name(d.code).empty());
            CHECK(d.where.file == "fuzz.yaml");
        }
    }
}

TEST_CASE("fuzz regressions: every kept ledger input parses or is not YAML", "[fuzz]") {
    for (const auto& path : kept_inputs("fuzz_evidence")) {
        INFO(path.filename().string());
        const auto file = text_or_refusal("evidence.yaml", bytes_of(path));
        if (!file) {
            continue;
        }
        const Loaded<Evidence> result = load_evidence(*file);
        for (const Diagnostic& d : result.diagnostics) {
            const std::string code(code_name(d.code));
            CHECK(d.severity == Severity::error);
            CHECK((code.starts_with("evidence-") || code == "yaml-syntax" ||
                   code == "multiple-documents"));
        }
        CHECK(result.usable() == result.diagnostics.empty());
    }
}

TEST_CASE("fuzz regressions: every kept rule input loads to findings", "[fuzz]") {
    for (const auto& path : kept_inputs("fuzz_rules")) {
        INFO(path.filename().string());
        const auto file = text_or_refusal("rules.yaml", bytes_of(path));
        if (!file) {
            continue;
        }
        Loaded<RuleSet> result;
        REQUIRE_NOTHROW(result = load_rules({*file}));
        if (has_errors(result.diagnostics)) {
            CHECK_FALSE(result.usable());
        }
    }
}

TEST_CASE("fuzz regressions: every kept Gitee answer parses or is a PageError", "[fuzz]") {
    for (const auto& path : kept_inputs("fuzz_gitee_page")) {
        INFO(path.filename().string());
        const std::string body = bytes_of(path);
        // page_error lets anything but a PageError escape, and Catch reports it.
        page_error(parse_pulls_page, body);
        page_error(parse_pull_comments_page, body);
        page_error(parse_issues_page, body);
        page_error(parse_issue_comments_page, body);
        CHECK_NOTHROW(parse_total_page(body));
        const std::string message = error_message_of(body);
        CHECK(message.size() <= 200);
        CHECK(message.find('\n') == std::string::npos);
    }
}

// --- what each kept input must give ------------------------------------------------

TEST_CASE("fuzz regressions: one list aliased under many role keys stops reading", "[fuzz]") {
    // Was: 3 million entries and as many duplicate-entry errors (out of memory).
    const Loaded<Roster> result = lint(kept("fuzz_roster", "alias-list-under-many-keys.yaml"));
    REQUIRE(with_code(result.diagnostics, "roster-too-large").size() == 1);
    CHECK_THAT(with_code(result.diagnostics, "roster-too-large")[0]->message,
               Contains("reading stopped here"));
    CHECK(result.value->entries().size() < 100'000);
    CHECK(result.diagnostics.size() < 100'000);
}

TEST_CASE("fuzz regressions: an item of many keys under many unknown keys is cheap", "[fuzz]") {
    // Was: every key of the item looked at under every unknown key (minutes).
    const Loaded<Roster> result =
        lint(kept("fuzz_roster", "alias-many-keys-under-many-unknown-keys.yaml"));
    const std::vector<std::string> expected{"no-role-lists", "unknown-key"};
    CHECK(codes(result.diagnostics) == expected);

    // The same at a size where the old cost (a billion key checks) shows.
    std::string big = "p: &p [{k0: 1";
    for (int i = 1; i < 20'000; ++i) {
        big += ", k" + std::to_string(i) + ": 1";
    }
    big += "}]\n";
    for (int i = 0; i < 50'000; ++i) {
        big += "x: *p\n";
    }
    CHECK(codes(lint(big).diagnostics) == expected);
}

TEST_CASE("fuzz regressions: a finding on each of 16,000 lines has its own line", "[fuzz]") {
    // Was: each line looked up from the top of the file (quadratic).
    const Loaded<Roster> result = lint(kept("fuzz_roster", "one-finding-per-line.yaml"));
    // Now also: only the first 100 are kept, the rest counted in one summary.
    const auto found = with_code(result.diagnostics, "entry-not-mapping");
    REQUIRE(found.size() == 101);
    CHECK(found.front()->where.line == 2);
    CHECK(found[99]->where.line == 101);
    for (std::size_t i = 0; i < 100; ++i) {
        REQUIRE(found[i]->snippet == "- 1");
    }
    CHECK(found.back()->folded == 15'900);
    const Loaded<Evidence> parse = ledger(kept("fuzz_evidence", "one-finding-per-line.yaml"));
    const auto entries = with_code(parse.diagnostics, "evidence-not-mapping");
    REQUIRE(entries.size() == 101);
    CHECK(entries.back()->folded == 15'900);
}

TEST_CASE("fuzz regressions: 20,000 findings on one long line share a short snippet", "[fuzz]") {
    // Was: every finding held a copy of the 60 KB line (1.7 GB in all).
    // Now also: the first 100 kept, the other 19,900 counted in one summary.
    const auto check_snippets = [](const std::vector<const Diagnostic*>& found) {
        REQUIRE(found.size() == 101);
        for (const Diagnostic* d : found) {
            REQUIRE(d->snippet.size() <= 512 + 4);
        }
        CHECK_THAT(found.front()->snippet,
                   Catch::StartsWith("Members: [1, 1") || Catch::StartsWith("evidence: [1, 1"));
        CHECK_THAT(found.front()->snippet, Catch::EndsWith(" ..."));
        CHECK(found.back()->folded == 19'900);
        CHECK(found.back()->snippet.empty());
    };
    const Loaded<Roster> roster = lint(kept("fuzz_roster", "many-findings-on-one-line.yaml"));
    check_snippets(with_code(roster.diagnostics, "entry-not-mapping"));
    const Loaded<Evidence> parse = ledger(kept("fuzz_evidence", "many-findings-on-one-line.yaml"));
    check_snippets(with_code(parse.diagnostics, "evidence-not-mapping"));
}

TEST_CASE("fuzz regressions: a group of 3,000 people and 3,000 repositories is refused", "[fuzz]") {
    // Was: every person given a copy of all 3,000 repositories (1.2 GB).
    const Loaded<Roster> result = lint(kept("fuzz_roster", "sig-info-repos-times-people.yaml"));
    const auto found = with_code(result.diagnostics, "roster-too-large");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->where.line == 3);
    CHECK_THAT(found[0]->message, Contains("3000 people") && Contains("3000 repositories"));
    CHECK(result.value->entries().empty());
}

TEST_CASE("fuzz regressions: one ledger entry of many bad keys, aliased, stops reading", "[fuzz]") {
    // Was: 2,000 findings for each of 2,000 aliases (minutes).
    const Loaded<Evidence> parse =
        ledger(kept("fuzz_evidence", "alias-entry-with-many-bad-keys.yaml"));
    REQUIRE(with_code(parse.diagnostics, "evidence-too-large").size() == 1);
    CHECK(parse.diagnostics.size() < 100'000);
    CHECK_FALSE(parse.usable());
}

TEST_CASE("fuzz regressions: long text named many times through aliases stops reading", "[fuzz]") {
    // Was: each unknown role measured against every known one at full length (minutes).
    const Loaded<RuleSet> result = rules(kept("fuzz_rules", "alias-long-text-as-roles.yaml"));
    CHECK(with_code(result.diagnostics, "rule-too-large").size() == 1);
    CHECK_FALSE(result.usable());
}

TEST_CASE("fuzz regressions: hostile Gitee answers fail the page with a reason", "[fuzz]") {
    const auto pulls_error = [](const std::string& name) {
        return page_error(parse_pulls_page, kept("fuzz_gitee_page", name));
    };
    // Now refused before parsing: no Gitee answer nests that deep.
    CHECK_THAT(pulls_error("deep-array.json"), Contains("nests deeper than 64 levels"));
    CHECK_THAT(pulls_error("deep-object-truncated.json"), Contains("nests deeper than 64 levels"));
    CHECK_THAT(pulls_error("number-overflow.json"), Contains("not valid JSON"));
    CHECK_THAT(pulls_error("id-past-int64.json"), Contains("id is not a positive integer"));
    CHECK_THAT(pulls_error("nul-and-bad-utf8.json"), Contains("not valid JSON"));
    CHECK_THAT(pulls_error("timestamp-extremes.json"), Contains("merged_at is not a timestamp"));
    CHECK(error_message_of(kept("fuzz_gitee_page", "deep-array.json")).size() == 200);
}

// --- hostile inputs at full size, built here ---------------------------------------------

TEST_CASE("fuzz regressions: snippets for 300,000 findings take one pass", "[fuzz]") {
    // Looked up from the top of the file, this took hours.
    std::string text;
    std::vector<Diagnostic> diagnostics;
    for (int line = 1; line <= 300'000; ++line) {
        text += "line " + std::to_string(line) + "\n";
        diagnostics.push_back(
            make_diagnostic(Code::yaml_syntax, SourceLocation{"big.yaml", line, 1}, "m"));
    }
    diagnostics.push_back(
        make_diagnostic(Code::yaml_syntax, SourceLocation{"big.yaml", 300'002, 1}, "past the end"));
    attach_snippets(diagnostics, make_text_file("big.yaml", text));
    CHECK(diagnostics.front().snippet == "line 1");
    CHECK(diagnostics[299'999].snippet == "line 300000");
    CHECK(diagnostics.back().snippet.empty());
}

TEST_CASE("fuzz regressions: a 2 MiB text named 3,000 times in a rule file", "[fuzz]") {
    // Each finding quoted the text whole: 6 GB.
    std::string text = "a: &s " + std::string(2u * 1024u * 1024u, 'x') + "\nrules:\n";
    text += "  - id: r\n    requires: [*s";
    for (int i = 1; i < 3000; ++i) {
        text += ", *s";
    }
    text += "]\n    criteria:\n      - id: c\n        count: doc\n        at_least: 1\n";
    const Loaded<RuleSet> result = rules(text);
    CHECK(with_code(result.diagnostics, "rule-too-large").size() == 1);
    std::size_t message_bytes = 0;
    for (const Diagnostic& d : result.diagnostics) {
        message_bytes += d.message.size();
    }
    CHECK(message_bytes < 64u * 1024u * 1024u);
}

TEST_CASE("fuzz regressions: a 9 MiB file is refused by every reader", "[fuzz]") {
    testing::TempDir dir;
    std::string big = "evidence:\n";
    while (big.size() < 9u * 1024u * 1024u) {
        big += "- {login: someone, type: doc, date: 2026-03-10}\n";
    }
    const std::string path = dir.write("big.yaml", big);
    const Loaded<Roster> roster = load_file(path, load_roster);
    CHECK_FALSE(roster.usable());
    CHECK(codes(roster.diagnostics) == std::vector<std::string>{"file-too-large"});
    const auto refusal = [](const std::function<void()>& read) {
        try {
            read();
        } catch (const InputError& e) {
            return std::string(code_name(e.diagnostic().code));
        }
        return std::string("accepted");
    };
    CHECK(refusal([&] { read_text_file(path); }) == "file-too-large");
    CHECK(refusal([&] { read_rule_files({path}); }) == "file-too-large");
}

TEST_CASE("fuzz regressions: 100,000-deep nesting is a syntax error for ledgers and rules",
          "[fuzz]") {
    // The roster's own case is in lint_command_test.
    for (const std::string& text :
         {"evidence: " + std::string(100'000, '['), "evidence:\n  - " + std::string(100'000, '{'),
          std::string(100'000, '[') + std::string(100'000, ']')}) {
        CHECK(codes(ledger(text).diagnostics) == std::vector<std::string>{"yaml-syntax"});
        const Loaded<RuleSet> result = rules(text);
        CHECK(codes(result.diagnostics) == std::vector<std::string>{"yaml-syntax"});
    }
}

TEST_CASE("fuzz regressions: a billion-laughs ledger reads only its nine items", "[fuzz]") {
    // The roster's and the rule loader's cases are in their own tests.
    std::string bomb = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (char level = 'b'; level <= 'i'; ++level) {
        bomb += std::string(1, level) + ": &" + level + " [*" + static_cast<char>(level - 1);
        for (int i = 1; i < 9; ++i) {
            bomb += std::string(", *") + static_cast<char>(level - 1);
        }
        bomb += "]\n";
    }
    const Loaded<Evidence> parse = ledger(bomb + "evidence: *i\n");
    // Nine items, all the one aliased list: the finding about it is made once.
    CHECK(with_code(parse.diagnostics, "evidence-not-mapping").size() == 1);
    CHECK(with_code(parse.diagnostics, "evidence-unknown-key").size() == 9);  // a, b, ... i
}
