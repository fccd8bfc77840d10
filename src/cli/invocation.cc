#include "invocation.h"

#include <fmt/format.h>

#include "sigaudit/common/errors.h"
#include "sigaudit/common/strings.h"

namespace sigaudit {

namespace {

std::vector<const CLI::App*> subcommands_of(const CLI::App& command) {
    return command.get_subcommands([](const CLI::App*) { return true; });
}

const CLI::App* subcommand(const CLI::App& command, const std::string& name) {
    for (const CLI::App* sub : subcommands_of(command)) {
        if (sub->get_name() == name) {
            return sub;
        }
    }
    return nullptr;
}

std::string hint_for(std::string_view word, const std::vector<std::string>& known,
                     const std::string& where) {
    std::vector<std::string_view> views(known.begin(), known.end());
    if (const auto meant = likely_meant(word, views)) {
        return fmt::format("did you mean '{}'? `{}` lists them all", *meant, where);
    }
    return fmt::format("`{}` lists them all", where);
}

// "rules: " for a command's messages, nothing for the program's: the
// error printer already begins each line with "sigaudit: ".
std::string message_prefix(const CLI::App& command) {
    const std::string path = command_path(command);
    return path == "sigaudit" ? "" : path.substr(9) + ": ";
}

}  // namespace

std::string command_path(const CLI::App& command) {
    const CLI::App* parent = command.get_parent();
    return parent == nullptr ? command.get_name()
                             : command_path(*parent) + " " + command.get_name();
}

void unknown_command(const CLI::App& command, const std::string& word) {
    std::vector<std::string> names;
    for (const CLI::App* sub : subcommands_of(command)) {
        names.push_back(sub->get_name());
    }
    throw UsageError(fmt::format("{}'{}' is not a command", message_prefix(command), word),
                     hint_for(word, names, command_path(command) + " --help"));
}

namespace {

// Every name a flag of `command` answers to: "--format", "-q".
std::vector<std::string> flag_names(const CLI::App& command) {
    std::vector<std::string> names;
    for (const CLI::Option* option : command.get_options()) {
        for (const std::string& name : option->get_lnames()) {
            names.push_back("--" + name);
        }
        for (const std::string& name : option->get_snames()) {
            names.push_back("-" + name);
        }
    }
    return names;
}

void check_flag(const CLI::App& command, const std::string& word) {
    const std::string flag = word.substr(0, word.find('='));
    const std::vector<std::string> known = flag_names(command);
    // "-j4" and "-qv" are short flags run together; CLI11 reads those itself.
    const bool short_cluster = flag.size() > 2 && flag[1] != '-';
    if (short_cluster || std::find(known.begin(), known.end(), flag) != known.end()) {
        return;
    }
    const std::string path = command_path(command);
    throw UsageError(fmt::format("{}there is no flag {}", message_prefix(command), flag),
                     hint_for(flag, known, "sigaudit help" + path.substr(8)));
}

}  // namespace

void check_invocation(const CLI::App& program, const std::vector<std::string>& args) {
    const CLI::App* at = &program;
    bool past_flags = false;
    for (const std::string& word : args) {
        if (word == "--") {
            past_flags = true;  // what follows is arguments, whatever they look like
        } else if (!past_flags && word.size() > 1 && word[0] == '-') {
            check_flag(*at, word);
        } else if (at == &program || !subcommands_of(*at).empty()) {
            const CLI::App* next = subcommand(*at, word);
            if (next == nullptr) {
                unknown_command(*at, word);
            }
            at = next;
        }
    }
    if (at == &program && std::find(args.begin(), args.end(), "--help") == args.end() &&
        std::find(args.begin(), args.end(), "-h") == args.end() &&
        std::find(args.begin(), args.end(), "--version") == args.end()) {
        throw UsageError("give a command: sigaudit audit, check, ci, lint, fetch, rules, store",
                         "`sigaudit --help` says what each does");
    }
}

const CLI::App& command_named(const CLI::App& program, const std::vector<std::string>& words) {
    const CLI::App* at = &program;
    for (const std::string& word : words) {
        const CLI::App* next = subcommand(*at, word);
        if (next == nullptr) {
            unknown_command(*at, word);
        }
        at = next;
    }
    return *at;
}

}  // namespace sigaudit
