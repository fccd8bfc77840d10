#include <fmt/format.h>

#include "render_parts.h"
#include "sigaudit/report/diagnostic_text.h"

namespace sigaudit::render_detail {

void append_basis_text(std::string& out, const ReportBasis& basis, const Style& style) {
    if (const std::string scope = sig_scope_words(basis.scope); !scope.empty()) {
        out += style.paint(scope, Tone::dim) + "\n";
    }
    if (const std::string note = states_note(basis.states_read_today, basis.as_of); !note.empty()) {
        append_wrapped(out, 0, note, style, Tone::warning);
    }
    if (const std::string data = data_words(basis.data); !data.empty()) {
        out += style.paint(data, Tone::dim) + "\n";
    }
    if (const std::string behind = behind_words(basis.data, basis.as_of); !behind.empty()) {
        append_wrapped(out, 0, "warning: " + behind, style, Tone::warning, 2);
    }
}

void append_basis_markdown(std::string& out, const ReportBasis& basis) {
    if (const std::string scope = sig_scope_words(basis.scope); !scope.empty()) {
        out += "\n" + md_escape(scope) + ".\n";
    }
    if (const std::string note = states_note(basis.states_read_today, basis.as_of); !note.empty()) {
        out += "\n" + md_escape(note) + "\n";
    }
    if (const std::string data = data_words(basis.data); !data.empty()) {
        out += "\n" + md_escape(data) + ".\n";
    }
    if (const std::string behind = behind_words(basis.data, basis.as_of); !behind.empty()) {
        out += "\n> **Warning:** " + md_escape(behind) + "\n";
    }
}

void append_findings_text(std::string& out, const std::vector<Diagnostic>& findings,
                          FindingsHeading heading, Tone tone, const Style& style) {
    if (findings.empty()) {
        return;
    }
    out += "\n" +
           style.paint(fmt::format("{} ({}): {}", heading.title, findings.size(), heading.what),
                       tone) +
           "\n";
    for (const Diagnostic& d : findings) {
        render_diagnostic(out, d, style, /*quiet=*/false);
    }
}

void append_findings_markdown(std::string& out, const std::vector<Diagnostic>& findings,
                              FindingsHeading heading) {
    if (findings.empty()) {
        return;
    }
    out += fmt::format("\n### {} ({}): {}\n\n", heading.title, findings.size(), heading.what);
    for (const Diagnostic& d : findings) {
        out += fmt::format(
            "- {} {}: {}\n",
            md_code(fmt::format("{}:{}:{}", d.where.file, d.where.line, d.where.column)),
            code_name(d.code), md_escape(d.message));
    }
}

}  // namespace sigaudit::render_detail
