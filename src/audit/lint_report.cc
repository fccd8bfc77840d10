#include "sigaudit/audit/lint_report.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "sigaudit/roster/roster_compare.h"

namespace sigaudit {

namespace {

std::string folder_of(const std::string& path) {
    return std::filesystem::path(path).lexically_normal().parent_path().string();
}

}  // namespace

void compare_sig_rosters(LintReport& report, std::span<const TextFile> files) {
    std::map<std::string, std::vector<LintedFile*>> by_folder;
    for (LintedFile& file : report.files) {
        if (file.roster.usable()) {
            by_folder[folder_of(file.path)].push_back(&file);
        }
    }
    std::set<LintedFile*> changed;
    for (auto& [folder, rosters] : by_folder) {
        for (std::size_t i = 1; i < rosters.size(); ++i) {
            if (rosters[i]->roster.value->format() == rosters.front()->roster.value->format()) {
                continue;
            }
            for (Diagnostic& finding :
                 compare_rosters(*rosters.front()->roster.value, *rosters[i]->roster.value)) {
                LintedFile* owner =
                    finding.where.file == rosters[i]->path ? rosters[i] : rosters.front();
                owner->roster.diagnostics.push_back(std::move(finding));
                changed.insert(owner);
            }
        }
    }
    for (LintedFile* file : changed) {
        const auto text = std::find_if(files.begin(), files.end(),
                                       [&](const TextFile& t) { return t.path == file->path; });
        settle_findings(file->roster.diagnostics,
                        text == files.end() ? std::span<const TextFile>() : std::span(&*text, 1));
    }
}

ExitCode exit_code(const LintReport& report) {
    const auto unusable = [](const LintedFile& file) { return !file.roster.usable(); };
    const auto failed = [](const LintedFile& file) { return has_errors(file.roster.diagnostics); };
    if (std::any_of(report.files.begin(), report.files.end(), unusable)) {
        return kExitBadInput;
    }
    return std::any_of(report.files.begin(), report.files.end(), failed) ? kExitFindings : kExitOk;
}

ExitCode exit_code(const RulesCheckReport& report) {
    return has_errors(report.diagnostics) ? kExitBadInput : kExitOk;
}

}  // namespace sigaudit
