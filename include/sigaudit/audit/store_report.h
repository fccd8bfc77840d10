#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sigaudit/common/calendar.h"
#include "sigaudit/store/store.h"

namespace sigaudit {

// `sigaudit store status`: what the store holds, per repository and list,
// and how fresh each is; times are shown in `zone`.
struct StoreReport {
    std::string path;
    std::int64_t bytes = 0;
    std::vector<Store::RepositoryStatus> repositories;
    UtcOffset zone;
};

}  // namespace sigaudit
