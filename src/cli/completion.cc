#include "completion.h"

#include <algorithm>

#include <fmt/format.h>

namespace sigaudit {

namespace {

// "text|markdown|json" (how flags.cc names a choice: its values, in lower
// case, where other types are upper case: FILE, N) or "TEXT:{bash,zsh,fish}"
// (CLI11's IsMember in the type) → the values.
std::vector<std::string> choices_in(const std::string& type_name) {
    const bool named_values =
        !type_name.empty() && std::none_of(type_name.begin(), type_name.end(), [](char c) {
            return (c >= 'A' && c <= 'Z') || c == ':' || c == ' ';
        });
    if (named_values) {
        std::vector<std::string> out;
        std::size_t begin = 0;
        for (std::size_t bar = type_name.find('|'); bar != std::string::npos;
             begin = bar + 1, bar = type_name.find('|', begin)) {
            out.push_back(type_name.substr(begin, bar - begin));
        }
        out.push_back(type_name.substr(begin));
        return out;
    }
    const std::size_t open = type_name.find('{');
    const std::size_t close = type_name.rfind('}');
    std::vector<std::string> out;
    if (open == std::string::npos || close == std::string::npos || close < open) {
        return out;
    }
    std::string value;
    for (const char c : type_name.substr(open + 1, close - open - 1)) {
        if (c == ',') {
            out.push_back(value);
            value.clear();
        } else {
            value += c;
        }
    }
    out.push_back(value);
    return out;
}

FlagSpec flag_spec(const CLI::Option& option) {
    FlagSpec flag;
    for (const std::string& name : option.get_lnames()) {
        flag.names.push_back("--" + name);
    }
    for (const std::string& name : option.get_snames()) {
        flag.names.push_back("-" + name);
    }
    flag.takes_value = option.get_items_expected_max() > 0;
    flag.choices = choices_in(option.get_type_name());
    flag.description = option.get_description();
    return flag;
}

// A command's place in the tree as the words that lead to it: "rules/check".
struct Path {
    std::string words;  // "" for the program, else "/rules/check"
    const CommandSpec* command;
};

void collect(const CommandSpec& command, const std::string& words, std::vector<Path>& out) {
    out.push_back({words, &command});
    for (const CommandSpec& sub : command.commands) {
        collect(sub, words + "/" + sub.name, out);
    }
}

std::vector<Path> paths_of(const CommandSpec& spec) {
    std::vector<Path> out;
    collect(spec, "", out);
    return out;
}

// Inside single quotes, for bash and zsh.
std::string single_quoted(const std::string& text) {
    std::string out = "'";
    for (const char c : text) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

std::string words_of(const CommandSpec& command, bool flags) {
    std::string out;
    if (!flags) {
        for (const CommandSpec& sub : command.commands) {
            out += (out.empty() ? "" : " ") + sub.name;
        }
        return out;
    }
    for (const FlagSpec& flag : command.flags) {
        for (const std::string& name : flag.names) {
            out += (out.empty() ? "" : " ") + name;
        }
    }
    return out;
}

// The case arms that find the command a line is in: a word moves down the
// tree only when it names a subcommand of where the line already is.
std::string path_arms(const std::vector<Path>& paths) {
    std::string arms;
    for (const Path& path : paths) {
        if (!path.words.empty()) {
            arms += path.words + "|";
        }
    }
    arms.pop_back();
    return arms;
}

std::string bash_script(const CommandSpec& spec) {
    const std::vector<Path> paths = paths_of(spec);
    std::string values;
    std::string words;
    for (const Path& path : paths) {
        for (const FlagSpec& flag : path.command->flags) {
            if (!flag.choices.empty()) {
                for (const std::string& name : flag.names) {
                    std::string list;
                    for (const std::string& choice : flag.choices) {
                        list += (list.empty() ? "" : " ") + choice;
                    }
                    values += fmt::format("        '{}:{}') choices={} ;;\n", path.words, name,
                                          single_quoted(list));
                }
            }
        }
        std::string commands = words_of(*path.command, false);
        for (const std::string& argument : path.command->arguments) {
            commands += (commands.empty() ? "" : " ") + argument;
        }
        words += fmt::format("        '{}') commands={} flags={} ;;\n", path.words,
                             single_quoted(commands), single_quoted(words_of(*path.command, true)));
    }
    return fmt::format(
        R"(# bash completion for {0}, written by `{0} completion bash`.
_{0}() {{
    local cur="${{COMP_WORDS[COMP_CWORD]}}" prev="${{COMP_WORDS[COMP_CWORD-1]}}"
    local at="" word i choices="" commands="" flags=""
    for ((i = 1; i < COMP_CWORD; i++)); do
        word="${{COMP_WORDS[i]}}"
        case "$at/$word" in
            {1}) at="$at/$word" ;;
        esac
    done
    case "$at:$prev" in
{2}    esac
    if [[ -n "$choices" ]]; then
        COMPREPLY=($(compgen -W "$choices" -- "$cur"))
        return
    fi
    case "$at" in
{3}    esac
    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "$flags" -- "$cur"))
    elif [[ -n "$commands" ]]; then
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
    fi
}}
complete -o default -F _{0} {0}
)",
        spec.name, path_arms(paths), values, words);
}

