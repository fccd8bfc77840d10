#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

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

}  // namespace

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
