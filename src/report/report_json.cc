#include <nlohmann/json.hpp>

#include "json_parts.h"
#include "render_parts.h"
#include "renderers.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/rules/confirmation.h"

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
// A comment count says how it treats commands ("excluded", "listed" with
// the words in "commands_counted", "included") and, when it is narrowed to
// some, which comment types it takes.
void add_comment_policy(Json& json, const Criterion& criterion) {
    const auto* kind = std::get_if<ActivityKind>(&criterion.source);
    if (criterion.type != CriterionType::count || kind == nullptr || !is_comment_kind(*kind)) {
        return;
    }
    const ActivityFilter& filter = criterion.filter;
    json["command_policy"] = filter.all_commands       ? "included"
                             : filter.commands.empty() ? "excluded"
                                                       : "listed";
    if (!filter.all_commands && !filter.commands.empty()) {
        json["commands_counted"] = filter.commands;
    }
    if (!filter.comment_types.empty()) {
        json["comment_types"] = filter.comment_types;
    }
}

// "confirm": what a maintainer must confirm by hand, and whether they have:
// "pending" (the data passes, nobody has confirmed), "confirmed" (with who,
// when and the link), or "not reached" (the data does not pass).
void add_confirmation(Json& json, const CriterionResult& result) {
    const Criterion& criterion = *result.criterion;
    if (criterion.confirm.empty()) {
        return;
    }
    Json confirm = {{"what", criterion.confirm}};
    if (const EvidenceEntry* entry = result.confirmation; entry != nullptr && result.passed) {
        confirm["status"] = "confirmed";
        confirm["by"] = entry->by;
        confirm["date"] = to_string(entry->date);
        confirm["url"] = entry->url.empty() ? Json(nullptr) : Json(entry->url);
    } else {
        confirm["status"] = result.passed ? "pending" : "not reached";
    }
    json["confirm"] = std::move(confirm);
}

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
    add_comment_policy(json, *result.criterion);
    add_confirmation(json, result);
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
            {"to_confirm", to_confirm_json(result)},
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

// What a report stands on: the day, the roster, the repositories.
struct DocumentBasis {
    Date as_of;
    const std::string& roster_path;
    const std::optional<SigScope>& scope;
    bool states_read_today;
    const DataCoverage& data;
    const std::string& rules_digest;
};

Json people_document(const DocumentBasis& basis, const std::vector<const PersonResult*>& people) {
    Json list = Json::array();
    for (const PersonResult* person : people) {
        list.push_back(person_json(*person));
    }
    const std::string& roster_path = basis.roster_path;
    return {{"schema", "sigaudit/report@1"},
            {"sigaudit", provenance_json(basis.rules_digest)},
            {"as_of", to_string(basis.as_of)},
            // true: issue and PR states are today's, not the as-of day's.
            {"states_read_today", basis.states_read_today},
            {"roster", roster_path.empty() ? Json(nullptr) : Json(roster_path)},
            {"sig_repositories", sig_scope_json(basis.scope)},
            {"data", data_json(basis.data, basis.as_of)},
            {"people", std::move(list)}};
}

// [{"role", "list", "after_line", "listings": [{"login", "name", "email"}],
// "yaml"}]: the roster edit, as data and as the lines to paste.
Json suggestions_json(const std::vector<SuggestedList>& lists) {
    Json out = Json::array();
    for (const SuggestedList& list : lists) {
        Json listings = Json::array();
        for (const SuggestedListing& listing : list.listings) {
            listings.push_back(
                {{"login", listing.login}, {"name", listing.name}, {"email", listing.email}});
        }
        std::string yaml;
        for (const std::string& line : suggestion_yaml(list)) {
            yaml += line + "\n";
        }
        out.push_back({{"role", std::string(role_id(list.role))},
                       {"list", list.list_key},
                       {"after_line", list.after_line},
                       {"listings", std::move(listings)},
                       {"yaml", yaml}});
    }
    return out;
}

// Replace, not throw, should a name ever carry bytes that are not UTF-8.
std::string dumped(const Json& document) {
    return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace

Json to_confirm_json(const RuleResult& result) {
    Json out = Json::array();
    if (result.criteria_met) {
        for (const CriterionResult* node : pending_confirmations(result)) {
            out.push_back({{"criterion", node->id()},
                           {"what", node->criterion->confirm},
                           {"evidence", node->evidence}});
        }
    }
    return out;
}

// An audit's document names the roster's errors only when there are some,
// so that a clean audit reads as it always has.
std::string render_audit_json(const AuditReport& report, const RenderOptions&) {
    Json document = people_document({report.as_of, report.roster_path, report.sig_scope,
                                     report.states_read_today, report.data, report.rules_digest},
                                    people_by_login(report.people));
    add_findings_json(document, "roster_errors", report.roster_errors);
    add_findings_json(document, "ledger_warnings", report.ledger_warnings);
    document["suggested_additions"] = suggestions_json(report.suggested);
    return dumped(document);
}

std::string render_check_json(const CheckReport& report, const RenderOptions&) {
    Json document = people_document({report.as_of, report.roster_path, report.sig_scope,
                                     report.states_read_today, report.data, report.rules_digest},
                                    {&report.person});
    // null, or why the figures may be nobody's: no such login in the data.
    document["unknown_login"] = report.unknown
                                    ? Json{{"repositories", report.unknown->repositories},
                                           {"suggestions", report.unknown->suggestions}}
                                    : Json(nullptr);
    add_findings_json(document, "ledger_warnings", report.ledger_warnings);
    return dumped(document);
}

}  // namespace sigaudit::render_detail
