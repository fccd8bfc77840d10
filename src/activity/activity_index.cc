#include "sigaudit/activity/activity_index.h"

#include <algorithm>
#include <numeric>

#include "sigaudit/common/strings.h"

namespace sigaudit {

SymbolTable::SymbolTable() : names_{std::string()} {}

Symbol SymbolTable::intern(std::string_view text) {
    if (text.empty()) {
        return kNoSymbol;
    }
    const auto [it, inserted] =
        ids_.try_emplace(std::string(text), static_cast<Symbol>(names_.size()));
    if (inserted) {
        names_.emplace_back(text);
    }
    return it->second;
}

Symbol SymbolTable::find(std::string_view text) const {
    const auto it = ids_.find(text);
    return it == ids_.end() ? kNoSymbol : it->second;
}

std::uint64_t number_key(std::string_view number, SymbolTable& long_numbers) {
    constexpr std::size_t kPacked = sizeof(std::uint64_t);
    const auto packable = [](char c) { return c > 0 && c < 0x7F; };
    if (number.size() > kPacked || !std::all_of(number.begin(), number.end(), packable)) {
        return (std::uint64_t{1} << 63) | long_numbers.intern(number);
    }
    // Bytes 1..126 packed big-endian: distinct strings give distinct keys, and
    // bit 63 stays clear for the ids of longer numbers.
    std::uint64_t key = 0;
    for (char c : number) {
        key = (key << 8) | static_cast<unsigned char>(c);
    }
    return key;
}

ActivityIndex::PersonId ActivityIndex::person_id_for(std::string_view login) {
    if (const auto it = person_ids_.find(login); it != person_ids_.end()) {
        return it->second;
    }
    const std::string lower = to_lower_ascii(login);
    const auto [it, inserted] =
        person_ids_.try_emplace(lower, static_cast<PersonId>(person_ids_.size()));
    return it->second;
}

// Reports walk people in login order; laying their activities out in that
// order turns the walk into a sequential read of memory.
void ActivityIndex::number_people_by_login(std::vector<PersonId>& person_of) {
    std::vector<std::pair<std::string_view, PersonId>> by_login;
    by_login.reserve(person_ids_.size());
    for (const auto& [login, id] : person_ids_) {
        by_login.emplace_back(login, id);
    }
    std::sort(by_login.begin(), by_login.end());
    std::vector<PersonId> renumbered(by_login.size());
    for (std::size_t rank = 0; rank < by_login.size(); ++rank) {
        renumbered[by_login[rank].second] = static_cast<PersonId>(rank);
    }
    for (auto& [login, id] : person_ids_) {
        id = renumbered[id];
    }
    for (PersonId& id : person_of) {
        id = renumbered[id];
    }
}

ActivityIndex::ActivityIndex(const std::vector<Activity>& activities, UtcOffset zone)
    : zone_(zone) {
    // Counting sort by (person, kind): two passes, no per-person containers.
    std::vector<std::uint32_t> person_of(activities.size());
    for (std::size_t i = 0; i < activities.size(); ++i) {
        person_of[i] = person_id_for(activities[i].login);
    }
    number_people_by_login(person_of);
    std::vector<std::uint32_t> bucket_start(person_ids_.size() * kKinds + 1, 0);
    const auto bucket = [&](std::size_t i) {
        return person_of[i] * kKinds + static_cast<std::size_t>(activities[i].kind);
    };
    for (std::size_t i = 0; i < activities.size(); ++i) {
        ++bucket_start[bucket(i) + 1];
    }
    std::partial_sum(bucket_start.begin(), bucket_start.end(), bucket_start.begin());
    ranges_.resize(person_ids_.size());
    for (std::size_t person = 0; person < ranges_.size(); ++person) {
        for (std::size_t kind = 0; kind <= kKinds; ++kind) {
            ranges_[person][kind] = bucket_start[person * kKinds + kind];
        }
    }

    activities_.resize(activities.size());
    std::size_t url_bytes = 0;
    for (const Activity& activity : activities) {
        url_bytes += activity.url.size();
    }
    url_text_.reserve(url_bytes);
    url_offsets_.reserve(activities.size() + 1);
    url_offsets_.push_back(0);
    std::vector<std::uint32_t> next = bucket_start;
    for (std::size_t i = 0; i < activities.size(); ++i) {
        const Activity& source = activities[i];
        IndexedActivity& out = activities_[next[bucket(i)]++];
        const Date date = date_at(source.time, zone_);
        out.time = source.time;
        out.month = month_index(date);
        out.day = static_cast<std::int32_t>(days_from_civil(date));
        out.repo = symbols_.intern(source.repo);
        out.comment_type = symbols_.intern(source.comment_type);
        out.number = number_key(source.number, long_numbers_);
        out.state = symbols_.intern(source.state);
        out.issue_type = symbols_.intern(source.issue_type);
        out.command = symbols_.intern(source.command);
        out.labels_begin = static_cast<std::uint32_t>(labels_.size());
        out.labels_count = static_cast<std::uint32_t>(source.labels.size());
        for (const std::string& label : source.labels) {
            labels_.push_back(symbols_.intern(label));
        }
        out.url = static_cast<std::uint32_t>(i);
        url_text_ += source.url;
        url_offsets_.push_back(url_text_.size());
        out.on_own = !source.target_author.empty() && iequals(source.target_author, source.login);
        out.is_command = source.is_command;
    }
    for (const KindRanges& range : ranges_) {
        for (std::size_t kind = 0; kind < kKinds; ++kind) {
            std::stable_sort(
                activities_.begin() + range[kind], activities_.begin() + range[kind + 1],
                [](const IndexedActivity& a, const IndexedActivity& b) { return a.time < b.time; });
        }
    }
}

std::optional<ActivityIndex::PersonId> ActivityIndex::person(std::string_view login) const {
    auto it = person_ids_.find(login);
    if (it == person_ids_.end()) {
        it = person_ids_.find(to_lower_ascii(login));
    }
    if (it == person_ids_.end()) {
        return std::nullopt;
    }
    return it->second;
}

std::span<const IndexedActivity> ActivityIndex::of(std::string_view login,
                                                   ActivityKind kind) const {
    const auto id = person(login);
    return id ? of(*id, kind) : std::span<const IndexedActivity>();
}

std::span<const IndexedActivity> ActivityIndex::of(PersonId person, ActivityKind kind) const {
    const KindRanges& range = ranges_[person];
    const auto k = static_cast<std::size_t>(kind);
    return std::span<const IndexedActivity>(activities_.data() + range[k], range[k + 1] - range[k]);
}

std::string_view ActivityIndex::url(const IndexedActivity& activity) const {
    const std::uint64_t begin = url_offsets_[activity.url];
    return std::string_view(url_text_).substr(begin, url_offsets_[activity.url + 1] - begin);
}

std::span<const Symbol> ActivityIndex::labels(const IndexedActivity& activity) const {
    return std::span<const Symbol>(labels_.data() + activity.labels_begin, activity.labels_count);
}

std::vector<std::string> ActivityIndex::logins() const {
    return sorted_keys(person_ids_);
}

}  // namespace sigaudit
