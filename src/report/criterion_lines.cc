#include <algorithm>

#include <fmt/format.h>

#include "render_parts.h"
#include "sigaudit/common/strings.h"

namespace sigaudit::render_detail {

namespace {

TreeOptions one_level_down(TreeOptions options) {
    --options.levels;
    return options;
}

// Links shown under a criterion, then how many more counted.
std::size_t links_shown(const CriterionResult& node, const TreeOptions& options) {
    return shows_evidence(node) ? std::min(options.links, node.evidence.size()) : 0;
}

std::int64_t links_left(const CriterionResult& node, std::size_t shown) {
    return node.evidence_total - static_cast<std::int64_t>(shown);
}

// --- text ---------------------------------------------------------------------

std::string text_mark(const CriterionResult& result, const Style& style) {
    if (result.passed) {
        return style.paint("+", Tone::success);
    }
    return result.optional() ? style.paint("o", Tone::dim) : style.paint("x", Tone::error);
}

void append_node_text(std::string& out, const CriterionResult& node, std::size_t indent,
                      const TreeOptions& options, const Style& style);

void append_sum_part_text(std::string& out, const CriterionResult& node, std::size_t indent,
                          const Style& style) {
    append_wrapped(out, indent, fmt::format("* {} {}", measure_words(node), node_words(node)),
                   style, Tone::dim, 2);
}

void append_links_text(std::string& out, const CriterionResult& node, std::size_t indent,
                       const TreeOptions& options, const Style& style) {
    const std::size_t shown = links_shown(node, options);
    const std::string pad(indent, ' ');
    for (std::size_t i = 0; i < shown; ++i) {
        out += pad + style.paint(node.evidence[i], Tone::dim) + "\n";
    }
    if (shown > 0 && links_left(node, shown) > 0) {
        out += pad +
               style.paint(fmt::format("... and {} more", links_left(node, shown)), Tone::dim) +
               "\n";
    }
}

// "[#########-] 9/10 in 2026-05..2026-06 (optional, never decides)".
std::string figures_of(const CriterionResult& node, const TreeOptions& options) {
    const std::string bar = options.bars ? progress_bar(node) : "";
    std::string figures = bar.empty() ? measure_words(node) : bar + " " + measure_words(node);
    if (node.optional()) {
        figures += " (optional, never decides)";
    }
    return figures;
}

// The criterion's line: mark, id and figures, then its words on the same
// line when they fit, else wrapped below.
void append_head_text(std::string& out, const CriterionResult& node, std::size_t indent,
                      const TreeOptions& options, const Style& style) {
    const std::string label = node_label(node);
    const std::string figures = figures_of(node, options);
    const std::string words = node_words(node) == label ? "" : node_words(node);
    out += fmt::format("{}{} {}  {}", std::string(indent, ' '), text_mark(node, style),
                       style.paint(label, Tone::strong), figures);
    const std::size_t head_width = indent + 2 + display_width(label) + 2 + display_width(figures);
    if (!words.empty() && head_width + 2 + display_width(words) <= kLineWidth) {
        out += "  " + words + "\n";
        return;
    }
    out += "\n";
    append_wrapped(out, indent + 4, words, style, std::nullopt);
}

void append_node_text(std::string& out, const CriterionResult& node, std::size_t indent,
                      const TreeOptions& options, const Style& style) {
    if (node.sum_part) {
        append_sum_part_text(out, node, indent, style);
        return;
    }
    append_head_text(out, node, indent, options, style);
    const std::size_t detail = indent + 4;
    if (const std::string confirmation = confirmation_line(node); !confirmation.empty()) {
        append_wrapped(out, detail, confirmation, style,
                       node.confirmation ? Tone::dim : Tone::warning, 2);
    }
    if (options.missing) {
        if (const std::string missing = node_missing(node); !missing.empty()) {
            append_wrapped(out, detail, "missing: " + missing, style, Tone::warning, 9);
        }
    }
    append_links_text(out, node, detail, options, style);
    if (node.type() == CriterionType::meets) {
        append_wrapped(out, detail, fmt::format("(see the {} rule)", node.criterion->rule), style,
                       Tone::dim);
    }
    if (options.levels > 1) {
        for (const CriterionResult* child : shown_children(node)) {
            append_node_text(out, *child, indent + 2, one_level_down(options), style);
        }
    }
}

// --- Markdown -----------------------------------------------------------------

std::string md_mark(const CriterionResult& result) {
    if (result.passed) {
        return "✅";
    }
    return result.optional() ? "⚪" : "❌";
}

std::string md_links(const CriterionResult& node, const TreeOptions& options) {
    const std::size_t shown = links_shown(node, options);
    std::vector<std::string> links;
    for (std::size_t i = 0; i < shown; ++i) {
        links.push_back(md_link(node.evidence[i]));
    }
    if (shown > 0 && links_left(node, shown) > 0) {
        links.push_back(fmt::format("{} more", links_left(node, shown)));
    }
    return join_words(links, shown > 0 && links_left(node, shown) > 0 ? " and " : ", ");
}

// "- ❌ `review-comments` 9/10 `[#########-]` — left at least 10 ...".
std::string md_head(const CriterionResult& node, const TreeOptions& options) {
    const CriterionResult& result = node;
    // Ids are kebab-case: a code span needs no escapes and stands out.
    std::string line = fmt::format(
        "- {} {}", md_mark(result),
        result.id().empty() ? md_escape(node_label(node)) : fmt::format("`{}`", result.id()));
    line += " " + md_escape(measure_words(node));
    if (const std::string bar = options.bars ? progress_bar(node) : ""; !bar.empty()) {
        line += fmt::format(" `{}`", bar);
    }
    if (const std::string words = node_words(node); !words.empty() && words != node_label(node)) {
        line += " — " + md_escape(words);
    }
    if (result.optional()) {
        line += " _(optional, never decides)_";
    }
    return line;
}

void append_node_markdown(std::string& out, const CriterionResult& node, std::size_t indent,
                          const TreeOptions& options) {
    const std::string pad(indent, ' ');
    const CriterionResult& result = node;
    if (node.sum_part) {
        out += fmt::format("{}- {} {}\n", pad, measure_words(node), md_escape(node_words(node)));
        return;
    }
    out += pad + md_head(node, options) + "\n";
    const std::string sub(indent + 2, ' ');
    if (const std::string confirmation = confirmation_line(node); !confirmation.empty()) {
        out += fmt::format("{}- {}{}\n", sub, node.confirmation ? "" : "⚠️ ",
                           md_escape(confirmation));
    }
    if (options.missing) {
        if (const std::string missing = node_missing(node); !missing.empty()) {
            out += fmt::format("{}- missing: {}\n", sub, md_escape(missing));
        }
    }
    if (links_shown(node, options) > 0) {
        out += fmt::format("{}- counted: {}\n", sub, md_links(node, options));
    }
    if (result.type() == CriterionType::meets) {
        out += fmt::format("{}- see the `{}` rule\n", sub, node.criterion->rule);
    }
    if (options.levels > 1) {
        for (const CriterionResult* child : shown_children(node)) {
            append_node_markdown(out, *child, indent + 2, one_level_down(options));
        }
    }
}

}  // namespace

void append_criteria_text(std::string& out, const RuleResult& result, std::size_t indent,
                          const TreeOptions& options, const Style& style) {
    if (top_combine(result) == "any") {
        out += std::string(indent, ' ') + "any one of these:\n";
    }
    for (const CriterionResult* node : top_criteria(result)) {
        append_node_text(out, *node, indent, options, style);
    }
}

void append_criteria_markdown(std::string& out, const RuleResult& result,
                              const TreeOptions& options) {
    if (top_combine(result) == "any") {
        out += "Any one of these:\n\n";
    }
    for (const CriterionResult* node : top_criteria(result)) {
        append_node_markdown(out, *node, 0, options);
    }
}

}  // namespace sigaudit::render_detail
