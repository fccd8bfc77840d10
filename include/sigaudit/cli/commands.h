#pragma once

// Every subcommand as an options struct (its flags), a bind function that
// attaches the flags to a CLI11 command, and a run function that loads the
// inputs, calls the audit layer and renders: gh's Options / NewCmd / run.
// Tests call run_* in process with Deps of their own.

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "sigaudit/cli/deps.h"
#include "sigaudit/cli/flags.h"
#include "sigaudit/common/exit_code.h"

namespace sigaudit {

// sigaudit lint FILE...
struct LintOptions {
    std::vector<std::string> files;
    OutputFlags output;
};
void bind_lint(CLI::App& command, LintOptions& options);
ExitCode run_lint(const LintOptions& options, Deps& deps);

// sigaudit fetch [--repo OWNER/REPO]...
struct FetchCommandOptions {
    std::vector<std::string> repos;
    std::string roster;  // whose SIG repositories the rules' `sig` group means
    RuleFlags rules;
    DataFlags data;
    OutputFlags output;
};
void bind_fetch(CLI::App& command, FetchCommandOptions& options);
ExitCode run_fetch(const FetchCommandOptions& options, Deps& deps);

// sigaudit audit ROSTER
struct AuditOptions {
    std::string roster;
    bool discover = false;
    EvaluationFlags evaluation;
};
void bind_audit(CLI::App& command, AuditOptions& options);
ExitCode run_audit(const AuditOptions& options, Deps& deps);

// sigaudit check LOGIN [--roster ROSTER]
struct CheckOptions {
    std::string login;
    std::string roster;
    EvaluationFlags evaluation;
};
void bind_check(CLI::App& command, CheckOptions& options);
ExitCode run_check(const CheckOptions& options, Deps& deps);

// sigaudit ci --base OLD | --base-ref REF --head NEW
struct CiOptions {
    std::string base;
    std::string base_ref;
    std::string head;
    // Count no role as justified that needs ledger entries the change adds.
    bool ignore_new_evidence = false;
    EvaluationFlags evaluation;
};
void bind_ci(CLI::App& command, CiOptions& options);
ExitCode run_ci(const CiOptions& options, Deps& deps);

// sigaudit store status
struct StoreOptions {
    std::string store;   // empty: the config's, else the cache path
    std::string config;  // for its store: and time_zone:
    OutputFlags output;
};
void bind_store(CLI::App& command, StoreOptions& options);
ExitCode run_store(const StoreOptions& options, Deps& deps);

// sigaudit rules check|list|explain
struct RulesOptions {
    enum class Action { check, list, explain };
    Action action = Action::check;
    std::vector<std::string> paths;  // positional: files or directories
    std::string rule_id;             // explain
    RuleFlags rules;
    OutputFlags output;
};
// Adds the three actions under `command` (they share one options struct).
void bind_rules(CLI::App& command, RulesOptions& options);
ExitCode run_rules(const RulesOptions& options, Deps& deps);

// sigaudit completion bash|zsh|fish
struct CompletionOptions {
    std::string shell;
    const CLI::App* program = nullptr;  // the tree the script completes
};
void bind_completion(CLI::App& command, CompletionOptions& options);
ExitCode run_completion(const CompletionOptions& options, Deps& deps);

// sigaudit help [COMMAND...]
struct HelpOptions {
    std::vector<std::string> words;     // the command, e.g. {"rules", "check"}; empty: the program
    const CLI::App* program = nullptr;  // the tree the words are looked up in
};
void bind_help(CLI::App& command, HelpOptions& options);
ExitCode run_help(const HelpOptions& options, Deps& deps);

}  // namespace sigaudit
