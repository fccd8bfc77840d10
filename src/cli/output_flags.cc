#include "output_flags.h"

#include <unistd.h>
#include <cstdlib>
#include <map>

namespace sigaudit {

void add_output_flags(CLI::App& command, OutputFlags& flags,
                      const std::vector<std::string>& formats) {
    command.add_option("--format", flags.format, "Output format")
        ->check(CLI::IsMember(formats))
        ->default_str(flags.format);
    const std::map<std::string, ColorMode> color_modes = {
        {"auto", ColorMode::automatic}, {"always", ColorMode::always}, {"never", ColorMode::never}};
    command
        .add_option("--color", flags.color,
                    "Colour the text output: auto (terminals only), always, never")
        ->transform(CLI::CheckedTransformer(color_modes))
        ->default_str("auto");
    command.add_flag("-q,--quiet", flags.quiet, "Print findings only");
}

Style stdout_style(const OutputFlags& flags) {
    const char* no_color = std::getenv("NO_COLOR");
    const bool no_color_set = no_color != nullptr && *no_color != '\0';
    return Style(use_color(flags.color, ::isatty(STDOUT_FILENO) == 1, no_color_set));
}

}  // namespace sigaudit
