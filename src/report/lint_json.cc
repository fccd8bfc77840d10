#include <nlohmann/json.hpp>

#include "json_parts.h"
#include "renderers.h"

namespace sigaudit::render_detail {

using Json = nlohmann::ordered_json;

Json sig_scope_json(const std::optional<SigScope>& scope) {
    if (!scope) {
        return nullptr;
    }
    Json out = {{"repos", scope->repos}, {"from", std::string(to_string(scope->source))}};
    if (scope->source == SigScopeSource::roster) {
        out["file"] = scope->where.file;
        out["line"] = scope->where.line;
    }
    return out;
}

Json timestamp_json(const std::optional<Instant>& instant, UtcOffset zone) {
    return instant ? Json(format_timestamp(*instant, zone)) : Json(nullptr);
}

Json data_json(const DataCoverage& data, Date as_of) {
    const auto time = [&](const std::optional<Instant>& instant) {
        return timestamp_json(instant, data.zone);
    };
    Json repositories = Json::array();
    for (const RepositoryCoverage& repo : data.repositories) {
        repositories.push_back({{"repo", repo.repo},
                                {"synced_at", time(repo.synced_at)},
                                {"newest_update", time(repo.newest_update)}});
    }
    return {{"repositories", std::move(repositories)},
            {"synced_up_to", time(data.oldest_sync())},
            {"behind_as_of", data.behind(as_of)}};
}

Json finding_json(const Diagnostic& d) {
    return {{"file", d.where.file},
            {"line", d.where.line},
            {"column", d.where.column},
            {"severity", std::string(to_string(d.severity))},
            {"code", std::string(code_name(d.code))},
            {"message", d.message}};
}

void add_findings_json(Json& document, const char* key, const std::vector<Diagnostic>& findings) {
    if (findings.empty()) {
        return;
    }
    Json list = Json::array();
    for (const Diagnostic& d : findings) {
        list.push_back(finding_json(d));
    }
    document[key] = std::move(list);
}

namespace {

// A roster gives its format and holders; a ledger ("format": "evidence")
// its entries. "usable": an audit would read the file.
Json file_json(const LintedFile& file) {
    const std::optional<Roster>& roster = file.roster.value;
    const Evidence* ledger =
        file.is_ledger() && file.ledger->usable() ? &*file.ledger->value : nullptr;
    Json holders = Json::object();
    for (Role role : kLadder) {
        holders[std::string(role_id(role))] = roster ? roster->count_holding(role) : 0;
    }
    Json format = file.is_ledger() ? Json("evidence")
                  : roster         ? Json(std::string(to_string(roster->format())))
                                   : Json(nullptr);
    const std::size_t people = roster   ? roster->logins().size()
                               : ledger ? ledger->logins().size()
                                        : 0;
    return {{"path", file.path},
            {"usable", file.is_ledger() ? file.ledger->usable() : file.roster.usable()},
            {"format", std::move(format)},
            {"people", people},
            {"holders", holders},
            {"entries", ledger ? Json(ledger->entries().size()) : Json(nullptr)},
            {"errors", count_severity(file.findings(), Severity::error)},
            {"warnings", count_severity(file.findings(), Severity::warning)}};
}

}  // namespace

std::string render_lint_json(const LintReport& report, const RenderOptions&) {
    Json document = {{"schema", "sigaudit/lint@1"}, {"sigaudit", provenance_json({})}};
    Json findings = Json::array();
    Json summaries = Json::array();
    int errors = 0;
    int warnings = 0;
    for (const LintedFile& file : report.files) {
        summaries.push_back(file_json(file));
        for (const Diagnostic& d : file.findings()) {
            findings.push_back(finding_json(d));
        }
        errors += count_severity(file.findings(), Severity::error);
        warnings += count_severity(file.findings(), Severity::warning);
    }
    document["files"] = std::move(summaries);
    document["findings"] = std::move(findings);
    document["errors"] = errors;
    document["warnings"] = warnings;
    // Replace, not throw, should a message ever carry bytes that are not UTF-8.
    return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace sigaudit::render_detail
