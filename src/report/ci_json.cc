#include "renderers.h"

#include <nlohmann/json.hpp>

#include "ci_reasons.h"
#include "json_parts.h"
#include "render_parts.h"
#include "sigaudit/common/strings.h"

namespace sigaudit {

namespace {

using Json = nlohmann::ordered_json;

Json location_json(Json object, const SourceLocation& where) {
    object["file"] = where.file;
    object["line"] = where.line;
    object["column"] = where.column;
    return object;
}

Json role_or_null(const std::optional<Role>& role) {
    return role ? Json(std::string(role_id(*role))) : Json(nullptr);
}

Json removal_json(const RoleChange& change) {
    return location_json({{"login", to_lower_ascii(change.login)},
                          {"role", std::string(role_id(change.role))},
                          {"name", change.name},
                          {"still_holds", role_or_null(change.other_rung)}},
                         change.where);
}

Json rename_json(const ProbableRename& rename) {
    return {{"old_login", rename.old_login},
            {"new_login", rename.new_login},
            {"name", rename.name},
            {"same_name", rename.same_name},
            {"same_email", rename.same_email}};
}

Json criterion_json(const CriterionResult& criterion) {
    Json out = {{"id", criterion.id()},
                {"description", render_detail::node_words(criterion)},
                {"passed", criterion.passed},
                {"actual", criterion.actual},
                {"required", criterion.required}};
    if (!criterion.window.empty()) {
        out["window"] = criterion.window;
    }
    return out;
}

// The verdict's parts a script acts on: which rule, which prerequisite roles
// the head roster lacks, which criteria fail and by how much.
Json addition_json(const CiAddition& addition) {
    const RoleChange& change = addition.change;
    Json out = {
        {"login", to_lower_ascii(change.login)},
        {"role", std::string(role_id(change.role))},
        {"justified", addition.justified},
        {"name", change.name},
        {"promoted_from", role_or_null(change.other_rung)},
        {"probable_rename_of", addition.rename ? Json(addition.rename->old_login) : Json(nullptr)}};
    out = location_json(std::move(out), change.where);
    Json missing = Json::array();
    Json criteria = Json::array();
    out["to_confirm"] = addition.justified && addition.result
                            ? render_detail::to_confirm_json(*addition.result)
                            : Json::array();
    if (addition.result) {
        out["rule"] = addition.result->id();
        for (const PrerequisiteResult* prerequisite : ci::missing_prerequisites(*addition.result)) {
            missing.push_back(std::string(role_id(prerequisite->role)));
        }
        for (const CriterionResult* leaf : ci::failing_leaves(addition.result->criteria)) {
            criteria.push_back(criterion_json(*leaf));
        }
    } else {
        out["rule"] = nullptr;
    }
    out["prerequisites_missing"] = std::move(missing);
    out["criteria"] = std::move(criteria);
    out["reasons"] = ci::reasons_unjustified(addition);
    // The ledger entries the change adds or edits that the verdict needs.
    Json new_evidence = Json::array();
    for (const SourceLocation& where : addition.new_evidence) {
        new_evidence.push_back({{"file", where.file}, {"line", where.line}});
    }
    out["new_evidence"] = std::move(new_evidence);
    out["new_evidence_ignored"] = addition.new_evidence_ignored;
    return out;
}

Json lint_json(const Diagnostic& d) {
    return {{"severity", std::string(to_string(d.severity))},
            {"code", std::string(code_name(d.code))},
            {"file", d.where.file},
            {"line", d.where.line},
            {"column", d.where.column},
            {"message", d.message}};
}

// null, or why the change could not be judged: {"exit_code", "message",
// "hint", "findings"}.
Json failure_json(const std::optional<CiFailure>& failure) {
    if (!failure) {
        return nullptr;
    }
    Json findings = Json::array();
    for (const Diagnostic& d : failure->findings) {
        findings.push_back(render_detail::finding_json(d));
    }
    return {{"exit_code", static_cast<int>(failure->exit_code)},
            {"message", failure->message},
            {"hint", failure->hint},
            {"findings", std::move(findings)}};
}

}  // namespace

namespace render_detail {

std::string render_ci_json(const CiReport& report, const RenderOptions&) {
    Json additions = Json::array();
    for (const CiAddition* addition : ci::ordered_additions(report)) {
        additions.push_back(addition_json(*addition));
    }
    Json removals = Json::array();
    for (const RoleChange* removal : ci::ordered_removals(report)) {
        removals.push_back(removal_json(*removal));
    }
    Json renames = Json::array();
    for (const ProbableRename& rename : report.renames) {
        renames.push_back(rename_json(rename));
    }
    Json lint = Json::array();
    for (const Diagnostic& d : ci::ordered_lint(report)) {
        lint.push_back(lint_json(d));
    }
    Json document = {{"schema", "sigaudit/ci@1"},
                     {"sigaudit", render_detail::provenance_json(report.rules_digest)},
                     {"base", report.base_path},
                     {"head", report.head_path},
                     {"as_of", report.failure ? Json(nullptr) : Json(to_string(report.as_of))},
                     {"states_read_today", report.states_read_today},
                     {"sig_repositories", render_detail::sig_scope_json(report.sig_scope)},
                     {"head_sig_repositories", report.head_sig_repositories},
                     // With --base-ref: where config and rules came from, and the head's
                     // edits to them, which were not used.
                     {"base_ref", report.base_ref.empty() ? Json(nullptr) : Json(report.base_ref)},
                     {"unused_changes", report.unused_changes},
                     {"base_absent", report.base_absent},
                     {"head_deleted", report.head_deleted},
                     {"data", render_detail::data_json(report.data, report.as_of)},
                     {"ok", exit_code(report) == kExitOk},
                     {"exit_code", static_cast<int>(exit_code(report))},
                     {"failure", failure_json(report.failure)},
                     {"verdict", ci::verdict(report)},
                     {"additions", std::move(additions)},
                     {"removals", std::move(removals)},
                     {"probable_renames", std::move(renames)},
                     {"lint", std::move(lint)},
                     {"lint_already_present", report.lint_in_base}};
    render_detail::add_findings_json(document, "ledger_warnings", report.ledger_warnings);
    // Replace, not throw, should a name ever carry bytes that are not UTF-8.
    return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace render_detail
}  // namespace sigaudit
