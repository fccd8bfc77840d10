#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sigaudit/common/date.h"
#include "sigaudit/common/diagnostic.h"

namespace sigaudit {

// What a ledger entry records: the facts the criteria need that Gitee cannot show.
enum class EvidenceType {
    meeting,
    maintainer_review,
    doc,
    project,
    article,
    wechat_post,
    talk,
    qa_answer,
    arxiv_paper,
    community_project,
    business_application,
    competition_award,
    feature_lead,
    invited,
    // A maintainer's word that what a criterion's data cannot show holds
    // ("the merged PR is core code"); never counted, it clears a criterion's
    // `confirm`.
    confirmation,
};

inline constexpr std::array<EvidenceType, 15> kEvidenceTypes = {
    EvidenceType::meeting,
    EvidenceType::maintainer_review,
    EvidenceType::doc,
    EvidenceType::project,
    EvidenceType::article,
    EvidenceType::wechat_post,
    EvidenceType::talk,
    EvidenceType::qa_answer,
    EvidenceType::arxiv_paper,
    EvidenceType::community_project,
    EvidenceType::business_application,
    EvidenceType::competition_award,
    EvidenceType::feature_lead,
    EvidenceType::invited,
    EvidenceType::confirmation,
};

// The id written in evidence.yaml and rule files: "meeting", "qa_answer".
std::string_view evidence_type_id(EvidenceType type);
// Matches ids case-insensitively; nothing for an unknown id.
std::optional<EvidenceType> evidence_type_from_id(std::string_view id);

// One fact in the ledger.
struct EvidenceEntry {
    std::string login;  // lower case
    EvidenceType type = EvidenceType::meeting;
    Date date;
    int count = 1;  // e.g. how many forum answers one qa_answer entry stands for
    std::string url;
    std::string note;
    // confirmation: the criterion confirmed, "senior-developer/framework-core-code"
    // (or the criterion's id alone), and who confirmed it.
    std::string criterion;
    std::string by;
    SourceLocation where;            // the entry in the ledger file
    SourceLocation criterion_where;  // confirmation: its `criterion` value
};

// The whole ledger, with each person's entries gathered once so the rule
// engine can look a person up for every rule without scanning the file.
class Evidence {
  public:
    Evidence() = default;
    explicit Evidence(std::vector<EvidenceEntry> entries);
    // The per-person index points into entries_, so a copy must build its own.
    Evidence(const Evidence& other);
    Evidence& operator=(const Evidence& other);
    Evidence(Evidence&&) = default;
    Evidence& operator=(Evidence&&) = default;
    ~Evidence() = default;

    // In file order.
    const std::vector<EvidenceEntry>& entries() const { return entries_; }
    // The person's entries by date, ties in file order; empty for someone
    // the ledger does not name. Logins compare case-insensitively.
    const std::vector<const EvidenceEntry*>& of(std::string_view login) const;
    // Every login the ledger names, lower case, sorted, each once.
    const std::vector<std::string>& logins() const { return logins_; }
    bool empty() const { return entries_.empty(); }

  private:
    void build_index();

    std::vector<EvidenceEntry> entries_;
    std::unordered_map<std::string, std::vector<const EvidenceEntry*>> by_login_;
    std::vector<std::string> logins_;
};

}  // namespace sigaudit
