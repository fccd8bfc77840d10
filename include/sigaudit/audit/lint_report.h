#pragma once

#include <span>
#include <string>
#include <vector>

#include "sigaudit/common/exit_code.h"
#include "sigaudit/common/loaded.h"
#include "sigaudit/common/text_file.h"
#include "sigaudit/evidence/evidence.h"
#include "sigaudit/roster/roster.h"

namespace sigaudit {

// One file `sigaudit lint` read: its path, and what loading it gave, as a
// roster or, when it is one, as an evidence ledger.
struct LintedFile {
    std::string path;
    Loaded<Roster> roster;                   // empty for a ledger
    std::optional<Loaded<Evidence>> ledger;  // set when the file is a ledger

    bool is_ledger() const { return ledger.has_value(); }
    const std::vector<Diagnostic>& findings() const;
    std::vector<Diagnostic>& findings();
    // The file could be read as what it is, so its findings are about its
    // entries: a roster that parsed, a ledger that is one YAML document. (A
    // ledger with an error is read, though no audit would use it.)
    bool read() const;
};

struct LintReport {
    std::vector<LintedFile> files;
};

// A sig-info.yaml and a sig_members.yaml in one folder are one SIG's two
// rosters (security keeps both): each roster of the other format is compared
// with the folder's first, and what they disagree on is added to the
// findings of the file it points at, with its source line from `files` (the
// texts the rosters were read from).
void compare_sig_rosters(LintReport& report, std::span<const TextFile> files);

// A ledger entry whose login is not on any roster linted beside it but is
// within two edits of one there is most likely that person mistyped: a
// warning (evidence-unknown-login) at its first entry. (Without Gitee data,
// a login far from every roster's may be anyone: lint says nothing of it.)
void check_ledger_logins(LintReport& report, std::span<const TextFile> files);

// 2 when a file cannot be read at all, 1 when one has lint errors, else 0
// (warnings alone pass).
ExitCode exit_code(const LintReport& report);

// What `sigaudit rules check` found in the rule files it read.
struct RulesCheckReport {
    std::vector<Diagnostic> diagnostics;
    std::size_t rules = 0;  // how many rules compiled (0 when any finding is an error)
    std::size_t files = 0;
    std::string digest = {};  // of the files checked (rules_digest), valid or not
};

// 2 when a rule file has an error, else 0.
ExitCode exit_code(const RulesCheckReport& report);

}  // namespace sigaudit
