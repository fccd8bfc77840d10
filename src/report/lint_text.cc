#include <fmt/format.h>

#include "renderers.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/report/diagnostic_text.h"

namespace sigaudit::render_detail {

namespace {

std::string people_summary(const Roster& roster) {
    std::vector<std::string> parts;
    for (Role role : kLadder) {
        parts.push_back(fmt::format("{} {}", roster.count_holding(role), role_id(role)));
    }
    return fmt::format(
        "{} ({})", count_of(static_cast<std::int64_t>(roster.logins().size()), "person", "people"),
        fmt::join(parts, ", "));
}

// "evidence ledger, 14 entries for 6 people"; a ledger with any error is
// one no audit will read.
std::string ledger_summary(const Loaded<Evidence>& ledger) {
    if (!ledger.usable()) {
        return "evidence ledger; no audit reads it until the errors above are fixed";
    }
    const Evidence& evidence = *ledger.value;
    return fmt::format(
        "evidence ledger, {} for {}",
        count_of(static_cast<std::int64_t>(evidence.entries().size()), "entry", "entries"),
        count_of(static_cast<std::int64_t>(evidence.logins().size()), "person", "people"));
}

std::string file_summary(const LintedFile& file, const Style& style) {
    if (!file.read()) {
        return fmt::format(
            "{}: {}\n", file.path,
            style.paint("not linted: the file cannot be used until the error above is fixed",
                        Tone::error));
    }
    return fmt::format(
        "{}: {} — {}\n", file.path, render_verdict(file.findings(), style),
        file.is_ledger() ? ledger_summary(*file.ledger) : people_summary(*file.roster.value));
}

}  // namespace

std::string render_lint_text(const LintReport& report, const RenderOptions& options) {
    std::string out;
    for (const LintedFile& file : report.files) {
        for (const Diagnostic& d : file.findings()) {
            render_diagnostic(out, d, options.style, options.quiet);
        }
    }
    if (!options.quiet) {
        for (const LintedFile& file : report.files) {
            out += file_summary(file, options.style);
        }
    }
    return out;
}

}  // namespace sigaudit::render_detail
