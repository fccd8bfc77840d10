#pragma once

#include <memory>

#include "sigaudit/activity/activity_index.h"
#include "sigaudit/common/date.h"
#include "sigaudit/evidence/evidence.h"
#include "sigaudit/roster/roster.h"
#include "sigaudit/rules/result.h"
#include "sigaudit/rules/rule.h"

namespace sigaudit {

// Evaluates a rule set for one person at a time. Only activity up to the end
// of `as_of` (in the index's time zone) and ledger entries dated on or before
// it count. The rules, activities and ledger must outlive the evaluator (and
// the results, which point into the rules). No I/O.
class Evaluator {
  public:
    Evaluator(const RuleSet& rules, const ActivityIndex& activities, const Evidence& evidence,
              Date as_of);
    ~Evaluator();
    Evaluator(const Evaluator&) = delete;
    Evaluator& operator=(const Evaluator&) = delete;

    // Prerequisites are read from `person.roles`: what the roster (or the
    // part of it a caller trusts) says the person holds.
    PersonResult evaluate(const RosterPerson& person) const;

    const RuleSet& rules() const;
    Date as_of() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace sigaudit
