// Evidence ledger: load_evidence on any UTF-8 text. Every problem is a
// finding (evidence-*, or yaml-syntax and multiple-documents for text that
// is not YAML), and the ledger is usable exactly when there is none. Any
// exception escaping is a bug.

#include <cstddef>
#include <cstdint>

#include "fuzz_check.h"
#include "sigaudit/common/text_file.h"
#include "sigaudit/evidence/evidence_loader.h"

using namespace sigaudit;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    TextFile file;
    try {
        file = make_text_file("evidence.yaml", fuzz::bytes_of(data, size));
    } catch (const InputError& e) {
        const std::string code(code_name(e.diagnostic().code));
        fuzz::check(code == "not-text" || code == "invalid-utf8", "make_text_file: unknown code");
        return 0;
    }
    const Loaded<Evidence> loaded = load_evidence(file);
    for (const Diagnostic& d : loaded.diagnostics) {
        const std::string_view code = code_name(d.code);
        fuzz::check(d.severity == Severity::error, "a ledger finding that is not an error");
        fuzz::check(
            code.starts_with("evidence-") || code == "yaml-syntax" || code == "multiple-documents",
            "a ledger finding with a foreign code");
    }
    fuzz::check(loaded.usable() == loaded.diagnostics.empty(),
                "a ledger usable despite findings, or refused without one");
    return 0;
}
