// `sigaudit completion SHELL`: scripts written from the command tree, so
// that every command and flag completes; bash's is run as bash runs it.
#include <catch2/catch.hpp>

#include "support/process.h"
#include "support/temp_dir.h"

using sigaudit::testing::run_process;
using sigaudit::testing::run_sigaudit;
using sigaudit::testing::TempDir;

namespace {

// What bash offers for the words of `line` (the last one being completed).
std::string bash_completes(const std::string& script, const std::string& line) {
    const auto result = run_process(
        "/bin/bash", {"-c",
                      "source \"$1\"; read -r -a COMP_WORDS <<<\"$2\"; "
                      "[[ \"$2\" == *' ' ]] && COMP_WORDS+=(''); "
                      "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _sigaudit; echo \"${COMPREPLY[*]}\"",
                      "bash", script, line});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    return result.out.substr(0, result.out.size() - 1);
}

}  // namespace

TEST_CASE("completion: bash completes commands, flags and their values", "[cli][completion]") {
    const auto generated = run_sigaudit({"completion", "bash"});
    REQUIRE(generated.exit_code == 0);
    TempDir dir;
    const std::string script = dir.write("sigaudit.bash", generated.out);
    CHECK(bash_completes(script, "sigaudit au") == "audit");
    CHECK(bash_completes(script, "sigaudit c") == "check ci completion");
    CHECK(bash_completes(script, "sigaudit audit --disc") == "--discover");
    CHECK(bash_completes(script, "sigaudit ci --format ") == "markdown text json");
    CHECK(bash_completes(script, "sigaudit lint --format ") == "text json");
    CHECK(bash_completes(script, "sigaudit rules ") == "check list explain");
    // `check` under `rules` is the rules action, with its own flags.
    CHECK(bash_completes(script, "sigaudit rules check --ro") == "");
    CHECK(bash_completes(script, "sigaudit check --ro") == "--roster");
    CHECK(bash_completes(script, "sigaudit completion ") == "bash zsh fish");
    CHECK(bash_completes(script, "sigaudit --v") == "--version");
}

TEST_CASE("completion: zsh and fish name every command and choice", "[cli][completion]") {
    const auto zsh = run_sigaudit({"completion", "zsh"});
    REQUIRE(zsh.exit_code == 0);
    CHECK(zsh.out.rfind("#compdef sigaudit\n", 0) == 0);
    CHECK_THAT(zsh.out, Catch::Contains("'/ci:--format') compadd -- 'markdown' 'text' 'json'"));
    // A description's colon would end zsh's name:description pair.
    CHECK_THAT(zsh.out, Catch::Contains("'--color:Colour the text output\\: auto"));
    // A description's quote would end the shell's quoted word.
    CHECK_THAT(zsh.out,
               Catch::Contains("'check:Show one person'\\''s progress toward every rule'"));

    const auto fish = run_sigaudit({"completion", "fish"});
    REQUIRE(fish.exit_code == 0);
    CHECK_THAT(fish.out,
               Catch::Contains("-n '__fish_seen_subcommand_from rules; and "
                               "__fish_seen_subcommand_from check' -l format -x -a 'text json'"));
    CHECK_THAT(fish.out, Catch::Contains("-a 'check' -d 'Show one person\\'s progress"));

    const auto unknown = run_sigaudit({"completion", "powershell"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.out.empty());
}
