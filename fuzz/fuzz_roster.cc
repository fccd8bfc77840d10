// Roster lint: `sigaudit lint FILE` on any bytes. Text that is not UTF-8 is
// refused by make_text_file (InputError, as read_text_file refuses it);
// load_roster must then report every problem as a diagnostic, never
// throw. Any exception escaping is a bug, and libFuzzer reports it.

#include <cstddef>
#include <cstdint>

#include "fuzz_check.h"
#include "sigaudit/common/text_file.h"
#include "sigaudit/roster/roster_loader.h"

using namespace sigaudit;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    TextFile file;
    try {
        file = make_text_file("fuzz.yaml", fuzz::bytes_of(data, size));
    } catch (const InputError& e) {
        const std::string code(code_name(e.diagnostic().code));
        fuzz::check(code == "not-text" || code == "invalid-utf8", "make_text_file: unknown code");
        return 0;
    }
    const Loaded<Roster> lint = load_roster(file);
    fuzz::check(lint.usable() || has_errors(lint.diagnostics), "an unusable roster without error");
    for (const Diagnostic& d : lint.diagnostics) {
        fuzz::check(!code_name(d.code).empty() && !d.message.empty(),
                    "a diagnostic without code or message");
        fuzz::check(d.where.file == file.path, "a diagnostic about another file");
    }
    return 0;
}
