#pragma once

#include <memory>
#include <string_view>

#include "sigaudit/activity/activity_index.h"
#include "sigaudit/common/date.h"
#include "sigaudit/evidence/evidence.h"
#include "sigaudit/roster/roster.h"
#include "sigaudit/rules/result.h"
#include "sigaudit/rules/rule.h"

namespace sigaudit {

// Evaluates a rule set for one person at a time. Only activity up to the end
// of `as_of` (in the index's time zone) and ledger entries dated on or before
// it count. Every input must outlive the evaluator. No I/O.
class Evaluator {
  public:
    Evaluator(const RuleSet& rules, const ActivityIndex& activities, const Evidence& evidence,
              const Roster& roster, Date as_of);
    ~Evaluator();
    Evaluator(const Evaluator&) = delete;
    Evaluator& operator=(const Evaluator&) = delete;

    PersonResult evaluate(std::string_view login) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace sigaudit
