#include "sigaudit/evidence.h"

#include <algorithm>

#include "sigaudit/strings.h"

namespace sigaudit {

std::string_view evidence_type_id(EvidenceType type) {
    switch (type) {
        case EvidenceType::meeting:
            return "meeting";
        case EvidenceType::maintainer_review:
            return "maintainer_review";
        case EvidenceType::doc:
            return "doc";
        case EvidenceType::project:
            return "project";
        case EvidenceType::article:
            return "article";
        case EvidenceType::wechat_post:
            return "wechat_post";
        case EvidenceType::talk:
            return "talk";
        case EvidenceType::qa_answer:
            return "qa_answer";
        case EvidenceType::arxiv_paper:
            return "arxiv_paper";
        case EvidenceType::community_project:
            return "community_project";
        case EvidenceType::business_application:
            return "business_application";
        case EvidenceType::competition_award:
            return "competition_award";
        case EvidenceType::feature_lead:
            return "feature_lead";
        case EvidenceType::invited:
            return "invited";
    }
    return "meeting";
}

std::optional<EvidenceType> evidence_type_from_id(std::string_view id) {
    for (EvidenceType type : kEvidenceTypes) {
        if (iequals(evidence_type_id(type), id)) {
            return type;
        }
    }
    return std::nullopt;
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
