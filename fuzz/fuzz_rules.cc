// Rule files: load_rules on one file of any UTF-8 text. It never throws for
// a problem in the file, and with any error it returns no rules. What it
// does return is evaluated for two people over a small activity set and
// ledger, so the engine meets every rule set the loader accepts (a chain
// of meets that doubles, a window over odd months). Any exception escaping
// is a bug.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "fuzz_check.h"
#include "sigaudit/activity/activity_index.h"
#include "sigaudit/common/text_file.h"
#include "sigaudit/evidence/evidence.h"
#include "sigaudit/roster/roster.h"
#include "sigaudit/rules/evaluator.h"
#include "sigaudit/rules/rule_loader.h"

using namespace sigaudit;

namespace {

constexpr Instant kMay = 1777860000;  // 2026-05-04

std::vector<Activity> small_activity_set() {
    std::vector<Activity> out;
    const char* repos[] = {"mindspore/mindspore", "mindspore/models", "mindspore/docs"};
    int step = 0;
    for (const char* login : {"alice", "bob"}) {
        for (const char* repo : repos) {
            for (ActivityKind kind : kActivityKinds) {
                Activity a;
                a.kind = kind;
                a.login = login;
                a.repo = repo;
                a.time = kMay - 86400 * 20 * step++;
                a.url = "https://gitee.com/" + std::string(repo) + "/pulls/1";
                a.number = std::to_string(step);
                a.target_author = login[0] == 'a' ? "bob" : "alice";
                a.state = is_pr_kind(kind) ? "merged" : "closed";
                a.issue_type = "缺陷";
                a.is_command = step % 3 == 0;
                a.command = a.is_command ? "lgtm" : "";
                a.comment_type = step % 2 == 0 ? "diff_comment" : "pr_comment";
                out.push_back(std::move(a));
            }
        }
    }
    return out;
}

Evidence small_ledger() {
    std::vector<EvidenceEntry> entries;
    for (EvidenceType type : {EvidenceType::meeting, EvidenceType::article, EvidenceType::talk}) {
        EvidenceEntry entry;
        entry.login = "alice";
        entry.type = type;
        entry.date = Date{2026, 3, 1};
        entries.push_back(entry);
    }
    return Evidence(std::move(entries));
}

void evaluate_all(const RuleSet& rules) {
    static const std::vector<Activity> activities = small_activity_set();
    static const Evidence ledger = small_ledger();
    const ActivityIndex index(activities, UtcOffset{480});
    const Evaluator evaluator(rules, index, ledger, Date{2026, 6, 30});
    for (const char* login : {"alice", "bob"}) {
        RosterPerson person;
        person.login = login;
        const PersonResult result = evaluator.evaluate(person);
        fuzz::check(result.results.size() == rules.rules.size(), "a rule without a result");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<TextFile> files;
    try {
        files.push_back(make_text_file("rules.yaml", fuzz::bytes_of(data, size)));
    } catch (const InputError& e) {
        const std::string code(code_name(e.diagnostic().code));
        fuzz::check(code == "not-text" || code == "invalid-utf8", "make_text_file: unknown code");
        return 0;
    }
    const Loaded<RuleSet> load = load_rules(files);
    fuzz::check(!has_errors(load.diagnostics) || !load.usable(), "rules returned despite errors");
    for (const Diagnostic& d : load.diagnostics) {
        fuzz::check(!code_name(d.code).empty() && !d.message.empty(),
                    "a diagnostic without code or message");
    }
    if (load.usable()) {
        evaluate_all(*load.value);
    }
    return 0;
}
