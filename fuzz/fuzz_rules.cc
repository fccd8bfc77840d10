// Rule files: load_rules on one file of any UTF-8 text. It never throws for
// a problem in the file, and with any error it returns no rules. Any
// exception escaping is a bug.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "fuzz_check.h"
#include "sigaudit/common/text_file.h"
#include "sigaudit/rules/rule_loader.h"

using namespace sigaudit;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<TextFile> files;
    try {
        files.push_back(make_text_file("rules.yaml", fuzz::bytes_of(data, size)));
    } catch (const InputError& e) {
        const std::string code(code_name(e.diagnostic().code));
        fuzz::check(code == "not-text" || code == "invalid-utf8", "make_text_file: unknown code");
        return 0;
    }
    const Loaded<RuleSet> load = load_rules(files);
    fuzz::check(!has_errors(load.diagnostics) || !load.usable(), "rules returned despite errors");
    for (const Diagnostic& d : load.diagnostics) {
        fuzz::check(!code_name(d.code).empty() && !d.message.empty(),
                    "a diagnostic without code or message");
    }
    return 0;
}
