#include "sigaudit/evidence/evidence.h"

#include <algorithm>

#include "sigaudit/common/enum_names.h"
#include "sigaudit/common/strings.h"

namespace sigaudit {

namespace {
constexpr EnumNames<EvidenceType, 15> kTypeIds(
    {{{EvidenceType::meeting, "meeting"},
      {EvidenceType::maintainer_review, "maintainer_review"},
      {EvidenceType::doc, "doc"},
      {EvidenceType::project, "project"},
      {EvidenceType::article, "article"},
      {EvidenceType::wechat_post, "wechat_post"},
      {EvidenceType::talk, "talk"},
      {EvidenceType::qa_answer, "qa_answer"},
      {EvidenceType::arxiv_paper, "arxiv_paper"},
      {EvidenceType::community_project, "community_project"},
      {EvidenceType::business_application, "business_application"},
      {EvidenceType::competition_award, "competition_award"},
      {EvidenceType::feature_lead, "feature_lead"},
      {EvidenceType::invited, "invited"},
      {EvidenceType::confirmation, "confirmation"}}});
}  // namespace

std::string_view evidence_type_id(EvidenceType type) {
    return kTypeIds.name(type);
}

std::optional<EvidenceType> evidence_type_from_id(std::string_view id) {
    return kTypeIds.parse(id);
}

Evidence::Evidence(std::vector<EvidenceEntry> entries) : entries_(std::move(entries)) {
    build_index();
}

Evidence::Evidence(const Evidence& other) : entries_(other.entries_) {
    build_index();
}

Evidence& Evidence::operator=(const Evidence& other) {
    if (this != &other) {
        Evidence copy(other);
        *this = std::move(copy);
    }
    return *this;
}

void Evidence::build_index() {
    by_login_.clear();
    for (const EvidenceEntry& entry : entries_) {
        if (entry.login.empty()) {
            continue;  // nobody to credit; the loader never makes such entries
        }
        by_login_[to_lower_ascii(entry.login)].push_back(&entry);
    }
    logins_.clear();
    logins_.reserve(by_login_.size());
    for (auto& [login, list] : by_login_) {
        // Stable, so entries of one day keep the order the ledger gives them.
        std::stable_sort(list.begin(), list.end(),
                         [](const auto* a, const auto* b) { return a->date < b->date; });
        logins_.push_back(login);
    }
    std::sort(logins_.begin(), logins_.end());
}

const std::vector<const EvidenceEntry*>& Evidence::of(std::string_view login) const {
    static const std::vector<const EvidenceEntry*> kNobody;
    const auto it = by_login_.find(to_lower_ascii(login));
    return it == by_login_.end() ? kNobody : it->second;
}

}  // namespace sigaudit
