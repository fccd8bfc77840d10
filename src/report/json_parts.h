#pragma once

// What the JSON renderers share. Private to src/report.

#include <nlohmann/json.hpp>

#include <optional>

#include "sigaudit/audit/data_coverage.h"
#include "sigaudit/audit/sig_scope.h"
#include "sigaudit/common/diagnostic.h"
#include "sigaudit/rules/result.h"

namespace sigaudit::render_detail {

// {"file", "line", "column", "severity", "code", "message"}: one finding,
// as `sigaudit/lint@1` and the audit's "roster_errors" list it.
nlohmann::ordered_json finding_json(const Diagnostic& d);
// document[key] = the findings, each as finding_json; no key when there are
// none, so that a clean report reads as it always has.
void add_findings_json(nlohmann::ordered_json& document, const char* key,
                       const std::vector<Diagnostic>& findings);

// {"version", "commit", "rules"}: the binary that wrote a report (its
// release and commit) and the digest of the rules it evaluated (null when
// it evaluated none); every JSON report carries it as "sigaudit".
nlohmann::ordered_json provenance_json(const std::string& rules_digest);

// {"repos", "from": "config" | "roster" | "rules", "file", "line"}: the
// SIG's repositories and where they came from; null when the rules have no
// `sig` group.
nlohmann::ordered_json sig_scope_json(const std::optional<SigScope>& scope);

// An instant as ISO 8601 in `zone`; null when there is none (never fetched,
// no mark).
nlohmann::ordered_json timestamp_json(const std::optional<Instant>& instant, UtcOffset zone);

// {"repositories": [{"repo", "synced_at", "newest_update"}], "synced_up_to",
// "behind_as_of"}: what the report's Gitee data stands on; times are ISO
// 8601 in the configured zone, null when never fetched.
nlohmann::ordered_json data_json(const DataCoverage& data, Date as_of);

// [{"criterion", "what", "evidence"}]: what the result's verdict rests on
// that a maintainer has yet to confirm; empty unless its criteria are met.
nlohmann::ordered_json to_confirm_json(const RuleResult& result);

}  // namespace sigaudit::render_detail
