#include "sigaudit/report/lint_report.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "sigaudit/common/strings.h"
#include "sigaudit/report/diagnostic_text.h"

namespace sigaudit {

namespace {

std::string people_summary(const Roster& roster) {
    std::vector<std::string> parts;
    for (Role role : kLadder) {
        parts.push_back(fmt::format("{} {}", roster.count_holding(role), role_id(role)));
    }
    return fmt::format(
        "{} ({})", count_of(static_cast<std::int64_t>(roster.logins().size()), "person", "people"),
        fmt::join(parts, ", "));
}

std::string file_summary(const LintedFile& file, const Style& style) {
    if (!file.roster.usable()) {
        return fmt::format(
            "{}: {}\n", file.path,
            style.paint("not linted: the file cannot be used until the error above is fixed",
                        Tone::error));
    }
    return fmt::format("{}: {} — {}\n", file.path, render_verdict(file.roster.diagnostics, style),
                       people_summary(*file.roster.value));
}

nlohmann::ordered_json finding_json(const Diagnostic& d) {
    return {{"file", d.where.file},
            {"line", d.where.line},
            {"column", d.where.column},
            {"severity", std::string(to_string(d.severity))},
            {"code", std::string(code_name(d.code))},
            {"message", d.message}};
}

nlohmann::ordered_json file_json(const LintedFile& file) {
    const std::optional<Roster>& roster = file.roster.value;
    nlohmann::ordered_json holders = nlohmann::ordered_json::object();
    for (Role role : kLadder) {
        holders[std::string(role_id(role))] = roster ? roster->count_holding(role) : 0;
    }
    return {{"path", file.path},
            {"usable", file.roster.usable()},
            {"format",
             roster ? nlohmann::ordered_json(std::string(to_string(roster->format()))) : nullptr},
            {"people", roster ? roster->logins().size() : 0},
            {"holders", holders},
            {"errors", count_severity(file.roster.diagnostics, Severity::error)},
            {"warnings", count_severity(file.roster.diagnostics, Severity::warning)}};
}

}  // namespace

std::string render_lint_text(const std::vector<LintedFile>& files, const Style& style,
                             const LintTextOptions& options) {
    std::string out;
    for (const LintedFile& file : files) {
        for (const Diagnostic& d : file.roster.diagnostics) {
            render_diagnostic(out, d, style, options.quiet);
        }
    }
    if (!options.quiet) {
        for (const LintedFile& file : files) {
            out += file_summary(file, style);
        }
    }
    return out;
}

std::string render_lint_json(const std::vector<LintedFile>& files) {
    nlohmann::ordered_json document = {{"schema", "sigaudit/lint@1"}};
    nlohmann::ordered_json findings = nlohmann::ordered_json::array();
    nlohmann::ordered_json summaries = nlohmann::ordered_json::array();
    int errors = 0;
    int warnings = 0;
    for (const LintedFile& file : files) {
        summaries.push_back(file_json(file));
        for (const Diagnostic& d : file.roster.diagnostics) {
            findings.push_back(finding_json(d));
        }
        errors += count_severity(file.roster.diagnostics, Severity::error);
        warnings += count_severity(file.roster.diagnostics, Severity::warning);
    }
    document["files"] = std::move(summaries);
    document["findings"] = std::move(findings);
    document["errors"] = errors;
    document["warnings"] = warnings;
    // Replace, not throw, should a message ever carry bytes that are not UTF-8.
    return document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace sigaudit
