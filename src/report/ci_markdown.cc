#include <fmt/format.h>

#include "ci_reasons.h"
#include "render_parts.h"
#include "renderers.h"
#include "sigaudit/common/strings.h"

namespace sigaudit {

namespace {

// Names, criterion ids and lint messages are free text from the roster and
// rule files: md_escape keeps a '|' from splitting the table cell, a line
// break from ending the row, and '*', '_', '<' from turning into markup.
using render_detail::md_escape;

// Logins are [A-Za-z0-9_.-]; in a code span they never mention anyone.
std::string person(const RoleChange& change) {
    const std::string login = fmt::format("`{}`", to_lower_ascii(change.login));
    return change.name.empty() ? login : fmt::format("{} ({})", md_escape(change.name), login);
}

std::string why(const CiAddition& addition) {
    if (addition.justified) {
        return addition.result ? fmt::format("meets the `{}` rule", addition.result->id()) : "";
    }
    return md_escape(fmt::format("{}", fmt::join(ci::reasons_unjustified(addition), "; ")));
}

std::string additions_table(const CiReport& report) {
    if (report.additions.empty()) {
        return "This change adds no role to anyone, so there is nothing to justify.\n";
    }
    std::string out = "| Person | Role added | Justified | Why |\n| --- | --- | :-: | --- |\n";
    for (const CiAddition* addition : ci::ordered_additions(report)) {
        out += fmt::format("| {} | {} | {} | {} |\n", person(addition->change),
                           role_title(addition->change.role), addition->justified ? "✓" : "✗",
                           why(*addition));
    }
    return out;
}

std::string removals_list(const CiReport& report) {
    if (report.removals.empty()) {
        return "";
    }
    std::string out = "\n**Removed** (nothing to justify):\n\n";
    for (const RoleChange* removal : ci::ordered_removals(report)) {
        out += fmt::format("- {}: no longer listed as {}\n", person(*removal),
                           role_title(removal->role));
    }
    return out;
}

std::string lint_list(const CiReport& report) {
    if (report.lint.empty()) {
        return "";
    }
    std::string out = fmt::format("\n**Lint** of `{}`:\n\n", report.head_path);
    for (const Diagnostic& d : ci::ordered_lint(report)) {
        out += fmt::format("- {} `{}:{}:{}` {}: {}\n",
                           d.severity == Severity::error ? "✗ error" : "⚠ warning", d.where.file,
                           d.where.line, d.where.column, code_name(d.code), md_escape(d.message));
    }
    return out;
}

}  // namespace

namespace render_detail {

std::string render_ci_markdown(const CiReport& report, const RenderOptions&) {
    std::string out = fmt::format("### sigaudit: {}\n\n", ci::verdict(report));
    out += fmt::format("`{}` → `{}`, as of {}.\n\n", report.base_path, report.head_path,
                       to_string(report.as_of));
    out += additions_table(report);
    out += removals_list(report);
    out += lint_list(report);
    return out;
}

}  // namespace render_detail
}  // namespace sigaudit
