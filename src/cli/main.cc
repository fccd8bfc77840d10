#include <cstdlib>
#include <string>
#include <vector>

#include "sigaudit/cli/cli.h"
#include "sigaudit/cli/deps.h"
#include "sigaudit/cli/terminal.h"

int main(int argc, char** argv) {
    const char* no_color = std::getenv("NO_COLOR");
    sigaudit::Terminal terminal =
        sigaudit::Terminal::standard(no_color != nullptr && *no_color != '\0');
    sigaudit::Deps deps = sigaudit::system_deps(terminal);
    return sigaudit::run_cli(std::vector<std::string>(argv + 1, argv + argc), deps);
}
