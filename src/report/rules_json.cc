#include <nlohmann/json.hpp>

#include "json_parts.h"
#include "render_parts.h"
#include "renderers.h"

namespace sigaudit::render_detail {

std::string render_rules_list_json(const RuleSet& rules, const RenderOptions&) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Rule& rule : rules.rules) {
        list.push_back(
            {{"id", rule.id},
             {"title", rule.title},
             {"description", rule.description},
             {"role",
              rule.role ? nlohmann::ordered_json(std::string(role_id(*rule.role))) : nullptr},
             {"requires", prerequisite_ids(rule)},
             {"file", rule.where.file},
             {"line", rule.where.line}});
    }
    nlohmann::ordered_json groups = nlohmann::ordered_json::object();
    for (const auto& [name, repos] : rules.groups) {
        groups[name] = repos;
    }
    const nlohmann::ordered_json document = {{"schema", "sigaudit/rules@1"},
                                             {"sigaudit", provenance_json(rules.digest)},
                                             {"rules", list},
                                             {"groups", groups}};
    return document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string render_rules_check_json(const RulesCheckReport& report, const RenderOptions&) {
    nlohmann::ordered_json findings = nlohmann::ordered_json::array();
    for (const Diagnostic& d : report.diagnostics) {
        findings.push_back(finding_json(d));
    }
    const nlohmann::ordered_json document = {
        {"schema", "sigaudit/rules-check@1"},
        {"sigaudit", provenance_json(report.digest)},
        {"ok", !has_errors(report.diagnostics)},
        {"files", report.files},
        {"rules", report.rules},
        {"errors", count_severity(report.diagnostics, Severity::error)},
        {"warnings", count_severity(report.diagnostics, Severity::warning)},
        {"findings", std::move(findings)}};
    return document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace sigaudit::render_detail
