#pragma once

// Every renderer, one per report and format, each defined in its own file
// and listed in renderers.cc. Private to src/report: callers go through
// render() in sigaudit/report/renderer.h.

#include <string>

#include "sigaudit/report/renderer.h"

namespace sigaudit::render_detail {

// `audit`: a compact person x rule overview, then the sections, then every
// person's details (each criterion with actual/required and evidence).
std::string render_audit_text(const AuditReport& report, const RenderOptions& options);
std::string render_audit_markdown(const AuditReport& report, const RenderOptions& options);
// `audit` and `check` share one JSON schema, "sigaudit/report@1" (report_json.cc).
std::string render_audit_json(const AuditReport& report, const RenderOptions& options);

// `check LOGIN`: for every rule, each criterion with actual/required and a
// progress bar, what is missing in words, and links to what already counts.
std::string render_check_text(const CheckReport& report, const RenderOptions& options);
std::string render_check_markdown(const CheckReport& report, const RenderOptions& options);
std::string render_check_json(const CheckReport& report, const RenderOptions& options);

// `ci`: Markdown made to be posted as a PR comment (a verdict line, a table
// of additions, removals, lint findings); text for a terminal; and
// {"schema": "sigaudit/ci@1", "additions": [...], "removals": [...], "lint": [...]}.
std::string render_ci_markdown(const CiReport& report, const RenderOptions& options);
std::string render_ci_text(const CiReport& report, const RenderOptions& options);
std::string render_ci_json(const CiReport& report, const RenderOptions& options);

// `lint`: compiler-style findings with the source line and a caret, then a
// summary line per file (quiet: findings only); or `sigaudit/lint@1`.
std::string render_lint_text(const LintReport& report, const RenderOptions& options);
std::string render_lint_json(const LintReport& report, const RenderOptions& options);

// `rules list`: one line per rule (id, title, role, prerequisites, where);
// or `sigaudit/rules@1`.
std::string render_rules_list_text(const RuleSet& rules, const RenderOptions& options);
std::string render_rules_list_json(const RuleSet& rules, const RenderOptions& options);
// `rules explain`: the rule's criteria tree in plain words, for a SIG
// maintainer who never opens the rule file.
std::string render_rule_explanation(const Rule& rule, const RenderOptions& options);
// `rules check`: the findings, then one summary line (quiet: findings only).
std::string render_rules_check_text(const RulesCheckReport& report, const RenderOptions& options);
// {"schema": "sigaudit/rules-check@1", "ok", "files", "rules", "errors",
// "warnings", "findings": [...]}.
std::string render_rules_check_json(const RulesCheckReport& report, const RenderOptions& options);

// `fetch`: what each repository brought, and the totals.
std::string render_fetch_text(const FetchSummary& summary, const RenderOptions& options);
std::string render_store_text(const StoreReport& report, const RenderOptions& options);
std::string render_store_json(const StoreReport& report, const RenderOptions& options);

}  // namespace sigaudit::render_detail
