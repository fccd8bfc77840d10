#pragma once

#include <vector>

#include "sigaudit/common/diagnostic.h"
#include "sigaudit/common/text_file.h"
#include "sigaudit/roster/roster.h"

namespace sigaudit {

struct RosterParse {
    Roster roster;
    std::vector<Diagnostic>
        diagnostics;  // structural findings; the roster holds what could be read
};

// Reads a roster in either format: sig-info.yaml (by file name, or a
// top-level `repositories` key) or sig_members.yaml. Throws InputError when
// the text is not YAML.
RosterParse parse_roster(const TextFile& file);

}  // namespace sigaudit
