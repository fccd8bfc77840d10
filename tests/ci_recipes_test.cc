// The CI recipes in examples/ci/ run as their platforms would run them: each
// recipe's own shell steps, read from the file, in a clone of a local bare
// repository whose pull request adds a Member, against the fake Gitee
// server, whose comment endpoints record what was posted. One comment per
// pull request, edited on a rerun; the job fails on sigaudit's exit 1.
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <string>

#include <yaml-cpp/yaml.h>
#include <catch2/catch.hpp>

#include "support/fake_gitee.h"
#include "support/git_repo.h"
#include "support/scenario.h"
#include "support/temp_dir.h"

using namespace sigaudit::testing;
namespace fs = std::filesystem;

namespace {

const std::string kSource = SIGAUDIT_SOURCE_DIR;
const std::string kRoster = "sig/modelzoo/sig_members.yaml";
const std::string kRepo = "mindspore/community";
constexpr int kPr = 7;
const std::string kReadToken = "gitee-token-5e1f";  // also comments on Gitee
const std::string kGithubToken = "github-token-9a2b";
const std::string kMarker = "<!-- sigaudit ci -->";

using Env = std::map<std::string, std::string>;

std::string read_text(const std::string& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// A community repository as the platform holds it: master with the example
// roster, and branch `pr` adding a Member who has done nothing yet.
struct Upstream {
    TempDir dir;
    std::string bare = (dir.path() / "upstream.git").string();

    Upstream() {
        const GitRepo work;
        std::string text = read_text(kSource + "/examples/sig_members.yaml");
        work.commit_file(kRoster, text, "base");
        work.commit_file("sig/modelzoo/evidence.yaml",
                         read_text(kSource + "/examples/evidence.yaml"), "ledger");
        work.git({"branch", "-M", "master"});
        work.git({"checkout", "-qb", "pr"});
        text.insert(text.find("Contributors:\n") + 14, "- name: New\n  gitee_id: newcomer\n");
        work.commit_file(kRoster, text, "add newcomer");
        work.git({"clone", "-q", "--bare", work.dir().path().string(), bare});
    }
};

// The platform's checkout of the pull request's head, in `job`.
void checkout(const Upstream& upstream, const fs::path& job, bool single_branch) {
    std::vector<std::string> args = {"clone", "-q"};
    if (single_branch) {
        args.insert(args.end(), {"--single-branch", "--branch", "pr"});
    }
    args.insert(args.end(), {upstream.bare, job.string()});
    REQUIRE(run_process("/usr/bin/git", args).exit_code == 0);
    REQUIRE(run_process("/usr/bin/git", {"-C", job.string(), "checkout", "-q", "pr"}).exit_code ==
            0);
}

// The fake server with every repository the shipped rules read (nothing new
// since the example store was synced) and the accounts that comment.
void serve(FakeGitee& fake) {
    for (const std::string& repo : shipped_rules().repositories()) {
        fake.add_empty_repo(repo);
    }
    fake.require_token(kReadToken);
    fake.comments().add_account(kReadToken, "sigaudit-bot");
    fake.comments().add_account(kGithubToken, "github-actions[bot]");
}

// What every job shell has: the built sigaudit and sigaudit-pr-job first on
// PATH (so the recipes' install step finds them and installs nothing), a
// HOME of its own, and sigaudit pointed at the fake server.
Env job_env(const FakeGitee& fake, const TempDir& home) {
    const std::string bin = fs::path(SIGAUDIT_BINARY).parent_path().string();
    return {{"PATH", bin + ":/usr/bin:/bin"},
            {"HOME", home.path().string()},
            {"NO_COLOR", "1"},
            {"SIGAUDIT_CI_ARGS", "--api-url " + fake.api_url()}};
}

// Runs `script` as a CI platform runs a shell step: bash, in `cwd`.
ProcessResult run_step(const std::string& script, const fs::path& cwd, const Env& env,
                       const TempDir& scratch) {
    const std::string file = scratch.write("step.sh", script);
    return run_process("/bin/bash",
                       {"-c", "cd \"$1\" && exec bash --noprofile --norc -eo pipefail \"$2\"",
                        "bash", cwd.string(), file},
                       env);
}

void check_comment(FakeGitee& fake, const std::string& author, int edits) {
    const auto comments = fake.comments().comments(kRepo, kPr);
    REQUIRE(comments.size() == 1);
    CHECK(comments[0].author == author);
    CHECK(comments[0].edits == edits);
    CHECK(comments[0].body.rfind(kMarker + "\n### sigaudit: 1 role addition, not justified", 0) ==
          0);
    CHECK_THAT(comments[0].body, Catch::Contains("| New (`newcomer`) | Member | ✗ |"));
}

void check_no_token(const ProcessResult& run) {
    for (const std::string& token : {kReadToken, kGithubToken}) {
        CHECK(run.out.find(token) == std::string::npos);
        CHECK(run.err.find(token) == std::string::npos);
    }
}

// --- GitHub Actions ------------------------------------------------------

// ${{ expr }} → its value; an expression the test does not know fails it.
std::string substitute(const std::string& text, const Env& expressions) {
    static const std::regex kExpression(R"(\$\{\{\s*([^}]*?)\s*\}\})");
    std::string out;
    auto begin = std::sregex_iterator(text.begin(), text.end(), kExpression);
    std::size_t last = 0;
    for (auto it = begin; it != std::sregex_iterator(); ++it) {
        const auto found = expressions.find((*it)[1]);
        INFO("unknown expression " << (*it)[1]);
        REQUIRE(found != expressions.end());
        out += text.substr(last, static_cast<std::size_t>(it->position()) - last) + found->second;
        last = static_cast<std::size_t>(it->position() + it->length());
    }
    return out + text.substr(last);
}

// The workflow's steps in order: `uses:` steps done as the actions would,
// `run:` steps in bash with the workflow's and the step's env.
int run_github(const YAML::Node& workflow, const Upstream& upstream, FakeGitee& fake,
               const fs::path& job, const fs::path& cache) {
    TempDir home;
    TempDir scratch;
    Env expressions = {{"github.event.pull_request.head.sha", "pr"},
                       {"github.event.pull_request.number", std::to_string(kPr)},
                       {"github.api_url", fake.api_url()},
                       {"github.repository", kRepo},
                       {"github.base_ref", "master"},
                       {"github.token", kGithubToken},
                       {"secrets.GITEE_TOKEN", kReadToken}};
    Env base = job_env(fake, home);
    for (const auto& entry : workflow["env"]) {
        base[entry.first.as<std::string>()] = entry.second.as<std::string>();
    }
    const YAML::Node job_spec = workflow["jobs"]["sigaudit"];
    fs::create_directories(job);  // the runner's workspace, empty until checkout
    int status = 0;
    for (const YAML::Node& step : job_spec["steps"]) {
        if (step["uses"]) {
            const std::string uses = step["uses"].as<std::string>();
            if (uses.rfind("actions/checkout@", 0) == 0) {
                CHECK(substitute(step["with"]["ref"].as<std::string>(), expressions) == "pr");
                checkout(upstream, job, false);
            } else if (uses.rfind("actions/cache@", 0) == 0) {
                // A hit or a restore-key hit: the folder as a run before left it.
                const std::string path = step["with"]["path"].as<std::string>();
                CHECK(substitute(step["with"]["key"].as<std::string>(), expressions)
                          .rfind("sigaudit-store-20", 0) == 0);
                fs::create_directories(job / path);
                fs::copy(cache, job / path, fs::copy_options::overwrite_existing);
            } else {
                FAIL("a step uses " << uses);
            }
            continue;
        }
        Env env = base;
        const std::string outputs = (scratch.path() / "output").string();
        std::ofstream(outputs).close();
        env["GITHUB_OUTPUT"] = outputs;
        for (const auto& entry : step["env"]) {
            env[entry.first.as<std::string>()] =
                substitute(entry.second.as<std::string>(), expressions);
        }
        const ProcessResult run =
            run_step(substitute(step["run"].as<std::string>(), expressions), job, env, scratch);
        INFO(run.out << run.err);
        check_no_token(run);
        std::istringstream lines(read_text(outputs));
        for (std::string line; std::getline(lines, line);) {
            const std::size_t equals = line.find('=');
            expressions["steps." + step["id"].as<std::string>() + ".outputs." +
                        line.substr(0, equals)] = line.substr(equals + 1);
        }
        status = run.exit_code;
        if (status != 0) {
            UNSCOPED_INFO("step '" << step["name"].as<std::string>("") << "' exited " << status
                                   << ":\n"
                                   << run.out << run.err);
            break;  // a failing step ends the job
        }
    }
    // What actions/cache saves at the end of the job.
    if (fs::exists(job / ".sigaudit")) {
        fs::copy(job / ".sigaudit", cache, fs::copy_options::overwrite_existing);
    }
    return status;
}

// --- Gitee Go and Jenkins -----------------------------------------------

// The Gitee Go pipeline's shell@general steps, run in order with its
// variables and the system parameters Gitee Go sets for a pull request.
int run_gitee_go(const YAML::Node& pipeline, const Upstream& upstream, FakeGitee& fake,
                 const fs::path& job, const Env& overrides, ProcessResult& last) {
    TempDir home;
    TempDir scratch;
    checkout(upstream, job, false);
    Env env = job_env(fake, home);
    for (const auto& entry : pipeline["variables"]) {
        env[entry.first.as<std::string>()] = entry.second.as<std::string>();
    }
    env.insert({{"GITEE_PULL_ID", std::to_string(kPr)},
                {"GITEE_BRANCH", "master"},
                {"GITEE_REPO", "community"},
                {"GITEE_TOKEN", kReadToken},
                {"SIGAUDIT_API_URL", fake.api_url()}});
    for (const auto& [name, value] : overrides) {
        env[name] = value;
    }
    for (const YAML::Node& stage : pipeline["stages"]) {
        for (const YAML::Node& step : stage["steps"]) {
            REQUIRE(step["step"].as<std::string>() == "shell@general");
            std::string script;
            for (const YAML::Node& command : step["commands"]) {
                script += command.as<std::string>() + "\n";
            }
            last = run_step(script, job, env, scratch);
            check_no_token(last);
            if (last.exit_code != 0) {
                return last.exit_code;
            }
        }
    }
    return 0;
}

// The Jenkinsfile's environment block and sh steps, with what the Gitee
// plugin and the credentials binding set.
int run_jenkins(const std::string& jenkinsfile, const Upstream& upstream, FakeGitee& fake,
                const fs::path& job, const fs::path& jenkins_home, ProcessResult& last) {
    TempDir home;
    TempDir scratch;
    checkout(upstream, job, true);  // only the pull request's branch: the job fetches the base
    Env env = job_env(fake, home);
    static const std::regex kAssignment(R"re(\n\s*(SIGAUDIT_\w+) = ['"]([^'"]*)['"])re");
    for (auto it = std::sregex_iterator(jenkinsfile.begin(), jenkinsfile.end(), kAssignment);
         it != std::sregex_iterator(); ++it) {
        env[(*it)[1]] = std::regex_replace((*it)[2].str(), std::regex(R"(\$\{env\.JENKINS_HOME\})"),
                                           jenkins_home.string());
    }
    env.insert({{"giteeTargetNamespace", "mindspore"},
                {"giteeTargetRepoName", "community"},
                {"giteeTargetBranch", "master"},
                {"giteePullRequestIid", std::to_string(kPr)},
                {"GITEE_TOKEN", kReadToken},
                {"SIGAUDIT_API_URL", fake.api_url()}});
    static const std::regex kSh(R"(sh '''([\s\S]*?)''')");
    int steps = 0;
    for (auto it = std::sregex_iterator(jenkinsfile.begin(), jenkinsfile.end(), kSh);
         it != std::sregex_iterator(); ++it, ++steps) {
        last = run_step((*it)[1], job, env, scratch);
        check_no_token(last);
        if (last.exit_code != 0) {
            return last.exit_code;
        }
    }
    REQUIRE(steps > 0);
    return 0;
}

// A cache folder as an earlier run left it: the example store as `name`.
fs::path seeded_cache(const fs::path& folder, const std::string& name) {
    fs::create_directories(folder);
    fs::copy_file(kSource + "/examples/snapshot/gitee.db", folder / name);
    return folder;
}

// What every recipe runs against: the repository and the fake server.
struct Platform {
    Upstream upstream;
    FakeGitee fake;
    Platform() { serve(fake); }
};

std::string this_week_file() {
    const std::time_t now = std::time(nullptr);
    char name[32];
    std::strftime(name, sizeof name, "gitee-%G-W%V.db", std::gmtime(&now));
    return name;
}

}  // namespace

TEST_CASE("ci recipe: GitHub Actions comments once, edits on rerun, fails the job",
          "[ci][recipes][git]") {
    Platform platform;
    const Upstream& upstream = platform.upstream;
    FakeGitee& fake = platform.fake;
    const YAML::Node workflow = YAML::LoadFile(kSource + "/examples/ci/github-actions.yml");
    TempDir runs;
    const fs::path cache = seeded_cache(runs.path() / "cache", "gitee.db");

    CHECK(run_github(workflow, upstream, fake, runs.path() / "run1", cache) == 1);
    check_comment(fake, "github-actions[bot]", 0);
    CHECK(run_github(workflow, upstream, fake, runs.path() / "run2", cache) == 1);
    check_comment(fake, "github-actions[bot]", 1);
    CHECK(fs::exists(cache / "gitee.db"));
}

TEST_CASE("ci recipe: Gitee Go comments once, keeps the weekly store, fails the job",
          "[ci][recipes][git]") {
    Platform platform;
    const Upstream& upstream = platform.upstream;
    FakeGitee& fake = platform.fake;
    const YAML::Node pipeline = YAML::LoadFile(kSource + "/examples/ci/gitee-go.yml");
    TempDir runs;
    // Last week's store: this week starts from it and syncs what is new.
    const fs::path cache = seeded_cache(runs.path() / "cache", "gitee-2026-W01.db");
    // Someone else's comment that copies the marker is not the one to edit.
    const std::int64_t spoof = fake.comments().add(kRepo, kPr, "mallory", kMarker + "\nall good");

    ProcessResult last;
    const Env use_cache = {{"SIGAUDIT_CACHE_DIR", cache.string()}};
    CHECK(run_gitee_go(pipeline, upstream, fake, runs.path() / "run1", use_cache, last) == 1);
    INFO(last.out << last.err);
    CHECK_THAT(last.err, Catch::Contains("store from the cache (gitee-2026-W01.db)"));
    CHECK(fs::exists(cache / this_week_file()));
    CHECK(run_gitee_go(pipeline, upstream, fake, runs.path() / "run2", use_cache, last) == 1);
    CHECK_THAT(last.err, Catch::Contains("store from the cache (" + this_week_file() + ")"));
    CHECK_THAT(last.err, Catch::Contains("updated comment"));

    auto comments = fake.comments().comments(kRepo, kPr);
    REQUIRE(comments.size() == 2);
    CHECK(comments[0].id == spoof);
    CHECK(comments[0].body == kMarker + "\nall good");
    CHECK(comments[1].author == "sigaudit-bot");
    CHECK(comments[1].edits == 1);
    CHECK_THAT(comments[1].body, Catch::Contains("| New (`newcomer`) | Member | ✗ |"));
}

TEST_CASE("ci recipe: Jenkins fetches the base, comments once, fails the job",
          "[ci][recipes][git]") {
    Platform platform;
    const Upstream& upstream = platform.upstream;
    FakeGitee& fake = platform.fake;
    const std::string jenkinsfile = read_text(kSource + "/examples/ci/Jenkinsfile");
    TempDir runs;
    const fs::path jenkins_home = runs.path() / "jenkins";
    seeded_cache(jenkins_home / "sigaudit-cache", "gitee-2026-W01.db");

    ProcessResult last;
    CHECK(run_jenkins(jenkinsfile, upstream, fake, runs.path() / "run1", jenkins_home, last) == 1);
    INFO(last.out << last.err);
    check_comment(fake, "sigaudit-bot", 0);
    CHECK(run_jenkins(jenkinsfile, upstream, fake, runs.path() / "run2", jenkins_home, last) == 1);
    check_comment(fake, "sigaudit-bot", 1);
    CHECK(fs::exists(jenkins_home / "sigaudit-cache" / this_week_file()));
}

TEST_CASE("ci recipe: a change that cannot be judged still gets its comment",
          "[ci][recipes][git]") {
    Platform platform;
    const Upstream& upstream = platform.upstream;
    FakeGitee& fake = platform.fake;
    const YAML::Node pipeline = YAML::LoadFile(kSource + "/examples/ci/gitee-go.yml");
    TempDir runs;
    // No cache, and a store the job cannot write: the data cannot be had.
    ProcessResult last;
    const Env broken = {{"SIGAUDIT_CACHE_DIR", ""}, {"SIGAUDIT_STORE", "/proc/sigaudit/gitee.db"}};
    const int status = run_gitee_go(pipeline, upstream, fake, runs.path() / "run", broken, last);
    INFO(last.out << last.err);
    CHECK((status == 2 || status == 3));
    const auto comments = fake.comments().comments(kRepo, kPr);
    REQUIRE(comments.size() == 1);
    CHECK_THAT(comments[0].body, Catch::Contains("### sigaudit: could not judge this change"));
}
