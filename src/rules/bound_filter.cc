#include "bound_filter.h"

#include <algorithm>

namespace sigaudit {

namespace {

std::vector<Symbol> bind_names(const std::vector<std::string>& names, const SymbolTable& symbols) {
    std::vector<Symbol> out;
    for (const std::string& name : names) {
        if (const Symbol symbol = symbols.find(name); symbol != kNoSymbol) {
            out.push_back(symbol);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<std::vector<Symbol>> bind_set(const std::vector<std::string>& names,
                                            const SymbolTable& symbols) {
    if (names.empty()) {
        return std::nullopt;
    }
    return bind_names(names, symbols);
}

bool contains(const std::vector<Symbol>& set, Symbol symbol) {
    return std::binary_search(set.begin(), set.end(), symbol);
}

bool in_set(const std::optional<std::vector<Symbol>>& set, Symbol symbol) {
    return !set || contains(*set, symbol);
}

}  // namespace

BoundFilter::BoundFilter(const ActivityFilter& filter, const SymbolTable& symbols, bool top_level)
    : on_others_(filter.on_others),
      checks_commands_(top_level || filter.all_commands || !filter.commands.empty()),
      all_commands_(filter.all_commands),
      commands_(bind_names(filter.commands, symbols)),
      repos_(bind_set(filter.repos, symbols)),
      comment_types_(bind_set(filter.comment_types, symbols)),
      states_(bind_set(filter.states, symbols)),
      issue_types_(bind_set(filter.issue_types, symbols)),
      labels_(bind_set(filter.labels, symbols)) {
    for (const ActivityFilter& alternative : filter.any_of) {
        any_of_.emplace_back(alternative, symbols, false);
    }
}

bool BoundFilter::matches(const IndexedActivity& activity, const ActivityIndex& index) const {
    if (checks_commands_ && activity.is_command && !all_commands_ &&
        !contains(commands_, activity.command)) {
        return false;
    }
    if (on_others_ && *on_others_ == activity.on_own) {
        return false;
    }
    if (!in_set(repos_, activity.repo) || !in_set(comment_types_, activity.comment_type) ||
        !in_set(states_, activity.state) || !in_set(issue_types_, activity.issue_type)) {
        return false;
    }
    if (labels_) {
        const auto labels = index.labels(activity);
        if (std::none_of(labels.begin(), labels.end(),
                         [&](Symbol label) { return contains(*labels_, label); })) {
            return false;
        }
    }
    return any_of_.empty() ||
           std::any_of(any_of_.begin(), any_of_.end(), [&](const BoundFilter& alternative) {
               return alternative.matches(activity, index);
           });
}

}  // namespace sigaudit
