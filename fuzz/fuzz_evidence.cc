// Evidence ledger: parse_evidence on any UTF-8 text. It throws InputError
// only for text that is not YAML (yaml-syntax, multiple-documents); every
// other problem is a diagnostic. Any other exception escaping is a bug.

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
    try {
        const EvidenceParse parse = parse_evidence(file);
        for (const Diagnostic& d : parse.diagnostics) {
            fuzz::check(d.severity == Severity::error, "a ledger finding that is not an error");
            fuzz::check(code_name(d.code).starts_with("evidence-"),
                        "a ledger finding with a foreign code");
        }
    } catch (const InputError& e) {
        const std::string code(code_name(e.diagnostic().code));
        fuzz::check(code == "yaml-syntax" || code == "multiple-documents",
                    "parse_evidence threw for text that is YAML");
    }
    return 0;
}
