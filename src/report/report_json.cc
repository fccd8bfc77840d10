#include <nlohmann/json.hpp>

#include "json_parts.h"
#include "render_parts.h"
#include "renderers.h"
#include "sigaudit/common/strings.h"

namespace sigaudit::render_detail {

namespace {

using Json = nlohmann::ordered_json;

// How the criteria tree maps to JSON ("sigaudit/report@1"):
//  - a result's "criteria" lists its top criteria: the root's children when
//    the root is an all/any group (what a rule's list of criteria compiles
//    to), else the root alone; "criteria_combine" says whether all or any of
//    them must hold;
//  - below that, a node's children nest under its own "criteria", in rule
//    order: a window's each_month criteria first ("per_month": true, figures
//    of the run's weakest month), then its in_window ones; a sum's items
//    carry their values with "required": 0, deciding nothing alone;
//  - a "meets" node names the other rule in "meets" and does not repeat its
//    tree: that rule's result is among the same person's "results".
// Optional keys ("window", "per_month", "meets", "criteria") appear only
// when they say something; every other key is always there.
Json criterion_json(const CriterionResult& result) {
    Json json = {{"id", result.id()},
                 {"passed", result.passed},
                 {"actual", result.actual},
                 {"required", result.required},
                 {"evidence", result.evidence},
                 {"evidence_total", result.evidence_total},
                 {"type", std::string(criterion_type_id(result.type()))},
                 {"description", node_words(result)},
                 {"optional", result.optional()}};
    if (!result.window.empty()) {
        json["window"] = result.window;
    }
    if (result.per_month) {
        json["per_month"] = true;
    }
    if (result.type() == CriterionType::meets) {
        json["meets"] = result.criterion->rule;
    }
    Json children = Json::array();
    for (const CriterionResult* child : shown_children(result)) {
        children.push_back(criterion_json(*child));
    }
    if (!children.empty()) {
        json["criteria"] = std::move(children);
    }
    return json;
}

Json result_json(const RuleResult& result) {
    Json prerequisites = Json::array();
    for (const PrerequisiteResult& prerequisite : result.prerequisites) {
        // "via": where the verdict comes from: the roster's list, or the
        // rung's own rule where the format has no list for it.
        prerequisites.push_back({{"role", std::string(role_id(prerequisite.role))},
                                 {"held", prerequisite.held},
                                 {"via", prerequisite.unlisted_in ? "criteria" : "roster"}});
    }
    Json criteria = Json::array();
    for (const CriterionResult* node : top_criteria(result)) {
        criteria.push_back(criterion_json(*node));
    }
    return {{"rule", result.id()},
            {"title", result.title()},
            {"eligible", result.eligible},
            {"criteria_met", result.criteria_met},
            {"prerequisites_met", result.prerequisites_met},
            {"prerequisites", std::move(prerequisites)},
            {"criteria_combine", std::string(top_combine(result))},
            {"criteria", std::move(criteria)}};
}

Json person_json(const PersonResult& person) {
    std::vector<std::string> roles;
    for (Role role : person.roles) {
        roles.emplace_back(role_id(role));
    }
    Json results = Json::array();
    for (const RuleResult& result : person.results) {
        results.push_back(result_json(result));
    }
    return {{"login", to_lower_ascii(person.login)},
            {"name", person.name},
            {"roles", roles},
            {"positions", person.positions},
            {"results", std::move(results)}};
}

Json people_document(Date as_of, const std::string& roster_path,
                     const std::optional<SigScope>& scope,
                     const std::vector<const PersonResult*>& people) {
    Json list = Json::array();
    for (const PersonResult* person : people) {
        list.push_back(person_json(*person));
    }
    return {{"schema", "sigaudit/report@1"},
            {"as_of", to_string(as_of)},
            {"roster", roster_path.empty() ? Json(nullptr) : Json(roster_path)},
            {"sig_repositories", sig_scope_json(scope)},
            {"people", std::move(list)}};
}

// Replace, not throw, should a name ever carry bytes that are not UTF-8.
std::string dumped(const Json& document) {
    return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace

// An audit's document names the roster's errors only when there are some,
// so that a clean audit reads as it always has.
std::string render_audit_json(const AuditReport& report, const RenderOptions&) {
    Json document = people_document(report.as_of, report.roster_path, report.sig_scope,
                                    people_by_login(report.people));
    if (!report.roster_errors.empty()) {
        Json errors = Json::array();
        for (const Diagnostic& d : report.roster_errors) {
            errors.push_back(finding_json(d));
        }
        document["roster_errors"] = std::move(errors);
    }
    return dumped(document);
}

std::string render_check_json(const CheckReport& report, const RenderOptions&) {
    return dumped(
        people_document(report.as_of, report.roster_path, report.sig_scope, {&report.person}));
}

}  // namespace sigaudit::render_detail
