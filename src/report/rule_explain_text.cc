#include <fmt/format.h>

#include "renderers.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/rules/criterion_text.h"

namespace sigaudit::render_detail {

namespace {

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
    if (!criterion.confirm.empty()) {
        out +=
            fmt::format("{}{}\n", detail,
                        style.paint(fmt::format("when met, a maintainer confirms by hand that {} "
                                                "(ledger: type confirmation, criterion {})",
                                                criterion.confirm, criterion.confirm_key),
                                    Tone::warning));
    }
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

std::string render_rule_explanation(const Rule& rule, const RenderOptions& options) {
    const Style& style = options.style;
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

}  // namespace sigaudit::render_detail
