#include "sigaudit/audit/lint_report.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include <fmt/format.h>

#include "sigaudit/audit/audit_report.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/roster/roster_compare.h"

namespace sigaudit {

namespace {

std::string folder_of(const std::string& path) {
    return std::filesystem::path(path).lexically_normal().parent_path().string();
}

// Findings added after loading, sorted in and given their source lines.
void settle(LintedFile& file, std::span<const TextFile> files) {
    const auto text = std::find_if(files.begin(), files.end(),
                                   [&](const TextFile& t) { return t.path == file.path; });
    settle_findings(file.findings(),
                    text == files.end() ? std::span<const TextFile>() : std::span(&*text, 1));
}

}  // namespace

const std::vector<Diagnostic>& LintedFile::findings() const {
    return ledger ? ledger->diagnostics : roster.diagnostics;
}

std::vector<Diagnostic>& LintedFile::findings() {
    return ledger ? ledger->diagnostics : roster.diagnostics;
}

bool LintedFile::read() const {
    if (!ledger) {
        return roster.usable();
    }
    return std::none_of(
        ledger->diagnostics.begin(), ledger->diagnostics.end(),
        [](const Diagnostic& d) { return code_info(d.code).input == CodeInput::any_file; });
}

void check_ledger_logins(LintReport& report, std::span<const TextFile> files) {
    std::set<std::string> listed;
    std::vector<std::string> rosters;
    for (const LintedFile& file : report.files) {
        if (!file.is_ledger() && file.roster.usable()) {
            const std::vector<std::string> logins = file.roster.value->logins();
            listed.insert(logins.begin(), logins.end());
            rosters.push_back(file.path);
        }
    }
    if (rosters.empty()) {
        return;
    }
    for (LintedFile& file : report.files) {
        if (!file.is_ledger() || !file.ledger->usable()) {
            continue;
        }
        std::set<std::string> warned;
        const std::size_t before = file.ledger->diagnostics.size();
        for (const EvidenceEntry& entry : file.ledger->value->entries()) {
            const std::string lower = to_lower_ascii(entry.login);
            if (listed.count(lower) > 0 || !warned.insert(lower).second) {
                continue;
            }
            if (const std::vector<std::string> near = near_logins(lower, listed); !near.empty()) {
                file.ledger->diagnostics.push_back(make_diagnostic(
                    Code::evidence_unknown_login, entry.where,
                    fmt::format("'{}' is not on the roster ({}); did you mean {}?", entry.login,
                                join_words(rosters, ", "), join_words(near, " or "))));
            }
        }
        if (file.ledger->diagnostics.size() != before) {
            settle(file, files);
        }
    }
}

void compare_sig_rosters(LintReport& report, std::span<const TextFile> files) {
    std::map<std::string, std::vector<LintedFile*>> by_folder;
    for (LintedFile& file : report.files) {
        if (!file.is_ledger() && file.roster.usable()) {
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
        settle(*file, files);
    }
}

ExitCode exit_code(const LintReport& report) {
    const auto unusable = [](const LintedFile& file) { return !file.read(); };
    const auto failed = [](const LintedFile& file) { return has_errors(file.findings()); };
    if (std::any_of(report.files.begin(), report.files.end(), unusable)) {
        return kExitBadInput;
    }
    return std::any_of(report.files.begin(), report.files.end(), failed) ? kExitFindings : kExitOk;
}

ExitCode exit_code(const RulesCheckReport& report) {
    return has_errors(report.diagnostics) ? kExitBadInput : kExitOk;
}

}  // namespace sigaudit
