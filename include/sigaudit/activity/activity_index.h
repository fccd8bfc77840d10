#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sigaudit/activity/activity.h"
#include "sigaudit/common/calendar.h"

namespace sigaudit {

// Small integers standing for the strings activities repeat (repositories,
// states, labels), so filters compare integers. 0 stands for "none".
using Symbol = std::uint32_t;
inline constexpr Symbol kNoSymbol = 0;

// Hashes std::string and std::string_view alike, so lookups need no copy.
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const {
        return std::hash<std::string_view>{}(text);
    }
};

class SymbolTable {
  public:
    SymbolTable();
    Symbol intern(std::string_view text);
    // kNoSymbol when `text` was never interned: a filter on it matches nothing.
    Symbol find(std::string_view text) const;
    const std::string& name(Symbol symbol) const { return names_[symbol]; }

  private:
    // Activities repeat a few values (repositories, states) over and over; a
    // handful of recent ones are checked before hashing.
    static constexpr std::size_t kRecent = 16;
    std::array<Symbol, kRecent> recent_{};
    std::size_t next_recent_ = 0;

    std::vector<std::string> names_;
    std::unordered_map<std::string, Symbol, StringHash, std::equal_to<>> ids_;
};

// An activity as the rule engine reads it: interned, with its calendar month
// and day already worked out in the configured zone.
struct IndexedActivity {
    Instant time = 0;
    MonthIndex month = 0;
    std::int32_t day = 0;  // days since 1970-01-01 in the zone
    Symbol repo = kNoSymbol;
    Symbol comment_type = kNoSymbol;  // pr_comment: diff_comment or pr_comment
    std::uint64_t number = 0;         // with repo, names the PR or issue (see number_key)
    Symbol state = kNoSymbol;
    Symbol issue_type = kNoSymbol;
    Symbol command = kNoSymbol;
    std::uint32_t labels_begin = 0;
    std::uint32_t labels_count = 0;
    std::uint32_t url = 0;  // which URL in the index's arena
    bool on_own = false;    // the commenter opened the PR or issue
    bool is_command = false;
};

// A PR or issue number ("4821", "I8QX2B") as an exact integer: numbers of up
// to 8 bytes are packed; longer ones get an id from `long_numbers`.
std::uint64_t number_key(std::string_view number, SymbolTable& long_numbers);

// Every activity, grouped by person and kind, oldest first, so evaluating a
// person costs their own activities, not everyone's.
class ActivityIndex {
  public:
    using PersonId = std::uint32_t;

    ActivityIndex() = default;
    ActivityIndex(const std::vector<Activity>& activities, UtcOffset zone);

    // Resolve a login once, then ask for each kind without hashing it again.
    std::optional<PersonId> person(std::string_view login) const;
    std::span<const IndexedActivity> of(PersonId person, ActivityKind kind) const;
    std::span<const IndexedActivity> of(std::string_view login, ActivityKind kind) const;
    std::span<const Symbol> labels(const IndexedActivity& activity) const;
    std::string_view url(const IndexedActivity& activity) const;
    const SymbolTable& symbols() const { return symbols_; }
    UtcOffset zone() const { return zone_; }
    // Everyone with at least one activity, lower case, sorted.
    std::vector<std::string> logins() const;
    std::size_t size() const { return activities_.size(); }

  private:
    static constexpr std::size_t kKinds = kActivityKinds.size();
    PersonId person_id_for(std::string_view login);
    void number_people_by_login(std::vector<PersonId>& person_of);
    using KindRanges = std::array<std::uint32_t, kKinds + 1>;  // offsets into activities_

    SymbolTable symbols_;
    SymbolTable long_numbers_;
    UtcOffset zone_;
    std::vector<IndexedActivity> activities_;
    std::vector<Symbol> labels_;
    // Every URL back to back: one allocation instead of one per activity.
    std::string url_text_;
    std::vector<std::uint64_t> url_offsets_;
    std::unordered_map<std::string, PersonId, StringHash, std::equal_to<>> person_ids_;
    std::vector<KindRanges> ranges_;
};

}  // namespace sigaudit
