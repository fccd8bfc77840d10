#include "sigaudit/report/rules_report.h"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "sigaudit/common/strings.h"
#include "sigaudit/report/diagnostic_text.h"
#include "sigaudit/rules/criterion_text.h"

namespace sigaudit {

namespace {

std::vector<std::string> prerequisite_names(const Rule& rule) {
    std::vector<std::string> names;
    for (Role role : rule.prerequisites) {
        names.emplace_back(role_id(role));
    }
    return names;
}

std::string title_line(const Criterion& criterion) {
    const std::string words =
        criterion.description.empty() ? describe_criterion(criterion) : criterion.description;
    std::string line = criterion.id.empty() ? words : fmt::format("{}: {}", criterion.id, words);
    if (criterion.optional) {
        line += " (optional: shown, never decides)";
    }
    return line;
}

void explain_criterion(std::string& out, const Criterion& criterion, int depth, const Style& style);

void explain_children(std::string& out, const std::vector<Criterion>& children, std::size_t from,
                      std::size_t to, int depth, const Style& style) {
    for (std::size_t i = from; i < to; ++i) {
        explain_criterion(out, children[i], depth, style);
    }
}

void explain_criterion(std::string& out, const Criterion& criterion, int depth,
                       const Style& style) {
    const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
    out += fmt::format("{}- {}\n", indent, style.paint(title_line(criterion), Tone::strong));
    const std::string detail = indent + "    ";
    switch (criterion.type) {
        case CriterionType::count:
        case CriterionType::sum:
            if (!criterion.description.empty()) {
                out += fmt::format("{}{}\n", detail,
                                   style.paint(describe_criterion(criterion), Tone::dim));
            }
            break;
        case CriterionType::all:
        case CriterionType::any:
            // A generated title already says "all of these hold"; the rule's own words may not.
            if (!criterion.description.empty()) {
                out += fmt::format(
                    "{}{}:\n", detail,
                    criterion.type == CriterionType::all ? "all of" : "at least one of");
            }
            explain_children(out, criterion.children, 0, criterion.children.size(), depth + 2,
                             style);
            break;
        case CriterionType::window:
            out += fmt::format("{}{}:\n", detail, describe_criterion(criterion));
            if (criterion.each_month_count > 0) {
                out += fmt::format("{}  in each month of the run:\n", detail);
                explain_children(out, criterion.children, 0, criterion.each_month_count, depth + 3,
                                 style);
            }
            if (criterion.each_month_count < criterion.children.size()) {
                out += fmt::format("{}  over the whole run:\n", detail);
                explain_children(out, criterion.children, criterion.each_month_count,
                                 criterion.children.size(), depth + 3, style);
            }
            break;
        case CriterionType::meets:
            out += fmt::format("{}(see: sigaudit rules explain {})\n", detail, criterion.rule);
            break;
    }
}

}  // namespace

std::string render_rules_list_text(const RuleSet& rules, const Style& style) {
    std::size_t id_width = 4;
    std::size_t title_width = 5;
    for (const Rule& rule : rules.rules) {
        id_width = std::max(id_width, rule.id.size());
        title_width = std::max(title_width, rule.title.size());
    }
    std::string out =
        style.paint(fmt::format("{:<{}}  {:<{}}  {:<10}  {:<10}  {}\n", "RULE", id_width, "TITLE",
                                title_width, "ROLE", "REQUIRES", "DEFINED AT"),
                    Tone::strong);
    for (const Rule& rule : rules.rules) {
        const std::vector<std::string> requires_roles = prerequisite_names(rule);
        out += fmt::format(
            "{:<{}}  {:<{}}  {:<10}  {:<10}  {}:{}\n", rule.id, id_width, rule.title, title_width,
            rule.role ? role_id(*rule.role) : "-",
            requires_roles.empty() ? "-" : fmt::format("{}", fmt::join(requires_roles, ",")),
            rule.where.file, rule.where.line);
    }
    return out;
}

std::string render_rules_list_json(const RuleSet& rules) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Rule& rule : rules.rules) {
        list.push_back(
            {{"id", rule.id},
             {"title", rule.title},
             {"description", rule.description},
             {"role",
              rule.role ? nlohmann::ordered_json(std::string(role_id(*rule.role))) : nullptr},
             {"requires", prerequisite_names(rule)},
             {"file", rule.where.file},
             {"line", rule.where.line}});
    }
    nlohmann::ordered_json groups = nlohmann::ordered_json::object();
    for (const auto& [name, repos] : rules.groups) {
        groups[name] = repos;
    }
    const nlohmann::ordered_json document = {
        {"schema", "sigaudit/rules@1"}, {"rules", list}, {"groups", groups}};
    return document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string render_rule_explanation(const Rule& rule, const Style& style) {
    std::string out = fmt::format("{} — {}\n", style.paint(rule.id, Tone::strong), rule.title);
    if (!rule.description.empty()) {
        out += rule.description + "\n";
    }
    out += style.paint(fmt::format("defined at {}:{}\n\n", rule.where.file, rule.where.line),
                       Tone::dim);
    if (rule.prerequisites.empty()) {
        out += "Prerequisites: none.\n";
    } else {
        std::vector<std::string> titles;
        for (Role role : rule.prerequisites) {
            titles.emplace_back(role_title(role));
        }
        out += fmt::format(
            "Prerequisites: holds {} in the roster (listed there or at a higher role).\n",
            join_words(titles, " and "));
    }
    const Criterion& root = rule.criteria;
    const bool implicit_root = root.type == CriterionType::all && root.id == rule.id;
    if (!implicit_root) {
        out += "Criteria:\n";
        explain_criterion(out, root, 1, style);
        return out;
    }
    out += "Criteria, all of which must hold:\n";
    explain_children(out, root.children, 0, root.children.size(), 1, style);
    return out;
}

std::string render_rules_check_text(const std::vector<Diagnostic>& diagnostics, std::size_t rules,
                                    std::size_t files, const Style& style, bool quiet) {
    std::string out;
    for (const Diagnostic& diagnostic : diagnostics) {
        render_diagnostic(out, diagnostic, style, quiet);
    }
    if (quiet) {
        return out;
    }
    out += fmt::format("{}: {} in {}\n", render_verdict(diagnostics, style),
                       count_of(static_cast<std::int64_t>(rules), "rule"),
                       count_of(static_cast<std::int64_t>(files), "file"));
    return out;
}

}  // namespace sigaudit
