#include <set>

#include <fmt/format.h>

#include "render_parts.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/rules/confirmation.h"

namespace sigaudit::render_detail {

std::string confirmation_line(const CriterionResult& node) {
    const Criterion& criterion = *node.criterion;
    if (criterion.confirm.empty() || !node.passed) {
        return "";
    }
    if (const EvidenceEntry* entry = node.confirmation) {
        return fmt::format("confirmed by {} on {}: {}", entry->by, to_string(entry->date),
                           criterion.confirm);
    }
    return "to confirm by a maintainer: " + criterion.confirm;
}

std::string to_confirm_note(const RuleResult& result) {
    if (!result.criteria_met) {
        return "";
    }
    const std::size_t pending = pending_confirmations(result).size();
    if (pending == 0) {
        return "";
    }
    return pending == 1 ? std::string("1 item to confirm")
                        : fmt::format("{} items to confirm", pending);
}

std::string confirmation_entry_hint(const CriterionResult& node) {
    return fmt::format("once checked, record type confirmation, criterion {}",
                       node.criterion->confirm_key);
}

PendingGroup pending_group(const std::vector<const RuleResult*>& results) {
    PendingGroup group;
    std::set<std::string> seen;
    for (const RuleResult* result : results) {
        if (!result->criteria_met) {
            continue;
        }
        const std::vector<const CriterionResult*> nodes = pending_confirmations(*result);
        if (nodes.empty()) {
            continue;
        }
        group.titles.push_back(result->title());
        for (const CriterionResult* node : nodes) {
            // A `meets` repeats another rule's criteria: one confirmation serves both.
            if (seen.insert(node->criterion->confirm_key).second) {
                group.nodes.push_back(node);
            }
        }
    }
    return group;
}

std::vector<PersonPending> pending_by_person(const std::vector<AuditEntry>& entries) {
    std::vector<PersonPending> out;
    std::vector<const RuleResult*> results;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        results.push_back(entries[i].result);
        // Entries come by person, then rule: a person's run ends where the next begins.
        if (i + 1 == entries.size() || entries[i + 1].person != entries[i].person) {
            out.push_back({entries[i].person, pending_group(results)});
            results.clear();
        }
    }
    return out;
}

void append_pending_text(std::string& out, const PendingGroup& group, std::size_t indent,
                         const Style& style) {
    for (const CriterionResult* node : group.nodes) {
        append_wrapped(out, indent, fmt::format("{}: {}", node->id(), node->criterion->confirm),
                       style, Tone::warning, 4);
        for (std::size_t i = 0; i < node->evidence.size() && i < kLinksShown; ++i) {
            out += std::string(indent + 4, ' ') + style.paint(node->evidence[i], Tone::dim) + "\n";
        }
        append_wrapped(out, indent + 4, confirmation_entry_hint(*node), style, Tone::dim, 2);
    }
}

void append_pending_markdown(std::string& out, const PendingGroup& group, std::size_t indent) {
    const std::string pad(indent, ' ');
    for (const CriterionResult* node : group.nodes) {
        std::vector<std::string> links;
        for (std::size_t i = 0; i < node->evidence.size() && i < kLinksShown; ++i) {
            links.push_back(md_link(node->evidence[i]));
        }
        out += fmt::format("{}- `{}`: {}{}\n", pad, node->criterion->confirm_key,
                           md_escape(node->criterion->confirm),
                           links.empty() ? "" : " — " + join_words(links, ", "));
    }
}

}  // namespace sigaudit::render_detail
