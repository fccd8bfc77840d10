#pragma once

#include <span>
#include <string>
#include <vector>

#include "sigaudit/audit/audit_report.h"
#include "sigaudit/audit/ci_report.h"
#include "sigaudit/audit/fetch_summary.h"
#include "sigaudit/audit/lint_report.h"
#include "sigaudit/audit/store_report.h"
#include "sigaudit/report/format.h"
#include "sigaudit/report/style.h"
#include "sigaudit/rules/rule.h"

namespace sigaudit {

// How text output looks: colour, and whether the user asked for findings only.
struct RenderOptions {
    Style style{false};
    bool quiet = false;
};

// The one renderer interface: a report in, its text out. Each report has one
// renderer per format it supports, each in its own file (audit_text.cc,
// ci_markdown.cc, ...); none decides anything, the audit layer has.
template <typename Report>
using RenderFunction = std::string (*)(const Report& report, const RenderOptions& options);

template <typename Report>
struct FormatRenderer {
    Format format;
    RenderFunction<Report> render;
};

// The formats each report has, first the default, each with its renderer:
// the one table (src/report/renderers.cc) that says which formats exist for
// what. A Report type without a table does not link.
template <typename Report>
std::span<const FormatRenderer<Report>> renderers();

template <>
std::span<const FormatRenderer<AuditReport>> renderers();
template <>
std::span<const FormatRenderer<CheckReport>> renderers();
template <>
std::span<const FormatRenderer<CiReport>> renderers();
template <>
std::span<const FormatRenderer<LintReport>> renderers();
template <>
std::span<const FormatRenderer<RuleSet>> renderers();  // `rules list`
template <>
std::span<const FormatRenderer<Rule>> renderers();  // `rules explain`
template <>
std::span<const FormatRenderer<RulesCheckReport>> renderers();
template <>
std::span<const FormatRenderer<FetchSummary>> renderers();
template <>
std::span<const FormatRenderer<StoreReport>> renderers();  // `store status`

template <typename Report>
std::vector<Format> formats_of() {
    std::vector<Format> formats;
    for (const FormatRenderer<Report>& entry : renderers<Report>()) {
        formats.push_back(entry.format);
    }
    return formats;
}

// The report in `format`; a format the report does not have renders in its
// default (the flags only offer those it has).
template <typename Report>
std::string render(const Report& report, Format format, const RenderOptions& options) {
    const std::span<const FormatRenderer<Report>> table = renderers<Report>();
    for (const FormatRenderer<Report>& entry : table) {
        if (entry.format == format) {
            return entry.render(report, options);
        }
    }
    return table.front().render(report, options);
}

}  // namespace sigaudit
