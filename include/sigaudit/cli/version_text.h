#pragma once

#include <string>

#include "sigaudit/cli/deps.h"

namespace sigaudit {

// What `sigaudit --version` prints: the release, the commit the binary was
// built from and the rules it would use by default (their directory and
// rules_digest), so that a report can be traced to what made it.
std::string version_text(const Deps& deps);

}  // namespace sigaudit
