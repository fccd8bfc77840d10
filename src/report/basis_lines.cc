#include "render_parts.h"

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

}  // namespace sigaudit::render_detail
