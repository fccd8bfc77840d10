#include "inputs.h"
#include "report_output.h"
#include "sigaudit/audit/lint_report.h"
#include "sigaudit/cli/commands.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/report/renderer.h"

namespace sigaudit {

namespace {

void add_paths(CLI::App& command, RulesOptions& options) {
    command
        .add_option("PATH", options.paths, "Rule files or directories (default: the shipped rules)")
        ->type_name("PATH");
    add_rule_flags(command, options.rules);
}

// `check` reports the findings as its answer; the others need usable rules.
ExitCode check_rules(const RuleLoad& load, const RulesOptions& options, Deps& deps) {
    const RulesCheckReport report{load.rules.diagnostics,
                                  load.rules.usable() ? load.rules.value->rules.size() : 0,
                                  load.files, load.digest};
    print_report(report, options.output, deps);
    return exit_code(report);
}

ExitCode explain_rule(const RuleSet& rules, const RulesOptions& options, Deps& deps) {
    const Rule* rule = rules.find(to_lower_ascii(options.rule_id));
    if (rule == nullptr) {
        std::vector<std::string> known;
        for (const Rule& candidate : rules.rules) {
            known.push_back(candidate.id);
        }
        throw UsageError("no rule '" + options.rule_id + "'; the rules are " +
                         join_words(known, " and "));
    }
    print_report(*rule, options.output, deps);
    return kExitOk;
}

}  // namespace

void bind_rules(CLI::App& command, RulesOptions& options) {
    command.require_subcommand(1);
    CLI::App* check =
        command.add_subcommand("check", "Validate rule files (exit 0 valid, 2 invalid)");
    add_paths(*check, options);
    add_output_flags(*check, options.output, formats_of<RulesCheckReport>());
    check->callback([&options] { options.action = RulesOptions::Action::check; });

    CLI::App* list = command.add_subcommand("list", "List the rules");
    add_paths(*list, options);
    add_output_flags(*list, options.output, formats_of<RuleSet>());
    list->callback([&options] { options.action = RulesOptions::Action::list; });

    CLI::App* explain =
        command.add_subcommand("explain", "Explain a rule's criteria in plain words");
    explain->add_option("RULE", options.rule_id, "Rule id, e.g. reviewer")->required();
    add_rule_flags(*explain, options.rules);
    add_output_flags(*explain, options.output, formats_of<Rule>());
    explain->callback([&options] { options.action = RulesOptions::Action::explain; });
}

ExitCode run_rules(const RulesOptions& options, Deps& deps) {
    const Config config = load_config_flag(options.rules.config);
    RuleLoad load = load_rule_flags(options.rules, config.groups, deps, options.paths);
    if (options.action == RulesOptions::Action::check) {
        return check_rules(load, options, deps);
    }
    const RuleSet rules = require(std::move(load.rules));
    if (options.action == RulesOptions::Action::list) {
        print_report(rules, options.output, deps);
        return kExitOk;
    }
    return explain_rule(rules, options, deps);
}

}  // namespace sigaudit