// zsh: `path` is the shell's own array (PATH), hence `at`.
std::string zsh_script(const CommandSpec& spec) {
    const std::vector<Path> paths = paths_of(spec);
    std::string values;
    std::string words;
    for (const Path& path : paths) {
        for (const FlagSpec& flag : path.command->flags) {
            for (const std::string& name : flag.names) {
                if (!flag.choices.empty()) {
                    std::string list;
                    for (const std::string& choice : flag.choices) {
                        list += " " + single_quoted(choice);
                    }
                    values += fmt::format("        '{}:{}') compadd --{}; return ;;\n", path.words,
                                          name, list);
                }
            }
        }
        std::string described;
        for (const CommandSpec& sub : path.command->commands) {
            std::string entry = sub.name + ":" + sub.description;
            described += " " + single_quoted(entry);
        }
        for (const std::string& argument : path.command->arguments) {
            described += " " + single_quoted(argument);
        }
        std::string flag_list;
        for (const FlagSpec& flag : path.command->flags) {
            for (const std::string& name : flag.names) {
                std::string description = flag.description;
                for (std::size_t at = description.find(':'); at != std::string::npos;
                     at = description.find(':', at + 2)) {
                    description.insert(at, "\\");
                }
                flag_list += " " + single_quoted(name + ":" + description);
            }
        }
        words += fmt::format("        '{}') commands=({}) flags=({}) ;;\n", path.words, described,
                             flag_list);
    }
    return fmt::format(
        R"(#compdef {0}
# zsh completion for {0}, written by `{0} completion zsh`.
_{0}() {{
    local at="" word i
    local -a commands flags
    for ((i = 2; i < CURRENT; i++)); do
        word="${{words[i]}}"
        case "$at/$word" in
            {1}) at="$at/$word" ;;
        esac
    done
    case "$at:${{words[CURRENT-1]}}" in
{2}    esac
    case "$at" in
{3}    esac
    if [[ "${{words[CURRENT]}}" == -* ]]; then
        _describe -t flags 'flag' flags
    elif (( ${{#commands}} )); then
        _describe -t commands 'command' commands
    else
        _files
    fi
}}
if [[ "$funcstack[1]" == "_{0}" ]]; then
    _{0} "$@"
else
    compdef _{0} {0}
fi
)",
        spec.name, path_arms(paths), values, words);
}

// Inside fish's single quotes: backslash and quote are escaped.
std::string fish_quoted(const std::string& text) {
    std::string out = "'";
    for (const char c : text) {
        if (c == '\\' || c == '\'') {
            out += '\\';
        }
        out += c;
    }
    return out + "'";
}

// The fish condition "the line is at `path`": each of its words seen; at
// the top level no other command seen (`check` is also `rules check`); and
// none of its own subcommands yet.
std::string fish_condition(const Path& path, const CommandSpec& spec) {
    std::vector<std::string> parts;
    std::vector<std::string> words;
    for (std::size_t at = 1; at <= path.words.size() && !path.words.empty();) {
        const std::size_t next = std::min(path.words.find('/', at), path.words.size());
        words.push_back(path.words.substr(at, next - at));
        at = next + 1;
    }
    for (const std::string& word : words) {
        parts.push_back("__fish_seen_subcommand_from " + word);
    }
    if (words.size() == 1) {
        std::string others;
        for (const CommandSpec& top : spec.commands) {
            if (top.name != words.front()) {
                others += " " + top.name;
            }
        }
        parts.push_back("not __fish_seen_subcommand_from" + others);
    }
    const std::string below = words_of(*path.command, false);
    if (!below.empty()) {
        parts.push_back("not __fish_seen_subcommand_from " + below);
    }
    std::string condition;
    for (const std::string& part : parts) {
        condition += (condition.empty() ? "" : "; and ") + part;
    }
    return condition.empty() ? "true" : condition;
}

std::string fish_script(const CommandSpec& spec) {
    std::string out = fmt::format(
        "# fish completion for {0}, written by `{0} completion fish`.\ncomplete -c {0} -f\n",
        spec.name);
    for (const Path& path : paths_of(spec)) {
        const std::string condition = fish_quoted(fish_condition(path, spec));
        for (const CommandSpec& sub : path.command->commands) {
            out += fmt::format("complete -c {} -n {} -a {} -d {}\n", spec.name, condition,
                               fish_quoted(sub.name), fish_quoted(sub.description));
        }
        for (const FlagSpec& flag : path.command->flags) {
            std::string names;
            for (const std::string& name : flag.names) {
                names +=
                    name.rfind("--", 0) == 0 ? " -l " + name.substr(2) : " -s " + name.substr(1);
            }
            std::string value = flag.takes_value ? " -r -F" : "";
            if (!flag.choices.empty()) {
                std::string list;
                for (const std::string& choice : flag.choices) {
                    list += (list.empty() ? "" : " ") + choice;
                }
                value = " -x -a " + fish_quoted(list);
            }
            out += fmt::format("complete -c {} -n {}{}{} -d {}\n", spec.name, condition, names,
                               value, fish_quoted(flag.description));
        }
        for (const std::string& argument : path.command->arguments) {
            out += fmt::format("complete -c {} -n {} -a {}\n", spec.name, condition,
                               fish_quoted(argument));
        }
        if (path.command->commands.empty() && !path.words.empty()) {
            out += fmt::format("complete -c {} -n {} -F\n", spec.name, condition);
        }
    }
    return out;
}

}  // namespace

CommandSpec command_spec(const CLI::App& app) {
    CommandSpec spec{app.get_name(), app.get_description(), {}, {}, {}};
    for (const CLI::Option* option : app.get_options()) {
        if (option->nonpositional()) {
            spec.flags.push_back(flag_spec(*option));
        } else {
            const std::vector<std::string> choices = choices_in(option->get_type_name());
            spec.arguments.insert(spec.arguments.end(), choices.begin(), choices.end());
        }
    }
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
        spec.commands.push_back(command_spec(*sub));
    }
    return spec;
}

std::string completion_script(const CommandSpec& spec, const std::string& shell) {
    if (shell == "zsh") {
        return zsh_script(spec);
    }
    if (shell == "fish") {
        return fish_script(spec);
    }
    return bash_script(spec);
}

}  // namespace sigaudit
