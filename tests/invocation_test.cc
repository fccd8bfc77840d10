// A mistyped command line gets a did-you-mean and what to run, exit 2;
// `sigaudit help COMMAND` shows a command's help.
#include <catch2/catch.hpp>

#include "support/process.h"

using sigaudit::testing::ProcessResult;
using sigaudit::testing::run_sigaudit;

namespace {

void check_usage_error(const ProcessResult& run, const std::string& what, const std::string& hint) {
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK(run.err == "sigaudit: " + what + "\nsigaudit: " + hint + "\n");
}

}  // namespace

TEST_CASE("invocation: an unknown command names the nearest one", "[cli][invocation]") {
    check_usage_error(run_sigaudit({"audti", "roster.yaml"}), "'audti' is not a command",
                      "did you mean 'audit'? `sigaudit --help` lists them all");
    check_usage_error(run_sigaudit({"rules", "chek"}), "rules: 'chek' is not a command",
                      "did you mean 'check'? `sigaudit rules --help` lists them all");
    check_usage_error(run_sigaudit({"frobnicate"}), "'frobnicate' is not a command",
                      "`sigaudit --help` lists them all");
    check_usage_error(run_sigaudit({}),
                      "give a command: sigaudit audit, check, ci, lint, fetch, rules, store",
                      "`sigaudit --help` says what each does");
}

TEST_CASE("invocation: an unknown flag names the nearest flag of its command",
          "[cli][invocation]") {
    check_usage_error(run_sigaudit({"audit", "--discovr", "roster.yaml"}),
                      "audit: there is no flag --discovr",
                      "did you mean '--discover'? `sigaudit help audit` lists them all");
    // A flag of another command is not one of this command's.
    check_usage_error(run_sigaudit({"lint", "--roster=x.yaml", "x.yaml"}),
                      "lint: there is no flag --roster", "`sigaudit help lint` lists them all");
    // What follows "--" is an argument, and short flags may run together.
    const ProcessResult separated = run_sigaudit({"lint", "-q", "--", "--not-a-flag.yaml"});
    CHECK(separated.err.find("there is no flag") == std::string::npos);
    const ProcessResult clustered = run_sigaudit({"fetch", "-j4", "--repo", "a/b", "--api-url",
                                                  "http://127.0.0.1:9/api/v5", "--retries", "0"});
    CHECK(clustered.err.find("there is no flag") == std::string::npos);
}

TEST_CASE("invocation: sigaudit help COMMAND shows that command's help", "[cli][invocation]") {
    const ProcessResult audit = run_sigaudit({"help", "audit"});
    CHECK(audit.exit_code == 0);
    CHECK(audit.out.rfind("Evaluate every person in the roster", 0) == 0);
    CHECK_THAT(audit.out, Catch::Contains("Usage: sigaudit audit [OPTIONS] ROSTER"));
    CHECK_THAT(audit.out, Catch::Contains("--discover"));

    // Values in user words, not CLI11's types.
    CHECK_THAT(audit.out,
               Catch::Contains("--format text|markdown|json Output format (default: text)"));
    CHECK_THAT(audit.out, Catch::Contains("-j,--jobs N") &&
                              Catch::Contains("Requests in flight at once (1 to 64, default 8)"));
    CHECK_THAT(audit.out, Catch::Contains("--as-of DATE") && Catch::Contains("--store FILE"));
    CHECK(audit.out.find("TEXT") == std::string::npos);
    CHECK(audit.out.find("INT") == std::string::npos);

    const ProcessResult nested = run_sigaudit({"help", "rules", "check"});
    CHECK_THAT(nested.out, Catch::Contains("Usage: sigaudit rules check [OPTIONS]"));

    const ProcessResult program = run_sigaudit({"help"});
    CHECK_THAT(program.out, Catch::Contains("Usage: sigaudit [OPTIONS] SUBCOMMAND"));
    CHECK_THAT(program.out, Catch::Contains("audit"));

    check_usage_error(run_sigaudit({"help", "audti"}), "'audti' is not a command",
                      "did you mean 'audit'? `sigaudit --help` lists them all");
}
