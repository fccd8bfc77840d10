// The command line run in process, as main() runs it, with a terminal of
// buffers, a fixed clock and an environment of the test's choosing.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "sigaudit/cli/cli.h"
#include "sigaudit/cli/deps.h"
#include "sigaudit/cli/terminal.h"
#include "sigaudit/common/calendar.h"
#include "sigaudit/common/errors.h"
#include "support/example_run.h"
#include "support/scenario.h"
#include "support/temp_dir.h"

using sigaudit::Deps;
using sigaudit::Terminal;
using sigaudit::testing::TempDir;

namespace {

const std::string kSource = SIGAUDIT_SOURCE_DIR;

// One run of sigaudit: what it printed and how it exited.
struct Run {
    int exit_code = -1;
    std::string out;
    std::string err;
};

class World {
  public:
    World() : terminal_(Terminal::buffers(out_, err_)) {}

    std::map<std::string, std::string> env;
    sigaudit::Instant now = sigaudit::end_of_day({2026, 8, 31}, sigaudit::UtcOffset{});
    int stores_opened = 0;

    Deps deps() {
        return Deps{terminal_, [this] { return now; },
                    [this](const std::string& name) -> std::optional<std::string> {
                        const auto found = env.find(name);
                        if (found == env.end()) {
                            return std::nullopt;
                        }
                        return found->second;
                    },
                    [this](const std::string& path, Deps::StoreUse use) {
                        ++stores_opened;
                        return sigaudit::open_sqlite_store(path, use);
                    },
                    sigaudit::testing::shipped_rules_dir()};
    }

    Run run(const std::vector<std::string>& args) {
        out_.clear();
        err_.clear();
        Deps d = deps();
        Run result;
        result.exit_code = sigaudit::run_cli(args, d);
        result.out = out_;
        result.err = err_;
        return result;
    }

  private:
    std::string out_;
    std::string err_;
    Terminal terminal_;
};

// The example SIG's store is read in place, as scripts/run-example.sh reads
// it: --offline never writes.
using sigaudit::testing::example_audit;
using sigaudit::testing::kExampleStore;

}  // namespace

TEST_CASE("deps: the rules directory is SIGAUDIT_RULES_DIR, else the shipped one", "[cli]") {
    World world;
    CHECK(sigaudit::default_rules_dir(world.deps()) == sigaudit::testing::shipped_rules_dir());
    world.env["SIGAUDIT_RULES_DIR"] = "/srv/sig/rules";
    CHECK(sigaudit::default_rules_dir(world.deps()) == "/srv/sig/rules");
}

TEST_CASE("deps: the store lives in the XDG cache, an absolute one only", "[cli]") {
    World world;
    world.env["HOME"] = "/home/amy";
    CHECK(sigaudit::default_store_path(world.deps()) == "/home/amy/.cache/sigaudit/gitee.db");
    world.env["XDG_CACHE_HOME"] = "/var/cache/amy";
    CHECK(sigaudit::default_store_path(world.deps()) == "/var/cache/amy/sigaudit/gitee.db");
    // The XDG spec: a relative path is invalid and is ignored.
    world.env["XDG_CACHE_HOME"] = "cache";
    CHECK(sigaudit::default_store_path(world.deps()) == "/home/amy/.cache/sigaudit/gitee.db");
    world.env.clear();
    CHECK_THROWS_AS(sigaudit::default_store_path(world.deps()), sigaudit::DataSourceError);
}

TEST_CASE("cli in process: the example audit, dated by the clock", "[cli]") {
    World world;
    const Run run = world.run(example_audit(kExampleStore));
    INFO(run.err);
    CHECK(run.exit_code == 0);
    // No --as-of: today is the clock's day, in the config's time zone.
    INFO(run.out.substr(0, 200));
    CHECK(run.out.rfind("Audit as of 2026-08-31: 7 people, 6 rules", 0) == 0);
    CHECK(run.err.empty());
    // Buffers are no terminal: no colour, whatever the report holds.
    CHECK(run.out.find('\x1b') == std::string::npos);
    CHECK(world.stores_opened == 1);
}

TEST_CASE("cli in process: colour only where it is asked for or a terminal is", "[cli]") {
    World world;
    std::vector<std::string> args = example_audit(kExampleStore);
    args.push_back("--color");
    args.push_back("always");
    CHECK(world.run(args).out.find("\x1b[") != std::string::npos);
}

TEST_CASE("cli in process: a bad flag is a usage error, exit 2, on stderr", "[cli]") {
    World world;
    const Run run =
        world.run({"audit", kSource + "/examples/sig_members.yaml", "--as-of", "tomorrow"});
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK_THAT(run.err, Catch::Contains("tomorrow"));
}

TEST_CASE("cli in process: --as-of empty or a day the calendar lacks is no today", "[cli]") {
    World world;
    for (const std::string day : {"", "2026-02-30", "2026-13-01", "2026-00-10"}) {
        std::vector<std::string> args = example_audit(kExampleStore);
        args.insert(args.end(), {"--as-of", day});
        const Run run = world.run(args);
        INFO(day);
        CHECK(run.exit_code == 2);
        CHECK(run.out.empty());
        CHECK_THAT(run.err, Catch::Contains(day.empty() ? "--as-of: the date is empty"
                                                        : "is not a day of the calendar"));
        CHECK_THAT(run.err, Catch::Contains("give a day as YYYY-MM-DD"));
    }
    // The last day of February in a leap year is one.
    std::vector<std::string> args = example_audit(kExampleStore);
    args.insert(args.end(), {"--as-of", "2028-02-29"});
    CHECK(world.run(args).exit_code == 0);
}

