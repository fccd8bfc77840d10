#include <fmt/format.h>
#include <fmt/ranges.h>

#include "render_parts.h"
#include "sigaudit/common/strings.h"

namespace sigaudit::render_detail {

namespace {

const PersonEntries* entries_of(const std::vector<PersonEntries>& groups,
                                const PersonResult* person) {
    for (const PersonEntries& group : groups) {
        if (group.person == person) {
            return &group;
        }
    }
    return nullptr;
}

std::string titles_of(const std::vector<const RuleResult*>& results) {
    std::vector<std::string> titles;
    for (const RuleResult* result : results) {
        titles.push_back(result->title());
    }
    return join_words(titles, " and ");
}

}  // namespace

std::string counts_words(const AuditSections& sections) {
    const auto count = [](std::size_t n) { return static_cast<std::int64_t>(n); };
    return fmt::format(
        "Found: {} for a promotion, {} for a title, {} below a held role's criteria; {} "
        "waiting for a prerequisite",
        count_of(count(sections.promotions.size()), "person", "people"), sections.titles.size(),
        sections.below.size(), count_of(count(sections.waiting.size()), "role"));
}

std::string promotion_note(const AuditEntry& entry, const AuditSections& sections) {
    std::vector<std::string> notes;
    if (entry.person->roles.empty()) {
        notes.push_back("not on the roster");
    }
    if (const PersonEntries* below = entries_of(sections.below, entry.person)) {
        notes.push_back(
            fmt::format("holds {} without meeting its criteria", titles_of(below->results)));
    }
    return fmt::format("{}", fmt::join(notes, "; "));
}

std::string titles_words(const PersonEntries& entries) {
    return titles_of(entries.results);
}

std::string below_words(const PersonEntries& entries) {
    std::vector<std::string> parts;
    for (const RuleResult* result : entries.results) {
        const std::string shortfall = shortfall_note(*result);
        parts.push_back(shortfall.empty() ? result->title() : result->title() + " — " + shortfall);
    }
    return fmt::format("{}", fmt::join(parts, "; "));
}

}  // namespace sigaudit::render_detail
