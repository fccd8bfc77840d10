#include <cstdlib>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "sigaudit/common/diagnostic_code.h"
#include "sigaudit/config/defaults.h"

namespace {

std::string read_source_file(const std::string& relative) {
    std::ifstream in(std::string(SIGAUDIT_SOURCE_DIR) + "/" + relative);
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The lines of `text` from the heading `heading` to the next heading of its level.
std::string section(const std::string& text, const std::string& heading) {
    const std::size_t start = text.find("\n" + heading + "\n");
    REQUIRE(start != std::string::npos);
    const std::size_t end = text.find("\n## ", start + heading.size() + 1);
    return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// The table of every code about one of `inputs`, as the docs show it.
std::string code_table(std::initializer_list<sigaudit::CodeInput> inputs) {
    std::string table = "| code | severity | meaning |\n| --- | --- | --- |\n";
    for (const sigaudit::CodeInfo& info : sigaudit::all_codes()) {
        for (sigaudit::CodeInput input : inputs) {
            if (info.input == input) {
                table += "| `" + std::string(info.name) + "` | " +
                         std::string(sigaudit::to_string(info.severity)) + " | " +
                         std::string(info.description) + " |\n";
            }
        }
    }
    return table;
}

// docs/diagnostics.md as the code table makes it. SIGAUDIT_UPDATE_GOLDEN=1
// writes it so; review the diff.
std::string diagnostics_page() {
    std::string page =
        "# Diagnostics\n\n"
        "Every finding sigaudit makes about an input file has a stable code (scripts may match "
        "on it), a severity and a place: `file:line:column`, the source line and a caret. An "
        "error keeps the file from being used; a warning is shown and changes nothing. `lint` "
        "and `ci` exit 1 for an error in a roster they could read and 2 for a file they could "
        "not read or parse; `audit` lists the errors of a roster it could read and exits 1; every "
        "other command exits 2 for an error in an input it needs.\n\n"
        "This page is generated from the table in `src/common/diagnostic_code.cc`; a test "
        "keeps the two the same.\n";
    for (sigaudit::CodeInput input :
         {sigaudit::CodeInput::any_file, sigaudit::CodeInput::roster, sigaudit::CodeInput::evidence,
          sigaudit::CodeInput::config, sigaudit::CodeInput::rules}) {
        page +=
            "\n## " + std::string(sigaudit::code_input_title(input)) + "\n\n" + code_table({input});
    }
    return page;
}

}  // namespace

TEST_CASE("docs/diagnostics.md lists every code as the code table has it", "[docs]") {
    const std::string expected = diagnostics_page();
    const char* update = std::getenv("SIGAUDIT_UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") {
        std::ofstream(std::string(SIGAUDIT_SOURCE_DIR) + "/docs/diagnostics.md") << expected;
    }
    CHECK(read_source_file("docs/diagnostics.md") == expected);
}

TEST_CASE("the README's lint table is the code table's roster codes", "[docs]") {
    const std::string lint = section(read_source_file("README.md"), "## `sigaudit lint FILE...`");
    const std::string table =
        code_table({sigaudit::CodeInput::any_file, sigaudit::CodeInput::roster});
    INFO(table);
    CHECK(lint.find(table) != std::string::npos);
}

TEST_CASE("the README's configuration table is the table of defaults", "[docs]") {
    const std::string config =
        section(read_source_file("README.md"), "## Configuration: `sigaudit.yaml`");
    std::size_t rows = 0;
    for (const auto& entry : sigaudit::defaults::kDocumented) {
        const std::string row = "| `" + std::string(entry.setting) + "` | `" +
                                std::string(entry.value) + "` | " + std::string(entry.meaning) +
                                " |\n";
        INFO(row);
        CHECK(config.find(row) != std::string::npos);
        ++rows;
    }
    // No row the table does not hold: a default written only in the README.
    std::size_t table_rows = 0;
    for (std::size_t at = config.find("\n| `"); at != std::string::npos;
         at = config.find("\n| `", at + 1)) {
        ++table_rows;
    }
    CHECK(table_rows == rows);
}
