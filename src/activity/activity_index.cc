#include "sigaudit/activity_index.h"

#include <algorithm>
#include <numeric>

#include "sigaudit/strings.h"

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
    const auto it = ids_.find(std::string(text));
    return it == ids_.end() ? kNoSymbol : it->second;
}

ActivityIndex::ActivityIndex(std::vector<Activity> activities, UtcOffset zone) : zone_(zone) {
    // Counting sort by (person, kind): two passes, no per-person containers.
    std::vector<std::uint32_t> person_of(activities.size());
    for (std::size_t i = 0; i < activities.size(); ++i) {
        const auto [it, inserted] = person_ids_.try_emplace(
            activities[i].login, static_cast<std::uint32_t>(person_ids_.size()));
        person_of[i] = it->second;
    }
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
    urls_.reserve(activities.size());
    std::vector<std::uint32_t> next = bucket_start;
    for (std::size_t i = 0; i < activities.size(); ++i) {
        Activity& source = activities[i];
        IndexedActivity& out = activities_[next[bucket(i)]++];
        out.time = source.time;
        out.month = month_at(source.time, zone_);
        out.day = static_cast<std::int32_t>(days_from_civil(date_at(source.time, zone_)));
        out.repo = symbols_.intern(source.repo);
        out.target = symbols_.intern(source.repo + '#' + source.number);
        out.state = symbols_.intern(source.state);
        out.issue_type = symbols_.intern(source.issue_type);
        out.command = symbols_.intern(source.command);
        out.labels_begin = static_cast<std::uint32_t>(labels_.size());
        out.labels_count = static_cast<std::uint32_t>(source.labels.size());
        for (const std::string& label : source.labels) {
            labels_.push_back(symbols_.intern(label));
        }
        out.url = static_cast<std::uint32_t>(urls_.size());
        urls_.push_back(std::move(source.url));
        out.on_own = !source.target_author.empty() && source.target_author == source.login;
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

std::span<const IndexedActivity> ActivityIndex::of(std::string_view login,
                                                   ActivityKind kind) const {
    const auto it = person_ids_.find(to_lower_ascii(login));
    if (it == person_ids_.end()) {
        return {};
    }
    const KindRanges& range = ranges_[it->second];
    const auto k = static_cast<std::size_t>(kind);
    return std::span<const IndexedActivity>(activities_.data() + range[k], range[k + 1] - range[k]);
}

std::span<const Symbol> ActivityIndex::labels(const IndexedActivity& activity) const {
    return std::span<const Symbol>(labels_.data() + activity.labels_begin, activity.labels_count);
}

std::vector<std::string> ActivityIndex::logins() const {
    std::vector<std::string> out;
    out.reserve(person_ids_.size());
    for (const auto& [login, id] : person_ids_) {
        out.push_back(login);
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace sigaudit
