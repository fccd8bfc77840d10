#pragma once

#include <string>

#include "sigaudit/audit/fetch_summary.h"
#include "sigaudit/gitee/gitee_fetcher.h"
#include "sigaudit/report/style.h"

namespace sigaudit {

// The words of a fetch as it goes; the summary at its end is the
// FetchSummary renderer's (renderer.h).

// "mindspore/models: GET /repos/...: HTTP 502 ... (6 tries); nothing of
// mindspore/models was saved". A rejected token names where it came from.
std::string describe_fetch_failure(const FetchFailure& failure, const std::string& token_source);

// The live line on a terminal: "fetching 3/10 · mindspore/models 12/48 pages, 1,234 items".
std::string render_progress_line(const RepositoryProgress& progress, int finished, int total);

// What the sync noticed but went on from, one "warning: REPO: ..." line
// each: items dated in the future, a list that ended on an empty page. The
// fetch summary ends with them; a report that synced first prints them on
// stderr.
std::string render_fetch_warnings(const FetchSummary& summary, const Style& style);

// One -v line per HTTP exchange: "sigaudit: GET URL -> 200 in 53 ms\n".
std::string render_request_log(const RequestLog& log);

}  // namespace sigaudit
