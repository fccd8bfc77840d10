#include "sigaudit/audit/data_coverage.h"

namespace sigaudit {

std::optional<Instant> DataCoverage::oldest_sync() const {
    std::optional<Instant> oldest;
    for (const RepositoryCoverage& repo : repositories) {
        if (!repo.synced_at) {
            return std::nullopt;
        }
        if (!oldest || *repo.synced_at < *oldest) {
            oldest = repo.synced_at;
        }
    }
    return oldest;
}

std::vector<std::string> DataCoverage::never_fetched() const {
    std::vector<std::string> out;
    for (const RepositoryCoverage& repo : repositories) {
        if (!repo.synced_at) {
            out.push_back(repo.repo);
        }
    }
    return out;
}

bool DataCoverage::behind(Date as_of) const {
    const std::optional<Instant> oldest = oldest_sync();
    return oldest && date_at(*oldest, zone) < as_of;
}

}  // namespace sigaudit
