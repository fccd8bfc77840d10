#include "synthetic_data.h"

#include <array>
#include <random>

#include <fmt/format.h>

namespace sigaudit::bench {

namespace {

constexpr std::array<const char*, 10> kRepos = {"mindspore/mindspore",   "mindspore/models",
                                                "mindspore/docs",        "mindspore/tutorials",
                                                "mindspore/mindarmour",  "mindspore/mindscience",
                                                "mindspore/mindquantum", "mindspore/golden-stick",
                                                "mindspore/mindinsight", "mindspore/akg"};

class Generator {
  public:
    Generator(std::size_t people, std::uint64_t seed) : random_(seed), people_(people) {}

    std::size_t person() {
        // Squaring a uniform draw skews toward low ids: a few very active people.
        const double u = unit_(random_);
        return static_cast<std::size_t>(u * u * static_cast<double>(people_)) % people_;
    }
    std::size_t pick(std::size_t n) {
        return std::uniform_int_distribution<std::size_t>(0, n - 1)(random_);
    }
    bool chance(double p) { return unit_(random_) < p; }
    Instant time() {
        constexpr Instant kStart = 1704038400;  // 2024-01-01T00:00:00+08:00
        constexpr Instant kSpan = 912 * 86400;  // to the end of June 2026
        return kStart + static_cast<Instant>(pick(static_cast<std::size_t>(kSpan)));
    }

  private:
    std::mt19937_64 random_;
    std::uniform_real_distribution<double> unit_{0.0, 1.0};
    std::size_t people_;
};

Activity make_activity(Generator& g, const std::vector<std::string>& logins, std::size_t serial) {
    Activity a;
    const std::size_t roll = g.pick(100);
    a.kind = roll < 40   ? ActivityKind::pr_comment
             : roll < 55 ? ActivityKind::pr_opened
             : roll < 65 ? ActivityKind::pr_merged
             : roll < 80 ? ActivityKind::issue_opened
                         : ActivityKind::issue_comment;
    a.login = logins[g.person()];
    a.repo = kRepos[g.pick(kRepos.size())];
    a.time = g.time();
    const bool on_issue =
        a.kind == ActivityKind::issue_opened || a.kind == ActivityKind::issue_comment;
    a.number = on_issue ? fmt::format("I{:05X}", g.pick(200000)) : std::to_string(g.pick(60000));
    a.url = fmt::format("https://gitee.com/{}/{}/{}#{}", a.repo, on_issue ? "issues" : "pulls",
                        a.number, serial);
    if (is_comment_kind(a.kind)) {
        a.target_author = g.chance(0.05) ? a.login : logins[g.person()];
        if (g.chance(0.1)) {
            static constexpr std::array<const char*, 3> kCommands = {"lgtm", "retest", "approve"};
            a.is_command = true;
            a.command = kCommands[g.pick(kCommands.size())];
        }
    } else if (on_issue) {
        static constexpr std::array<const char*, 4> kStates = {"open", "progressing", "closed",
                                                               "rejected"};
        a.state = g.chance(0.5) ? "closed" : kStates[g.pick(kStates.size())];
        a.issue_type = g.chance(0.3) ? "缺陷" : "任务";
        if (g.chance(0.2)) {
            a.labels = {"kind/bug"};
        }
    } else {
        a.state =
            a.kind == ActivityKind::pr_merged ? "merged" : (g.chance(0.5) ? "open" : "closed");
    }
    return a;
}

}  // namespace

SyntheticCommunity make_community(std::size_t people, std::size_t activities, std::uint64_t seed) {
    Generator g(people, seed);
    SyntheticCommunity community;
    for (std::size_t i = 0; i < people; ++i) {
        community.logins.push_back(fmt::format("dev{:06}", i));
    }
    community.activities.reserve(activities);
    for (std::size_t i = 0; i < activities; ++i) {
        community.activities.push_back(make_activity(g, community.logins, i));
    }
    for (std::size_t i = 0; i < people * 3; ++i) {
        EvidenceEntry entry;
        entry.login = community.logins[g.person()];
        entry.type = kEvidenceTypes[g.pick(kEvidenceTypes.size())];
        entry.date = civil_from_days(days_from_civil(Date{2024, 1, 1}) +
                                     static_cast<std::int64_t>(g.pick(912)));
        entry.count = entry.type == EvidenceType::qa_answer ? static_cast<int>(1 + g.pick(20)) : 1;
        entry.url = fmt::format("https://example.org/ledger/{}", i);
        community.evidence.push_back(std::move(entry));
    }
    return community;
}

}  // namespace sigaudit::bench
