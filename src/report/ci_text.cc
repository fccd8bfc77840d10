#include <fmt/format.h>

#include "ci_reasons.h"
#include "render_parts.h"
#include "renderers.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/report/diagnostic_text.h"

namespace sigaudit {

namespace {

// No column alignment: names are often CJK, whose display width bytes do not tell.
std::string person(const RoleChange& change) {
    const std::string login = to_lower_ascii(change.login);
    return change.name.empty() ? login : fmt::format("{} ({})", login, change.name);
}

std::string position(const SourceLocation& where) {
    return fmt::format("{}:{}:{}", where.file, where.line, where.column);
}

void render_addition(std::string& out, const CiAddition& addition, const Style& style) {
    const RoleChange& change = addition.change;
    const std::string mark =
        addition.justified ? style.paint("✓", Tone::success) : style.paint("✗", Tone::error);
    const std::string verdict =
        addition.justified
            ? (addition.result ? fmt::format("meets the {} rule", addition.result->id())
                               : std::string("justified"))
            : style.paint("not justified", Tone::error);
    out += fmt::format("  {} {} → {}: {}\n", mark, person(change),
                       style.paint(ci::role_added_words(change), Tone::strong), verdict);
    for (const std::string& reason : ci::reasons_unjustified(addition)) {
        out += fmt::format("      {}\n", reason);
    }
    for (const std::string& note : ci::addition_notes(addition)) {
        out += fmt::format("      {}\n", style.paint(note, Tone::warning));
    }
    if (change.where.line > 0) {
        out += fmt::format(
            "      {}\n",
            style.paint(fmt::format("listed at {}", position(change.where)), Tone::dim));
    }
}

void render_additions(std::string& out, const CiReport& report, const Style& style) {
    if (report.additions.empty()) {
        out += "No role is added, so there is nothing to justify.\n";
        return;
    }
    out += style.paint("Additions:", Tone::strong) + "\n";
    for (const CiAddition* addition : ci::ordered_additions(report)) {
        render_addition(out, *addition, style);
    }
}

void render_removals(std::string& out, const CiReport& report, const Style& style) {
    if (report.removals.empty()) {
        return;
    }
    out += "\n" + style.paint("Removals", Tone::strong) + " (nothing to justify):\n";
    for (const RoleChange* removal : ci::ordered_removals(report)) {
        out += fmt::format("  - {}: {}\n", person(*removal), ci::removal_words(*removal, report));
    }
}

void render_lint(std::string& out, const CiReport& report, const Style& style) {
    if (!report.lint.empty()) {
        out +=
            "\n" + style.paint(fmt::format("Lint of {}:", report.head_path), Tone::strong) + "\n";
        for (const Diagnostic& d : ci::ordered_lint(report)) {
            render_diagnostic(out, d, style, false);
        }
    }
    if (const std::string before = ci::lint_in_base_words(report); !before.empty()) {
        out += "\n";
        render_detail::append_wrapped(out, 0, before, style, Tone::dim);
    }
}

std::string render_failure(const CiReport& report, const CiFailure& failure, const Style& style) {
    std::string out =
        style.paint(fmt::format("{} → {}", report.base_path, report.head_path), Tone::dim) + "\n";
    render_detail::append_wrapped(out, 0, ci::failure_words(failure), style, Tone::error);
    for (const Diagnostic& d : failure.findings) {
        render_diagnostic(out, d, style, false);
    }
    render_detail::append_wrapped(out, 0, ci::failure_advice(report, failure), style, Tone::strong);
    out +=
        "\n" + style.paint(fmt::format("sigaudit ci: {}", ci::verdict(report)), Tone::error) + "\n";
    return out;
}

}  // namespace

namespace render_detail {

std::string render_ci_text(const CiReport& report, const RenderOptions& options) {
    const Style& style = options.style;
    if (report.failure) {
        return render_failure(report, *report.failure, style);
    }
    std::string out = style.paint(fmt::format("{} → {}, as of {}", report.base_path,
                                              report.head_path, to_string(report.as_of)),
                                  Tone::dim) +
                      "\n";
    if (const std::string scope = render_detail::sig_scope_words(report.sig_scope);
        !scope.empty()) {
        out += style.paint(scope, Tone::dim) + "\n";
    }
    if (const std::string change = ci::head_scope_words(report); !change.empty()) {
        out += style.paint(change, Tone::warning) + "\n";
    }
    for (const std::string& note : {ci::new_roster_words(report), ci::deleted_roster_words(report),
                                    ci::unused_changes_words(report)}) {
        if (!note.empty()) {
            render_detail::append_wrapped(out, 0, note, style, Tone::warning);
        }
    }
    if (const std::string note = render_detail::states_note(report.states_read_today, report.as_of);
        !note.empty()) {
        render_detail::append_wrapped(out, 0, note, style, Tone::warning);
    }
    if (const std::string data = render_detail::data_words(report.data); !data.empty()) {
        out += style.paint(data, Tone::dim) + "\n";
    }
    if (const std::string behind = render_detail::behind_words(report.data, report.as_of);
        !behind.empty()) {
        render_detail::append_wrapped(out, 0, "warning: " + behind, style, Tone::warning, 2);
    }
    render_detail::append_findings_text(out, report.ledger_warnings, render_detail::kLedgerWarnings,
                                        Tone::warning, style);
    out += "\n";
    render_additions(out, report, style);
    render_removals(out, report, style);
    render_lint(out, report, style);
    // The verdict comes last, where a terminal leaves the eye.
    const Tone tone = exit_code(report) == kExitOk ? Tone::success : Tone::error;
    out += "\n" + style.paint(fmt::format("sigaudit ci: {}", ci::verdict(report)), tone) + "\n";
    return out;
}

}  // namespace render_detail
}  // namespace sigaudit
