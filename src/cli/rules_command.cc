#include "rules_command.h"

#include <cstdio>
#include <memory>

#include "output_flags.h"
#include "rule_source.h"
#include "sigaudit/common/exit_code.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/report/diagnostic_text.h"
#include "sigaudit/report/rules_report.h"

namespace sigaudit {

namespace {

struct RulesFlags {
    RuleFlags rules;
    std::vector<std::string> positional_paths;
    std::string rule_id;
    OutputFlags output;
};

void print(const std::string& text, std::FILE* stream = stdout) {
    std::fwrite(text.data(), 1, text.size(), stream);
}

// Loads the rules; on any error prints the findings to stderr and gives the exit code.
std::optional<LoadedRules> load_or_report(const RulesFlags& flags, int& exit_code) {
    try {
        LoadedRules loaded = load_rule_paths(flags.rules, flags.positional_paths);
        if (loaded.load.usable()) {
            return loaded;
        }
        print(render_rules_check_text(loaded.load.diagnostics, 0, loaded.files,
                                      stdout_style(flags.output), false),
              stderr);
    } catch (const InputError& e) {
        std::string out;
        render_diagnostic(out, e.diagnostic(), stdout_style(flags.output), false);
        print(out, stderr);
    }
    exit_code = kExitBadInput;
    return std::nullopt;
}

int run_check(const RulesFlags& flags) {
    try {
        const LoadedRules loaded = load_rule_paths(flags.rules, flags.positional_paths);
        print(render_rules_check_text(
            loaded.load.diagnostics, loaded.load.usable() ? loaded.load.value->rules.size() : 0,
            loaded.files, stdout_style(flags.output), flags.output.quiet));
        return has_errors(loaded.load.diagnostics) ? kExitBadInput : kExitOk;
    } catch (const InputError& e) {
        std::string out;
        render_diagnostic(out, e.diagnostic(), stdout_style(flags.output), flags.output.quiet);
        print(out);
        return kExitBadInput;
    }
}

int run_list(const RulesFlags& flags) {
    int exit_code = kExitOk;
    if (const auto loaded = load_or_report(flags, exit_code)) {
        print(flags.output.format == "json"
                  ? render_rules_list_json(*loaded->load.value)
                  : render_rules_list_text(*loaded->load.value, stdout_style(flags.output)));
    }
    return exit_code;
}

int run_explain(const RulesFlags& flags) {
    int exit_code = kExitOk;
    const auto loaded = load_or_report(flags, exit_code);
    if (!loaded) {
        return exit_code;
    }
    const RuleSet& rules = *loaded->load.value;
    const Rule* rule = rules.find(to_lower_ascii(flags.rule_id));
    if (rule == nullptr) {
        std::vector<std::string> known;
        for (const Rule& candidate : rules.rules) {
            known.push_back(candidate.id);
        }
        print("sigaudit: no rule '" + flags.rule_id + "'; the rules are " +
                  join_words(known, " and ") + "\n",
              stderr);
        return kExitBadInput;
    }
    print(render_rule_explanation(*rule, stdout_style(flags.output)));
    return kExitOk;
}

}  // namespace

void add_rules_command(CLI::App& app, int& exit_code) {
    auto flags = std::make_shared<RulesFlags>();
    CLI::App* rules = app.add_subcommand("rules", "Validate, list and explain rule files");
    rules->require_subcommand(1);

    CLI::App* check =
        rules->add_subcommand("check", "Validate rule files (exit 0 valid, 2 invalid)");
    check->add_option("PATH", flags->positional_paths,
                      "Rule files or directories (default: the shipped rules)");
    add_rule_flags(*check, flags->rules);
    add_output_flags(*check, flags->output, {"text"});
    check->callback([flags, &exit_code] { exit_code = run_check(*flags); });

    CLI::App* list = rules->add_subcommand("list", "List the rules");
    list->add_option("PATH", flags->positional_paths,
                     "Rule files or directories (default: the shipped rules)");
    add_rule_flags(*list, flags->rules);
    add_output_flags(*list, flags->output, {"text", "json"});
    list->callback([flags, &exit_code] { exit_code = run_list(*flags); });

    CLI::App* explain =
        rules->add_subcommand("explain", "Explain a rule's criteria in plain words");
    explain->add_option("RULE", flags->rule_id, "Rule id, e.g. reviewer")->required();
    add_rule_flags(*explain, flags->rules);
    add_output_flags(*explain, flags->output, {"text"});
    explain->callback([flags, &exit_code] { exit_code = run_explain(*flags); });
}

}  // namespace sigaudit
