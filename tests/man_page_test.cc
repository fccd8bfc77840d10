// The manual page, sigaudit(1), against the binary it documents: every
// command, every flag and every exit code, so that neither drifts.
#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "support/process.h"
#include "support/temp_dir.h"

using sigaudit::testing::run_sigaudit;
using sigaudit::testing::source_file;

namespace {

// The long flags a command's --help lists.
std::set<std::string> flags_of(const std::vector<std::string>& command) {
    std::vector<std::string> args = command;
    args.push_back("--help");
    const auto help = run_sigaudit(args);
    REQUIRE(help.exit_code == 0);
    std::set<std::string> flags;
    static const std::regex kFlag(R"((?:^|[ ,])(--[a-z][a-z-]*))");
    for (auto it = std::sregex_iterator(help.out.begin(), help.out.end(), kFlag);
         it != std::sregex_iterator(); ++it) {
        flags.insert((*it)[1]);
    }
    return flags;
}

// How roff writes a flag: every '-' escaped.
std::string roff(const std::string& flag) {
    return std::regex_replace(flag, std::regex("-"), "\\-");
}

}  // namespace

TEST_CASE("man page: every command, flag and exit code of the binary", "[docs]") {
    const std::string page = source_file("docs/man/sigaudit.1.in");
    REQUIRE(!page.empty());
    const std::vector<std::vector<std::string>> commands = {{},
                                                            {"audit"},
                                                            {"check"},
                                                            {"ci"},
                                                            {"lint"},
                                                            {"fetch"},
                                                            {"rules", "check"},
                                                            {"rules", "list"},
                                                            {"store", "status"},
                                                            {"completion"}};
    for (const auto& command : commands) {
        if (!command.empty()) {
            std::string name = "sigaudit";
            for (const std::string& word : command) {
                name += " " + word;
            }
            INFO(name);
            CHECK(page.find(command.front()) != std::string::npos);
        }
        for (const std::string& flag : flags_of(command)) {
            INFO("the manual page does not document " << flag);
            CHECK(page.find(roff(flag)) != std::string::npos);
        }
    }
    for (const std::string code : {".B 0\n", ".B 1\n", ".B 2\n", ".B 3\n"}) {
        CHECK(page.find(code) != std::string::npos);
    }
}
