#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sigaudit/activity/activity.h"
#include "sigaudit/evidence/evidence.h"

namespace sigaudit::bench {

// A deterministic community: `people` logins, `activities` Gitee activities
// spread over 2024-01..2026-06 and the benchmark repositories, skewed so a few
// people do much and most do little, as in real communities.
struct SyntheticCommunity {
    std::vector<std::string> logins;
    std::vector<Activity> activities;
    std::vector<EvidenceEntry> evidence;
};

SyntheticCommunity make_community(std::size_t people, std::size_t activities,
                                  std::uint64_t seed = 20261122);

}  // namespace sigaudit::bench
