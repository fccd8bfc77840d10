#pragma once

#include "sigaudit/common/loaded.h"
#include "sigaudit/common/text_file.h"
#include "sigaudit/roster/roster.h"

namespace sigaudit {

// A roster file as every command reads it: parsed (either format), then
// linted as a whole, every finding sorted and with its source line. The
// roster is usable unless the text is not one YAML document; lint findings,
// errors included, travel with it, since an audit can still be made of a
// roster that, say, lists someone twice. Never throws for what the file holds.
Loaded<Roster> load_roster(const TextFile& file);

}  // namespace sigaudit
