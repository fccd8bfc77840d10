#include "sigaudit/audit/fetch_summary.h"

namespace sigaudit {

bool complete(const FetchSummary& summary) {
    return summary.stats.failures.empty() && !summary.stats.token_rejected;
}

ExitCode exit_code(const FetchSummary& summary) {
    return complete(summary) ? kExitOk : kExitDataSource;
}

}  // namespace sigaudit
