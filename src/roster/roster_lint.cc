#include "sigaudit/roster/roster_lint.h"
#include "sigaudit/roster/roster_loader.h"

#include <map>
#include <set>

#include <fmt/format.h>

#include "sigaudit/common/strings.h"
#include "sigaudit/roster/roster_parser.h"

namespace sigaudit {

namespace {

// Entries stand in the same list when they share role and repository group;
// "Members" and "Contributors" are one list.
std::string list_identity(const RosterEntry& entry) {
    std::string identity(role_id(entry.role));
    for (const std::string& repo : entry.repositories) {
        identity += '\n' + repo;
    }
    return identity;
}

void check_duplicates(const Roster& roster, std::vector<Diagnostic>& out) {
    std::map<std::pair<std::string, std::string>, const RosterEntry*> first_seen;
    for (const RosterEntry& entry : roster.entries()) {
        if (entry.login.empty()) {
            continue;
        }
        const auto [it, inserted] =
            first_seen.emplace(std::pair(list_identity(entry), entry.login), &entry);
        if (inserted) {
            continue;
        }
        const RosterEntry& first = *it->second;
        const std::string where =
            first.list_key == entry.list_key
                ? fmt::format("under '{}' at lines {} and {}", entry.list_key, first.where.line,
                              entry.where.line)
                : fmt::format("under '{}' at line {} and under '{}' at line {}", first.list_key,
                              first.where.line, entry.list_key, entry.where.line);
        out.push_back(make_diagnostic(
            Code::duplicate_entry, entry.where,
            fmt::format("'{}' is listed twice {}; remove one", entry.login, where)));
    }
}

std::string normalize_name(std::string_view name) {
    std::string out;
    for (char c : trim(name)) {
        const bool space = c == ' ' || c == '\t';
        if (space && (out.empty() || out.back() == ' ')) {
            continue;
        }
        out += space ? ' ' : c;
    }
    return to_lower_ascii(out);
}

void check_names(const Roster& roster, std::vector<Diagnostic>& out) {
    std::map<std::string, const RosterEntry*> first_named;
    std::set<std::pair<std::string, std::string>> reported;
    for (const RosterEntry& entry : roster.entries()) {
        if (entry.login.empty() || entry.name.empty()) {
            continue;
        }
        const auto [it, inserted] = first_named.emplace(entry.login, &entry);
        const RosterEntry& first = *it->second;
        const std::string name = normalize_name(entry.name);
        if (inserted || name == normalize_name(first.name) ||
            !reported.emplace(entry.login, name).second) {
            continue;
        }
        out.push_back(
            make_diagnostic(Code::name_mismatch, entry.where,
                            fmt::format("'{}' is named '{}' here but '{}' at line {}", entry.login,
                                        entry.name, first.name, first.where.line)));
    }
}

// A gap is reported only against lists the file uses: a SIG without any
// Reviewers list has no ladder gap at Reviewer.
void check_ladder_gaps(const Roster& roster, std::vector<Diagnostic>& out) {
    if (roster.format() != RosterFormat::sig_members) {
        return;  // sig-info.yaml has no member or reviewer lists to climb through
    }
    std::map<Role, std::string> key_of_role;
    for (const RosterEntry& entry : roster.entries()) {
        if (!entry.login.empty()) {
            key_of_role.emplace(entry.role, entry.list_key);
        }
    }
    std::set<std::string> reported;
    for (const RosterEntry& entry : roster.entries()) {
        if (entry.login.empty() || roster.highest_role(entry.login) != entry.role ||
            !reported.insert(entry.login).second) {
            continue;
        }
        std::vector<std::string> missing;
        for (auto it = kLadder.rbegin(); it != kLadder.rend(); ++it) {
            const Role lower = *it;
            if (lower < entry.role && key_of_role.count(lower) > 0 &&
                !roster.lists(entry.login, lower)) {
                missing.push_back(key_of_role[lower]);
            }
        }
        if (!missing.empty()) {
            out.push_back(
                make_diagnostic(Code::ladder_gap, entry.where,
                                fmt::format("'{}' is listed under '{}' but not under {}; "
                                            "sigaudit counts a {} as holding every "
                                            "lower role",
                                            entry.login, entry.list_key, join_words(missing),
                                            role_title(entry.role))));
        }
    }
}

}  // namespace

std::vector<Diagnostic> lint_roster(const Roster& roster) {
    std::vector<Diagnostic> out;
    check_duplicates(roster, out);
    check_names(roster, out);
    check_ladder_gaps(roster, out);
    return out;
}

Loaded<Roster> load_roster(const TextFile& file) {
    Loaded<Roster> loaded;
    try {
        RosterParse parse = parse_roster(file);
        loaded.diagnostics = std::move(parse.diagnostics);
        std::vector<Diagnostic> whole_roster = lint_roster(parse.roster);
        loaded.diagnostics.insert(loaded.diagnostics.end(), whole_roster.begin(),
                                  whole_roster.end());
        loaded.value = std::move(parse.roster);
    } catch (const InputError& e) {
        loaded.diagnostics = e.diagnostics();
    }
    settle_findings(loaded.diagnostics, std::span(&file, 1));
    return loaded;
}

}  // namespace sigaudit