TEST_CASE("cli in process: an unreadable roster names the file, exit 2", "[cli]") {
    TempDir dir;
    World world;
    const std::string missing = (dir.path() / "nowhere.yaml").string();
    const Run run = world.run({"lint", missing});
    CHECK(run.exit_code == 2);
    // lint reports on every file it was given, readable or not, in its report.
    CHECK_THAT(run.out, Catch::Contains(missing + ": error: cannot read the file"));
}

TEST_CASE("cli in process: a store that cannot be opened is exit 3", "[cli]") {
    TempDir dir;
    World world;
    const std::string not_a_store = dir.write("gitee.db", "this is no SQLite file\n");
    const Run run = world.run(example_audit(not_a_store));
    CHECK(run.exit_code == 3);
    CHECK(run.out.empty());
    CHECK_THAT(run.err, Catch::StartsWith("sigaudit: "));
    CHECK_THAT(run.err, Catch::Contains(not_a_store));
}

TEST_CASE("cli in process: rules list reads the rules the deps point at", "[cli]") {
    TempDir dir;
    World world;
    dir.write("one.yaml",
              "rules:\n- id: only-rule\n  title: Only Rule\n  criteria:\n"
              "  - id: a-meeting\n    count: meeting\n    at_least: 1\n");
    world.env["SIGAUDIT_RULES_DIR"] = dir.path().string();
    const Run run = world.run({"rules", "list"});
    INFO(run.err);
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.out, Catch::Contains("only-rule"));
    CHECK_THAT(run.out, !Catch::Contains("reviewer"));
}

TEST_CASE("cli in process: a format the report does not have is refused by name", "[cli]") {
    World world;
    const std::string roster = kSource + "/examples/sig_members.yaml";
    Run run = world.run({"audit", roster, "--format", "xml"});
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Catch::Contains("--format: xml not in {text,markdown,json}"));
    // fetch has text alone, and its help says so.
    run = world.run({"fetch", "--help"});
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.out, Catch::Contains("--format text ") &&
                            Catch::Contains("Output format (default: text)"));
}

TEST_CASE("cli in process: an audit names the roster entries it could not take, exit 1",
          "[cli][sig-info]") {
    TempDir dir;
    World world;
    const std::string roster = dir.write("sig-info.yaml", R"(name: Docs
maintainers:
- gitee_id: TO_BE_CLARIFIED
  name: Wang Fang
- gitee_id: TO_BE_CLARIFIED
  name: Zhao Lei
repositories:
- repo: [mindspore/docs]
  committers:
  - gitee_id: li_na
    name: Li Na
)");
    std::vector<std::string> args = example_audit(kExampleStore);
    args[1] = roster;
    Run run = world.run(args);
    INFO(run.err);
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.out, Catch::Contains("Roster errors (2): these entries are not audited"));
    CHECK_THAT(run.out,
               Catch::Contains(roster + ":3:13: error: 'TO_BE_CLARIFIED' is a placeholder"));
    CHECK_THAT(run.out, !Catch::Contains("to_be_clarified"));

    args.push_back("--format");
    args.push_back("json");
    run = world.run(args);
    CHECK(run.exit_code == 1);
    const auto json = nlohmann::json::parse(run.out);
    REQUIRE(json["roster_errors"].size() == 2);
    CHECK(json["roster_errors"][1]["line"] == 5);
    CHECK(json["roster_errors"][1]["code"] == "placeholder-id");
    // Everyone else the roster and the ledger name is audited; the placeholders are nobody.
    std::vector<std::string> logins;
    for (const auto& person : json["people"]) {
        logins.push_back(person["login"]);
    }
    CHECK(std::find(logins.begin(), logins.end(), "li_na") != logins.end());
    CHECK(std::find(logins.begin(), logins.end(), "to_be_clarified") == logins.end());
}

namespace {

// The README's first example block, without its "..." elisions.
std::vector<std::string> readme_example_lines() {
    const std::string readme = sigaudit::testing::source_file("README.md");
    const std::size_t start = readme.find("```text\nAudit as of");
    REQUIRE(start != std::string::npos);
    const std::size_t begin = readme.find('\n', start) + 1;
    std::istringstream block(readme.substr(begin, readme.find("```", begin) - begin));
    std::vector<std::string> lines;
    for (std::string line; std::getline(block, line);) {
        if (line.find_first_not_of(' ') != std::string::npos &&
            line.substr(line.find_first_not_of(' ')) != "...") {
            lines.push_back(line);
        }
    }
    return lines;
}

}  // namespace

// The README shows what the example run prints, a pending confirmation
// included; a change of wording that forgets the README fails here.
TEST_CASE("cli in process: the README's example audit is what the example prints", "[cli][docs]") {
    World world;
    // As scripts/run-example.sh runs it: dated 2026-08-31, some time later.
    world.now = sigaudit::end_of_day({2026, 12, 3}, sigaudit::UtcOffset{});
    std::vector<std::string> args = example_audit(kExampleStore);
    args.insert(args.end(), {"--as-of", "2026-08-31"});
    Run run = world.run(args);
    REQUIRE(run.exit_code == 0);
    // The README shows the paths as the script gives them, from the source tree.
    for (std::size_t at; (at = run.out.find(kSource + "/")) != std::string::npos;) {
        run.out.erase(at, kSource.size() + 1);
    }
    const std::vector<std::string> lines = readme_example_lines();
    CHECK(std::find(lines.begin(), lines.end(),
                    "To confirm before the vote (2): the data cannot "
                    "show these") != lines.end());
    std::size_t at = 0;
    for (const std::string& line : lines) {
        INFO(line);
        const std::size_t found = run.out.find(line + "\n", at);
        CHECK(found != std::string::npos);
        at = found == std::string::npos ? at : found + line.size();
    }
}
