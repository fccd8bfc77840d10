#include "lint_command.h"

#include <algorithm>
#include <cstdio>
#include <memory>

#include "output_flags.h"
#include "sigaudit/common/exit_code.h"
#include "sigaudit/report/lint_report.h"
#include "sigaudit/roster/roster_loader.h"

namespace sigaudit {

namespace {

struct LintFlags {
    std::vector<std::string> files;
    OutputFlags output;
};

int lint_exit_code(const std::vector<LintedFile>& results) {
    const auto unusable = [](const LintedFile& r) { return !r.roster.usable(); };
    const auto failed = [](const LintedFile& r) { return has_errors(r.roster.diagnostics); };
    if (std::any_of(results.begin(), results.end(), unusable)) {
        return kExitBadInput;
    }
    return std::any_of(results.begin(), results.end(), failed) ? kExitFindings : kExitOk;
}

int run_lint(const LintFlags& flags) {
    std::vector<LintedFile> results;
    results.reserve(flags.files.size());
    for (const std::string& path : flags.files) {
        results.push_back(LintedFile{path, load_file(path, load_roster)});
    }
    const std::string report = flags.output.format == "json"
                                   ? render_lint_json(results)
                                   : render_lint_text(results, stdout_style(flags.output),
                                                      LintTextOptions{flags.output.quiet});
    std::fwrite(report.data(), 1, report.size(), stdout);
    return lint_exit_code(results);
}

}  // namespace

void add_lint_command(CLI::App& app, int& exit_code) {
    auto flags = std::make_shared<LintFlags>();
    CLI::App* command =
        app.add_subcommand("lint", "Lint roster files (sig_members.yaml, sig-info.yaml)");
    command->add_option("FILE", flags->files, "Roster files to lint")->required();
    add_output_flags(*command, flags->output, {"text", "json"});
    command->callback([flags, &exit_code] { exit_code = run_lint(*flags); });
}

}  // namespace sigaudit
