#include <algorithm>

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
using render_detail::md_code;
using render_detail::md_escape;

// Logins are [A-Za-z0-9_.-]; in a code span they never mention anyone.
std::string person(const RoleChange& change) {
    const std::string login = fmt::format("`{}`", to_lower_ascii(change.login));
    return change.name.empty() ? login : fmt::format("{} ({})", md_escape(change.name), login);
}

std::string why(const CiAddition& addition) {
    std::vector<std::string> parts;
    if (addition.justified && addition.result) {
        parts.push_back(fmt::format("meets the `{}` rule", addition.result->id()));
    }
    for (const std::string& reason : ci::reasons_unjustified(addition)) {
        parts.push_back(md_escape(reason));
    }
    for (const std::string& note : ci::addition_notes(addition)) {
        parts.push_back(md_escape(note));
    }
    return fmt::format("{}", fmt::join(parts, "; "));
}

std::string additions_table(const CiReport& report) {
    if (report.additions.empty()) {
        return "This change adds no role to anyone, so there is nothing to justify.\n";
    }
    std::string out = "| Person | Role added | Justified | Why |\n| --- | --- | :-: | --- |\n";
    for (const CiAddition* addition : ci::ordered_additions(report)) {
        out += fmt::format("| {} | {} | {} | {} |\n", person(addition->change),
                           ci::role_added_words(addition->change), addition->justified ? "✓" : "✗",
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
        out += fmt::format("- {}: {}\n", person(*removal),
                           md_escape(ci::removal_words(*removal, report)));
    }
    return out;
}

// "- ✗ error `file:1:2` code: message", and the line it is about when known.
std::string finding_item(const Diagnostic& d) {
    std::string out =
        fmt::format("- {} {} {}: {}\n", d.severity == Severity::error ? "✗ error" : "⚠ warning",
                    md_code(fmt::format("{}:{}:{}", d.where.file, d.where.line, d.where.column)),
                    code_name(d.code), md_escape(d.message));
    if (!d.snippet.empty()) {
        out += fmt::format("  {}\n", md_code(fmt::format("{} | {}", d.where.line, d.snippet)));
    }
    return out;
}

std::string lint_list(const CiReport& report) {
    std::string out;
    if (!report.lint.empty()) {
        out += fmt::format("\n**Lint** of {}:\n\n", md_code(report.head_path));
        for (const Diagnostic& d : ci::ordered_lint(report)) {
            out += finding_item(d);
        }
    }
    if (const std::string before = ci::lint_in_base_words(report); !before.empty()) {
        out += "\n" + md_escape(before) + "\n";
    }
    return out;
}

// The comment for a change that could not be judged: what does not read,
// where, and what to do.
std::string failure_comment(const CiReport& report, const CiFailure& failure) {
    std::string out = fmt::format("### sigaudit: {}\n\n", ci::verdict(report));
    out += fmt::format("{} → {}.\n\n", md_code(report.base_path), md_code(report.head_path));
    out += md_escape(ci::failure_words(failure)) + "\n\n";
    for (const Diagnostic& d : failure.findings) {
        out += finding_item(d);
    }
    if (!failure.findings.empty()) {
        out += "\n";
    }
    out += md_escape(ci::failure_advice(report, failure)) + "\n";
    return out;
}

// Gitee and GitHub refuse comments past about 64 KiB: a change adding
// thousands of people must still get its verdict posted.
constexpr std::size_t kMaxCommentBytes = 60'000;

// `out` cut at a line end so that it and the note saying so fit the cap;
// the verdict, at the top, always stays.
std::string fit_comment(std::string out) {
    if (out.size() <= kMaxCommentBytes) {
        return out;
    }
    constexpr std::string_view kNote =
        "\n**This comment is cut at 60,000 characters** ({} more lines not shown); run "
        "`sigaudit ci --format text` for the whole report.\n";
    const std::size_t room = kMaxCommentBytes - kNote.size() - 20;
    const std::size_t cut = out.rfind('\n', room);
    const std::size_t end = cut == std::string::npos ? room : cut + 1;
    const auto dropped =
        std::count(out.begin() + static_cast<std::ptrdiff_t>(end), out.end(), '\n');
    out.resize(end);
    out += fmt::format(fmt::runtime(kNote), grouped(dropped));
    return out;
}

}  // namespace

namespace render_detail {

std::string render_ci_markdown(const CiReport& report, const RenderOptions&) {
    if (report.failure) {
        return fit_comment(failure_comment(report, *report.failure));
    }
    std::string out = fmt::format("### sigaudit: {}\n\n", ci::verdict(report));
    out += fmt::format("{} → {}, as of {}.\n\n", md_code(report.base_path),
                       md_code(report.head_path), to_string(report.as_of));
    if (const std::string scope = render_detail::sig_scope_words(report.sig_scope);
        !scope.empty()) {
        out += md_escape(scope) + ".\n\n";
    }
    if (const std::string change = ci::head_scope_words(report); !change.empty()) {
        out += md_escape(change) + "\n\n";
    }
    for (const std::string& note : {ci::new_roster_words(report), ci::deleted_roster_words(report),
                                    ci::unused_changes_words(report)}) {
        if (!note.empty()) {
            out += "> **Note:** " + md_escape(note) + "\n\n";
        }
    }
    if (const std::string note = render_detail::states_note(report.states_read_today, report.as_of);
        !note.empty()) {
        out += md_escape(note) + "\n\n";
    }
    if (const std::string data = render_detail::data_words(report.data); !data.empty()) {
        out += md_escape(data) + ".\n\n";
    }
    if (const std::string behind = render_detail::behind_words(report.data, report.as_of);
        !behind.empty()) {
        out += "> **Warning:** " + md_escape(behind) + "\n\n";
    }
    render_detail::append_findings_markdown(out, report.ledger_warnings,
                                            render_detail::kLedgerWarnings);
    out += additions_table(report);
    out += removals_list(report);
    out += lint_list(report);
    return fit_comment(std::move(out));
}

}  // namespace render_detail
}  // namespace sigaudit
