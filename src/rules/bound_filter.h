#pragma once

#include <optional>
#include <vector>

#include "sigaudit/activity/activity_index.h"
#include "sigaudit/rules/rule.h"

namespace sigaudit {

// An ActivityFilter with its names turned into the index's symbols, so
// matching compares integers. A name the index never saw matches nothing.
class BoundFilter {
  public:
    BoundFilter() = default;
    // Commands are excluded unless listed; alternatives in any_of apply a
    // command policy only when they state one.
    BoundFilter(const ActivityFilter& filter, const SymbolTable& symbols, bool top_level = true);

    bool matches(const IndexedActivity& activity, const ActivityIndex& index) const;

  private:
    using SymbolSet = std::optional<std::vector<Symbol>>;  // nothing: any value

    std::optional<bool> on_others_;
    bool checks_commands_ = false;
    bool all_commands_ = false;
    std::vector<Symbol> commands_;
    SymbolSet repos_;
    SymbolSet comment_types_;
    SymbolSet states_;
    SymbolSet issue_types_;
    SymbolSet labels_;
    std::vector<BoundFilter> any_of_;
};

}  // namespace sigaudit
