// What ci compares: two rosters from one input (split at the first NUL
// byte, else in half), each loaded as lint loads it, then diffed. Every
// addition names a login the head holds the role under and the base does
// not. Any exception escaping is a bug.

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_check.h"
#include "sigaudit/common/text_file.h"
#include "sigaudit/roster/roster_diff.h"
#include "sigaudit/roster/roster_loader.h"

using namespace sigaudit;

namespace {

std::optional<Roster> roster_of(const std::string& name, std::string bytes) {
    try {
        Loaded<Roster> load = load_roster(make_text_file(name, std::move(bytes)));
        return std::move(load.value);
    } catch (const InputError&) {
        return std::nullopt;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input = fuzz::bytes_of(data, size);
    const std::size_t nul = input.find('\0');
    const std::size_t split = nul == std::string::npos ? input.size() / 2 : nul;
    const std::optional<Roster> base = roster_of("base/sig_members.yaml", input.substr(0, split));
    const std::optional<Roster> head =
        roster_of("head/sig_members.yaml",
                  input.substr(std::min(input.size(), split + (nul != std::string::npos))));
    if (!base || !head) {
        return 0;
    }
    const RosterDiff diff = diff_rosters(*base, *head);
    for (const RoleChange& change : diff.additions) {
        fuzz::check(head->holds(change.login, change.role), "an addition the head does not hold");
    }
    return 0;
}
