// Fetches a synthetic community from the fake Gitee server on loopback with
// real latency, cold then warm, through the real sigaudit binary, and prints
// what issue 4 measures: wall time against the ideal (pages x latency / jobs),
// requests against the pages that exist, the warm fetch, and the store size.
// Then audits a 200-person roster offline over that store with the shipped
// rules, as issue 5 measures (fastest and median of 5 runs).
// Usage: bench_fetch [LATENCY_MS] [JOBS] [SCALE]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "support/fake_gitee.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace {

using Clock = std::chrono::steady_clock;
using sigaudit::testing::FakeGitee;

// Ten repositories, busy ones first, as in a real SIG: 50,000 PRs, 200,000
// PR comments, 20,000 issues and 60,000 issue comments in all at scale 1.
// The first nine are those the shipped rules name, so the audit counts them.
constexpr int kShare[10] = {30, 20, 10, 10, 8, 7, 6, 4, 3, 2};
constexpr const char* kRepos[10] = {"mindspore/mindspore",   "mindspore/models",
                                    "mindspore/docs",        "mindspore/tutorials",
                                    "mindspore/mindarmour",  "mindspore/mindscience",
                                    "mindspore/mindquantum", "mindspore/golden-stick",
                                    "mindspore/mindinsight", "mindspore/akg"};
constexpr int kPeople = 200;
constexpr int kAuditRuns = 5;

int pages(int items) {
    return items == 0 ? 1 : (items + 99) / 100;
}

struct Run {
    double seconds = 0;
    std::size_t requests = 0;
    int exit_code = 0;
};

Run fetch(FakeGitee& server, const std::vector<std::string>& args) {
    server.clear_requests();
    const auto started = Clock::now();
    const auto result = sigaudit::testing::run_sigaudit(args, {{"GITEE_TOKEN", "bench"}});
    Run run;
    run.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    run.requests = server.request_count();
    run.exit_code = result.exit_code;
    if (result.exit_code != 0) {
        std::fprintf(stderr, "%s", result.err.c_str());
    }
    return run;
}

std::vector<std::string> developer_logins() {
    std::vector<std::string> logins;
    for (int i = 0; i < kPeople; ++i) {
        logins.push_back("dev" + std::to_string(1000 + i).substr(1));
    }
    return logins;
}

// Everyone a Contributor; the first 60 Reviewers, 20 Committers, 5 Maintainers.
std::string roster_of(const std::vector<std::string>& logins) {
    std::string yaml = "Description: the benchmark SIG\n";
    const std::pair<const char*, int> sections[] = {
        {"Contributors", kPeople}, {"Reviewers", 60}, {"Committers", 20}, {"Maintainers", 5}};
    for (const auto& [section, count] : sections) {
        yaml += std::string(section) + ":\n";
        for (int i = 0; i < count; ++i) {
            yaml += "- name: Developer " + std::to_string(i) + "\n  gitee_id: " + logins[i] + "\n";
        }
    }
    return yaml;
}

// Seconds per run of an offline audit, sorted.
std::vector<double> time_audits(const std::string& roster, const std::string& store) {
    std::vector<double> seconds;
    for (int run = 0; run < kAuditRuns; ++run) {
        const auto started = Clock::now();
        const auto result = sigaudit::testing::run_sigaudit(
            {"audit", roster, "--offline", "--store", store, "--as-of", "2026-06-30"});
        seconds.push_back(std::chrono::duration<double>(Clock::now() - started).count());
        if (result.exit_code != 0) {
            std::fprintf(stderr, "audit: exit %d\n%s", result.exit_code, result.err.c_str());
            return {};
        }
    }
    std::sort(seconds.begin(), seconds.end());
    return seconds;
}

}  // namespace

int main(int argc, char** argv) {
    const int latency_ms = argc > 1 ? std::stoi(argv[1]) : 50;
    const int jobs = argc > 2 ? std::stoi(argv[2]) : 8;
    const double scale = argc > 3 ? std::stod(argv[3]) : 1.0;

    FakeGitee server;
    sigaudit::testing::TempDir dir;
    const std::string store = (dir.path() / "gitee.db").string();
    std::vector<std::string> args = {"fetch", "--api-url", server.api_url(),     "--store",
                                     store,   "--jobs",    std::to_string(jobs), "--no-progress"};
    const std::vector<std::string> logins = developer_logins();
    int existing_pages = 0;
    long items = 0;
    for (int repo = 0; repo < 10; ++repo) {
        const auto share = [&](int total) {
            return static_cast<int>(total * scale * kShare[repo] / 100);
        };
        const FakeGitee::Sizes sizes{share(50'000), share(200'000), share(20'000), share(60'000)};
        const std::string name = kRepos[repo];
        server.generate(name, sizes, static_cast<std::uint32_t>(repo + 1), logins);
        existing_pages += pages(sizes.pulls) + pages(sizes.pull_comments) + pages(sizes.issues) +
                          pages(sizes.issue_comments);
        items += sizes.pulls + sizes.pull_comments + sizes.issues + sizes.issue_comments;
        args.insert(args.end(), {"--repo", name});
    }
    server.set_latency(std::chrono::milliseconds(latency_ms));

    const Run cold = fetch(server, args);
    rusage children{};
    getrusage(RUSAGE_CHILDREN, &children);
    const Run warm = fetch(server, args);
    const double ideal = existing_pages * latency_ms / 1000.0 / jobs;
    std::error_code no_store;
    const auto store_bytes = std::filesystem::file_size(store, no_store);

    std::printf("data: 10 repositories, %ld items, %d pages, latency %d ms, jobs %d\n", items,
                existing_pages, latency_ms, jobs);
    std::printf(
        "cold: %.2f s (ideal %.2f s, ratio %.3f; target <= 1.3), %zu requests "
        "(bound %.0f; ratio to pages %.3f), peak RSS %.0f MiB, exit %d\n",
        cold.seconds, ideal, cold.seconds / ideal, cold.requests, existing_pages * 1.05 + 4 * 10,
        static_cast<double>(cold.requests) / existing_pages,
        static_cast<double>(children.ru_maxrss) / 1024.0, cold.exit_code);
    rusage self{};
    getrusage(RUSAGE_SELF, &self);
    const auto cpu = [](const rusage& usage) {
        return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
               static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    };
    std::printf("cpu: sigaudit %.2f s, fake server %.2f s (both runs, 2 cores shared)\n",
                cpu(children), cpu(self));
    std::printf("warm: %.2f s (target < 2 s), %zu requests (target %d: one per list), exit %d\n",
                warm.seconds, warm.requests, 4 * 10, warm.exit_code);
    std::printf("store: %.1f MiB\n", static_cast<double>(store_bytes) / (1 << 20));

    const std::string roster = dir.write("sig_members.yaml", roster_of(logins));
    const std::vector<double> audits = time_audits(roster, store);
    if (audits.empty()) {
        return 1;
    }
    std::printf(
        "audit --offline, %d people, shipped rules: fastest %.3f s, median %.3f s of %d "
        "(target <= 1 s)\n",
        kPeople, audits.front(), audits[audits.size() / 2], kAuditRuns);
    return cold.exit_code == 0 && warm.exit_code == 0 ? 0 : 1;
}
