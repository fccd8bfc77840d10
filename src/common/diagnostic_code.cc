#include "sigaudit/common/diagnostic_code.h"

#include <array>
#include <ostream>

namespace sigaudit {

namespace {

using enum Code;
constexpr Severity E = Severity::error;
constexpr Severity W = Severity::warning;
constexpr CodeInput kAny = CodeInput::any_file;
constexpr CodeInput kRoster = CodeInput::roster;
constexpr CodeInput kLedger = CodeInput::evidence;
constexpr CodeInput kConfig = CodeInput::config;
constexpr CodeInput kRules = CodeInput::rules;

// In the enum's order; the static_assert below keeps it so.
constexpr std::array kCodeTable = {
    CodeInfo{file_unreadable, "file-unreadable", E, kAny, "the file cannot be opened or read"},
    CodeInfo{file_too_large, "file-too-large", E, kAny,
             "over 2 MiB (input files are kilobytes; refused before reading)"},
    CodeInfo{not_text, "not-text", E, kAny, "NUL or control bytes: a binary file"},
    CodeInfo{invalid_utf8, "invalid-utf8", E, kAny, "not UTF-8 (names the first bad byte)"},
    CodeInfo{yaml_syntax, "yaml-syntax", E, kAny,
             "not YAML (names the line), including nesting deeper than YAML allows"},
    CodeInfo{multiple_documents, "multiple-documents", E, kAny,
             "more than one YAML document (`---`)"},
    CodeInfo{git_show_failed, "git-show-failed", E, kAny,
             "`ci --base-ref` could not read the base roster from git"},

    CodeInfo{empty_file, "empty-file", E, kRoster, "nothing but comments or whitespace"},
    CodeInfo{top_level_not_mapping, "top-level-not-mapping", E, kRoster,
             "the top level is a list or text"},
    CodeInfo{role_not_list, "role-not-list", E, kRoster,
             "a role key whose value is not a list of people"},
    CodeInfo{entry_not_mapping, "entry-not-mapping", E, kRoster,
             "a list item that is not a person"},
    CodeInfo{field_not_text, "field-not-text", E, kRoster,
             "`name`, `gitee_id`, `gitee_home` or `email` holding a list or mapping"},
    CodeInfo{missing_identity, "missing-identity", E, kRoster,
             "neither `gitee_id` nor `gitee_home`"},
    CodeInfo{bad_gitee_home, "bad-gitee-home", E, kRoster,
             "`gitee_home` is not `https://gitee.com/<login>`"},
    CodeInfo{bad_gitee_id, "bad-gitee-id", E, kRoster,
             "`gitee_id` is not a login (a URL, spaces, ...)"},
    CodeInfo{placeholder_id, "placeholder-id", E, kRoster,
             "an id that stands for someone not yet known (`NA`, `TBD`, `TO_BE_CLARIFIED`, ...): "
             "the entry is nobody's and is not audited"},
    CodeInfo{bad_repo, "bad-repo", E, kRoster,
             "a sig-info `repo` that is not `owner/repo` (`mindspore` alone, a URL, spaces)"},
    CodeInfo{duplicate_entry, "duplicate-entry", E, kRoster,
             "the same person twice in one list (both lines named); `Members` and "
             "`Contributors` are one list"},
    CodeInfo{duplicate_key, "duplicate-key", E, kRoster,
             "a key written twice in one person (both lines named): YAML readers disagree on "
             "which value wins"},
    CodeInfo{roster_too_large, "roster-too-large", E, kRoster,
             "aliases that spell out far more than the text holds (reading stops there), or a "
             "sig-info group whose people times repositories run to millions (that list is not "
             "read)"},
    CodeInfo{rosters_disagree, "rosters-disagree", E, kRoster,
             "a SIG's two rosters (a `sig-info.yaml` and a `sig_members.yaml` in one folder, "
             "given to `lint` together) list someone differently: in one only, or at another rung"},
    CodeInfo{identity_mismatch, "identity-mismatch", W, kRoster,
             "`gitee_id` and `gitee_home` name different people (`gitee_id` wins)"},
    CodeInfo{ladder_gap, "ladder-gap", W, kRoster,
             "listed at a role but missing from a lower list the file has"},
    CodeInfo{name_mismatch, "name-mismatch", W, kRoster, "one login under different names"},
    CodeInfo{bad_email, "bad-email", W, kRoster, "an email that is not an address"},
    CodeInfo{unknown_role_key, "unknown-role-key", W, kRoster,
             "a near-miss of a role key (`Commiters`, `Reviewer`) or a list of people under an "
             "unknown key"},
    CodeInfo{unknown_key, "unknown-key", W, kRoster,
             "a key the format does not define and sigaudit does not read (with a did-you-mean); "
             "the template's own keys (`name`, `mentors`, `repo_admin`, `branches`, ...) are "
             "known"},
    CodeInfo{misplaced_group, "misplaced-group", W, kRoster,
             "a sig-info repository group (an item with `repo`) written under `maintainers` or "
             "`committers` instead of `repositories`; it is read as a group"},
    CodeInfo{unknown_field, "unknown-field", W, kRoster,
             "a key of a person that looks like a misspelt `name`, `gitee_id`, `gitee_home` or "
             "`email` (other keys are the SIG's own and never read)"},
    CodeInfo{duplicate_role_key, "duplicate-role-key", W, kRoster,
             "two keys for one role (`Members` and `Contributors`); both are read"},
    CodeInfo{no_role_lists, "no-role-lists", W, kRoster, "no role list at all"},

    CodeInfo{evidence_not_mapping, "evidence-not-mapping", E, kLedger,
             "the top level or an entry is not a mapping"},
    CodeInfo{evidence_not_list, "evidence-not-list", E, kLedger,
             "`evidence:` holds something other than a list"},
    CodeInfo{evidence_missing_field, "evidence-missing-field", E, kLedger,
             "no `evidence:` key, or an entry without login, type or date"},
    CodeInfo{evidence_unknown_key, "evidence-unknown-key", E, kLedger,
             "a key the format does not define (a typo, usually)"},
    CodeInfo{evidence_duplicate_key, "evidence-duplicate-key", E, kLedger,
             "a key written twice in one entry (both lines named)"},
    CodeInfo{evidence_not_text, "evidence-not-text", E, kLedger,
             "a field holding a list or a mapping"},
    CodeInfo{evidence_bad_login, "evidence-bad-login", E, kLedger,
             "a login that is not a Gitee login"},
    CodeInfo{evidence_unknown_type, "evidence-unknown-type", E, kLedger,
             "a type outside the fifteen known ones"},
    CodeInfo{evidence_bad_date, "evidence-bad-date", E, kLedger,
             "a date that is not a real YYYY-MM-DD day"},
    CodeInfo{evidence_bad_count, "evidence-bad-count", E, kLedger,
             "a count that is not a whole number from 1 to 1,000,000"},
    CodeInfo{evidence_bad_url, "evidence-bad-url", E, kLedger, "a url that is not an http(s) link"},
    CodeInfo{evidence_unknown_criterion, "evidence-unknown-criterion", E, kLedger,
             "a confirmation of a criterion the rules do not have, or one that asks for no "
             "confirmation"},
    CodeInfo{evidence_unknown_login, "evidence-unknown-login", W, kLedger,
             "a login neither the roster nor the Gitee data has: a typo would add a person"},
    CodeInfo{evidence_too_large, "evidence-too-large", E, kLedger,
             "aliases that spell out far more than the text holds (reading stops)"},

    CodeInfo{config_unknown_key, "config-unknown-key", E, kConfig,
             "a key the config does not define (with a did-you-mean)"},
    CodeInfo{config_duplicate_key, "config-duplicate-key", E, kConfig,
             "a setting or group written twice (both lines named)"},
    CodeInfo{config_bad_value, "config-bad-value", E, kConfig,
             "a value of the wrong shape or form (a URL without http, a time zone that is no "
             "UTC offset, a repository that is not owner/repo)"},
    CodeInfo{config_too_large, "config-too-large", E, kConfig,
             "aliases that spell out far more than the text holds (reading stops)"},

    CodeInfo{no_rule_files, "no-rule-files", E, kRules,
             "a rules directory that holds no `*.yaml` or `*.yml` file"},
    CodeInfo{rule_bad_value, "rule-bad-value", E, kRules,
             "a value of the wrong shape (a list where text belongs, an empty list, ...)"},
    CodeInfo{rule_unknown_key, "rule-unknown-key", E, kRules,
             "a key the syntax does not define, or one that does not fit the criterion"},
    CodeInfo{rule_duplicate_key, "rule-duplicate-key", E, kRules,
             "a key written twice in one mapping (both lines named)"},
    CodeInfo{rule_missing_key, "rule-missing-key", E, kRules,
             "a rule without id or criteria, a criterion without id, count without at_least, a "
             "window without each_month or in_window"},
    CodeInfo{rule_bad_criterion, "rule-bad-criterion", E, kRules,
             "a criterion with no type key or several, or a sum item that is no count"},
    CodeInfo{rule_unknown_kind, "rule-unknown-kind", E, kRules,
             "a count of something that is neither an activity kind nor a ledger type"},
    CodeInfo{rule_unknown_role, "rule-unknown-role", E, kRules,
             "a role or prerequisite that is not member, reviewer, committer or maintainer"},
    CodeInfo{rule_unknown_group, "rule-unknown-group", E, kRules,
             "a repository group no file (and no config override) defines"},
    CodeInfo{rule_unknown_rule, "rule-unknown-rule", E, kRules,
             "`meets` names a rule no file defines"},
    CodeInfo{rule_bad_filter, "rule-bad-filter", E, kRules,
             "a filter or `distinct` that the counted kind never matches"},
    CodeInfo{rule_bad_threshold, "rule-bad-threshold", E, kRules,
             "`at_least` that is not a whole number from 0 to 1,000,000,000"},
    CodeInfo{rule_bad_id, "rule-bad-id", E, kRules,
             "a rule or criterion id that is not kebab-case; a bad group name"},
    CodeInfo{rule_duplicate_id, "rule-duplicate-id", E, kRules,
             "a rule id used twice (across files) or a criterion id twice in a rule"},
    CodeInfo{rule_duplicate_role, "rule-duplicate-role", E, kRules,
             "two rules admitting to the same role"},
    CodeInfo{rule_group_conflict, "rule-group-conflict", E, kRules,
             "one group defined differently in two files"},
    CodeInfo{rule_cycle, "rule-cycle", E, kRules,
             "rules that `meets` each other in a circle, or roles that `requires` each other"},
    CodeInfo{rule_too_deep, "rule-too-deep", E, kRules, "criteria nested more than 32 levels"},
    CodeInfo{rule_too_large, "rule-too-large", E, kRules,
             "a file (or its aliases) spelling out too much to be a rule file, or a rule set "
             "past 10,000 criteria to measure per person"},
    CodeInfo{rule_unused_group, "rule-unused-group", W, kRules, "a group no rule uses"},
    CodeInfo{rule_no_rules, "rule-no-rules", W, kRules, "a file that defines no rules"},
};

constexpr bool in_enum_order() {
    for (std::size_t i = 0; i < kCodeTable.size(); ++i) {
        if (static_cast<std::size_t>(kCodeTable[i].code) != i) {
            return false;
        }
    }
    return static_cast<std::size_t>(rule_no_rules) + 1 == kCodeTable.size();
}
static_assert(in_enum_order(), "kCodeTable must list every Code once, in the enum's order");

}  // namespace

std::string_view to_string(Severity severity) {
    return severity == Severity::error ? "error" : "warning";
}

std::span<const CodeInfo> all_codes() {
    return kCodeTable;
}

const CodeInfo& code_info(Code code) {
    return kCodeTable[static_cast<std::size_t>(code)];
}

std::string_view code_name(Code code) {
    return code_info(code).name;
}

Severity code_severity(Code code) {
    return code_info(code).severity;
}

std::string_view code_input_title(CodeInput input) {
    switch (input) {
        case CodeInput::any_file:
            return "Any input file";
        case CodeInput::roster:
            return "Rosters (`sig_members.yaml`, `sig-info.yaml`)";
        case CodeInput::evidence:
            return "The evidence ledger (`evidence.yaml`)";
        case CodeInput::config:
            return "The config (`sigaudit.yaml`)";
        case CodeInput::rules:
            return "Rule files";
    }
    return "";
}

std::ostream& operator<<(std::ostream& out, Code code) {
    return out << code_name(code);
}

}  // namespace sigaudit
