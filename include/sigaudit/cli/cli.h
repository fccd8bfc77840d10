#pragma once

#include <string>
#include <vector>

#include "sigaudit/cli/deps.h"

namespace sigaudit {

// Runs sigaudit with `args` (without the program name): parses the command
// line, runs the command, and is the one place where a failure becomes an
// exit code and words on stderr (see common/errors.h). Never throws.
int run_cli(const std::vector<std::string>& args, Deps& deps);

}  // namespace sigaudit
