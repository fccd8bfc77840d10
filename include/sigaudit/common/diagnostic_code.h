#pragma once

#include <cstdint>
#include <iosfwd>
#include <span>
#include <string_view>

namespace sigaudit {

enum class Severity { error, warning };

std::string_view to_string(Severity severity);

// Every finding sigaudit can make about an input file. Each code has one
// stable kebab-case name (scripts match on it), one severity and one
// description; kCodeTable in diagnostic_code.cc holds all three, and
// docs/diagnostics.md is checked against it by a test.
enum class Code : std::uint8_t {
    // Any input file
    file_unreadable,
    file_too_large,
    not_text,
    invalid_utf8,
    yaml_syntax,
    multiple_documents,
    git_show_failed,
    // Rosters (sig_members.yaml, sig-info.yaml)
    empty_file,
    top_level_not_mapping,
    role_not_list,
    entry_not_mapping,
    field_not_text,
    missing_identity,
    bad_gitee_home,
    bad_gitee_id,
    placeholder_id,
    bad_repo,
    duplicate_entry,
    duplicate_key,
    roster_too_large,
    rosters_disagree,
    identity_mismatch,
    ladder_gap,
    name_mismatch,
    bad_email,
    unknown_role_key,
    unknown_key,
    misplaced_group,
    unknown_field,
    duplicate_role_key,
    no_role_lists,
    // The evidence ledger (evidence.yaml)
    evidence_not_mapping,
    evidence_not_list,
    evidence_missing_field,
    evidence_unknown_key,
    evidence_duplicate_key,
    evidence_not_text,
    evidence_bad_login,
    evidence_unknown_type,
    evidence_bad_date,
    evidence_bad_count,
    evidence_bad_url,
    evidence_unknown_criterion,
    evidence_unknown_login,
    evidence_too_large,
    // The config (sigaudit.yaml)
    config_unknown_key,
    config_duplicate_key,
    config_bad_value,
    config_too_large,
    // Rule files
    no_rule_files,
    rule_bad_value,
    rule_unknown_key,
    rule_duplicate_key,
    rule_missing_key,
    rule_bad_criterion,
    rule_unknown_kind,
    rule_unknown_role,
    rule_unknown_group,
    rule_unknown_rule,
    rule_bad_filter,
    rule_bad_threshold,
    rule_bad_id,
    rule_duplicate_id,
    rule_duplicate_role,
    rule_group_conflict,
    rule_cycle,
    rule_too_deep,
    rule_too_large,
    rule_unused_group,
    rule_no_rules,
};

// Which input a code is about, for the documentation's sections.
enum class CodeInput { any_file, roster, evidence, config, rules };

struct CodeInfo {
    Code code;
    std::string_view name;  // "rule-unknown-key"
    Severity severity;
    CodeInput input;
    std::string_view description;  // what the finding means, in a sentence
};

std::span<const CodeInfo> all_codes();
const CodeInfo& code_info(Code code);
std::string_view code_name(Code code);
Severity code_severity(Code code);
std::string_view code_input_title(CodeInput input);

// For test failure messages: the code's name.
std::ostream& operator<<(std::ostream& out, Code code);

}  // namespace sigaudit
