#include "sigaudit/report/fetch_report.h"

#include <fmt/format.h>

#include "sigaudit/common/strings.h"

namespace sigaudit {

std::string describe_fetch_failure(const FetchFailure& failure, const std::string& token_source) {
    if (failure.token_rejected) {
        return fmt::format(
            "token rejected: {}: {}; check the token in {} (nothing of {} was saved)",
            failure.endpoint, failure.message, token_source, failure.repo);
    }
    return fmt::format("{}: {}: {}; nothing of {} was saved", failure.repo, failure.endpoint,
                       failure.message, failure.repo);
}

std::string render_progress_line(const RepositoryProgress& progress, int finished, int total) {
    return fmt::format("fetching {}/{} · {} {}/{} pages, {} items", finished, total, progress.repo,
                       grouped(progress.pages_done), grouped(progress.pages_known),
                       grouped(progress.items));
}

std::string render_request_log(const RequestLog& log) {
    const std::string outcome =
        log.status != 0 ? std::to_string(log.status) : "failed (" + log.error + ")";
    return fmt::format("sigaudit: GET {} -> {} in {} ms{}\n", log.url, outcome, log.elapsed.count(),
                       log.attempt > 1 ? fmt::format(" (try {})", log.attempt) : "");
}

}  // namespace sigaudit
