#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "sigaudit/report/style.h"

namespace sigaudit {

// Flags every reporting command takes.
struct OutputFlags {
    std::string format = "text";
    ColorMode color = ColorMode::automatic;
    bool quiet = false;
};

void add_output_flags(CLI::App& command, OutputFlags& flags,
                      const std::vector<std::string>& formats);

// The style for stdout under the user's --color choice and NO_COLOR.
Style stdout_style(const OutputFlags& flags);

}  // namespace sigaudit
