#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sigaudit/activity.h"
#include "sigaudit/calendar.h"

namespace sigaudit {

// Small integers standing for the strings activities repeat (repositories,
// states, labels), so filters compare integers. 0 stands for "none".
using Symbol = std::uint32_t;
inline constexpr Symbol kNoSymbol = 0;

class SymbolTable {
  public:
    SymbolTable();
    Symbol intern(std::string_view text);
    // kNoSymbol when `text` was never interned: a filter on it matches nothing.
    Symbol find(std::string_view text) const;
    const std::string& name(Symbol symbol) const { return names_[symbol]; }

  private:
    std::vector<std::string> names_;
    std::unordered_map<std::string, Symbol> ids_;
};

// An activity as the rule engine reads it: interned, with its calendar month
// and day already worked out in the configured zone.
struct IndexedActivity {
    Instant time = 0;
    MonthIndex month = 0;
    std::int32_t day = 0;  // days since 1970-01-01 in the zone
    Symbol repo = kNoSymbol;
    Symbol target = kNoSymbol;  // the PR or issue: "owner/repo#number"
    Symbol state = kNoSymbol;
    Symbol issue_type = kNoSymbol;
    Symbol command = kNoSymbol;
    std::uint32_t labels_begin = 0;
    std::uint32_t labels_count = 0;
    std::uint32_t url = 0;
    bool on_own = false;  // the commenter opened the PR or issue
    bool is_command = false;
};

// Every activity, grouped by person and kind, oldest first, so evaluating a
// person costs their own activities, not everyone's.
class ActivityIndex {
  public:
    ActivityIndex() = default;
    ActivityIndex(std::vector<Activity> activities, UtcOffset zone);

    std::span<const IndexedActivity> of(std::string_view login, ActivityKind kind) const;
    std::span<const Symbol> labels(const IndexedActivity& activity) const;
    const std::string& url(const IndexedActivity& activity) const { return urls_[activity.url]; }
    const SymbolTable& symbols() const { return symbols_; }
    UtcOffset zone() const { return zone_; }
    // Everyone with at least one activity, lower case, sorted.
    std::vector<std::string> logins() const;
    std::size_t size() const { return activities_.size(); }

  private:
    static constexpr std::size_t kKinds = kActivityKinds.size();
    using KindRanges = std::array<std::uint32_t, kKinds + 1>;  // offsets into activities_

    SymbolTable symbols_;
    UtcOffset zone_;
    std::vector<IndexedActivity> activities_;
    std::vector<Symbol> labels_;
    std::vector<std::string> urls_;
    std::unordered_map<std::string, std::uint32_t> person_ids_;
    std::vector<KindRanges> ranges_;
};

}  // namespace sigaudit
