#pragma once

// What the renderers share: lookups, verdicts in words, the criterion tree,
// text layout and Markdown escapes. Private to src/report.

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sigaudit/report/renderer.h"
#include "sigaudit/report/style.h"
#include "sigaudit/rules/result.h"
#include "sigaudit/rules/rule.h"

namespace sigaudit::render_detail {

// --- Looking things up ------------------------------------------------------

const RuleResult* find_result(const PersonResult& person, const Rule& rule);
// People by login, whatever order the report was filled in.
std::vector<const PersonResult*> people_by_login(const std::vector<PersonResult>& people);

// One column of the overview: a rule, headed by a short name.
struct Column {
    const Rule* rule;
    std::string header;  // the title's first word when that is unique, else the id
};
std::vector<Column> rule_columns(const RuleSet& rules);

// --- Verdicts ---------------------------------------------------------------

// "eligible", "criteria met, prerequisite missing (not yet a Member)", "not yet
// (1 of 2 criteria met)", each saying when the role is already held.
std::string verdict_words(const RuleResult& result, bool held);
Tone verdict_tone(const RuleResult& result, bool held);
// "not yet a Member": the prerequisites that are missing; empty when none are.
std::string missing_prerequisites(const RuleResult& result);
// "Member held, Reviewer missing", or "none".
std::string prerequisite_words(const RuleResult& result);
// "not a listed role in sig-info.yaml; its criteria are met", for a
// prerequisite whose `unlisted_in` is set.
std::string unlisted_words(const PrerequisiteResult& prerequisite);
// The rule's prerequisite roles by id: "member", "reviewer".
std::vector<std::string> prerequisite_ids(const Rule& rule);
// "member, committer", or "no role"; "; also mentor" for positions beside
// the ladder.
std::string roles_words(const PersonResult& person);
// "SIG repositories: mindspore/docs (from sigs/docs/sig-info.yaml:14)", or
// "" when the rules have no `sig` group.
std::string sig_scope_words(const std::optional<SigScope>& scope);
// "Gitee data: 9 repositories, synced up to 2026-12-03", or with the
// range and the oldest when they differ; "" when the rules read none.
std::string data_words(const DataCoverage& data);
// "the Gitee data was last synced on 2026-12-01, before the as-of day
// 2026-12-03: activity since then is not counted", or "".
std::string behind_words(const DataCoverage& data, Date as_of);
// "no contributions found for 'alcie' in 9 repositories, and neither the
// roster nor the ledger names them; did you mean alice?", or "" when known.
std::string unknown_login_words(const std::string& login,
                                const std::optional<UnknownLogin>& unknown);
// "Issue and PR states are today's, not those of 2026-06-30: ...", when
// `read_today` (an as-of day in the past, rules that read states); else "".
std::string states_note(bool read_today, Date as_of);
// "Excellent Developer (excellent-developer)"; just "Reviewer" when the id
// only repeats the title.
std::string rule_heading(const Rule& rule);
// "roster examples/sig_members.yaml", or "no roster read".
std::string roster_words(const std::string& roster_path);
// "alice (Alice Wu)", or just the login when the roster gives no name.
std::string person_label(const PersonResult& person);

// --- The criterion tree -----------------------------------------------------

// The criteria a result lists at its top: the root's children when the root
// is an all/any group (a rule's list of criteria), else the root alone. JSON
// and every text view use this one mapping.
std::vector<const CriterionResult*> top_criteria(const RuleResult& result);
// "all" or "any": how the top criteria combine.
std::string_view top_combine(const RuleResult& result);
// A node's children as shown. A `meets` node has none here: the rule it
// names is reported on its own.
std::vector<const CriterionResult*> shown_children(const CriterionResult& node);

// "9/10", "1 of 2 met", "12" (a sum's item), "met" (meets), each with the
// window's run when there is one.
std::string measure_words(const CriterionResult& node);
// What the node lacks, in words (describe_missing, or which month a
// per-month criterion falls short in). Empty when it passed.
std::string node_missing(const CriterionResult& node);
// "[######----]" for counts and sums; empty for other nodes.
std::string progress_bar(const CriterionResult& node);
// Whether the node's own evidence is worth listing: counts and sums (groups
// and windows only repeat their children's links).
bool shows_evidence(const CriterionResult& node);
// The failing required top criteria: "review-comments (9/10)".
std::vector<std::string> failing_criteria(const RuleResult& result);
// "misses review-comments (9/10)": why a role holder is below the criteria.
std::string shortfall_note(const RuleResult& result);
// The label a node is shown under: its id, else its words.
std::string node_label(const CriterionResult& node);
// The node's words: the rule file's description, or generated ones.
std::string node_words(const CriterionResult& node);

// --- The audit's sections in words (section_words.cc) -----------------------

// "Found: 5 people for a promotion, 2 people for a title, ...": the counts
// an audit opens with.
std::string counts_words(const AuditSections& sections);
// What a promotion line adds: "not on the roster", "holds Member without
// meeting its criteria"; empty when nothing.
std::string promotion_note(const AuditEntry& entry, const AuditSections& sections);
// "Excellent Developer and Senior Developer".
std::string titles_words(const PersonEntries& entries);
// "Member — misses sig-meetings (1/2); Maintainer — misses ...".
std::string below_words(const PersonEntries& entries);

// --- The suggested roster change (suggestion_lines.cc) -----------------------

// The YAML lines to paste for one list, in the roster's format; names quoted
// when YAML would read them otherwise.
std::vector<std::string> suggestion_yaml(const SuggestedList& list);
// "under Reviewers: after line 27", or "a new list Reviewers: ...".
std::string suggestion_place(const SuggestedList& list);
std::size_t count_listings(const std::vector<SuggestedList>& lists);

// --- The summary a check opens with (summary_words.cc) ----------------------

// "+" eligible, "~" criteria met with a prerequisite missing, "." not yet:
// the marks of the audit's overview.
std::string verdict_mark(const RuleResult& result);
// The rule not yet eligible that is nearest: the fewest failing criteria (a
// rule whose criteria are met, a prerequisite missing, first), the earlier
// rule on a tie; nullptr when every rule is eligible.
const RuleResult* nearest_rule(const PersonResult& person);
// "Committer — the criteria are met; what is missing: not yet a Reviewer",
// "Maintainer — missing: 1 more 'maintainer_review' entry in the evidence ledger".
std::string nearest_words(const RuleResult& result);

// --- Words for counts (missing_words.cc) -------------------------------------

// "PR comments on others' PRs in mindspore/mindspore or mindspore/models":
// what a count counts, with `n` choosing singular or plural.
std::string count_phrase(const Criterion& count, std::int64_t n);

// A window's each_month criterion, whose result is the run's weakest month:
// "at least 1 issue opened ... in each month (the weakest has 0)".
std::string per_month_missing(const CriterionResult& result);

// --- Text layout ------------------------------------------------------------

inline constexpr std::size_t kLineWidth = 100;
inline constexpr std::size_t kLinksShown = 3;

// Terminal columns: East Asian wide characters take two, combining marks none.
std::size_t display_width(std::string_view text);
std::string pad_right(std::string_view text, std::size_t width);
std::string pad_center(std::string_view text, std::size_t width);
// Words of `text` in lines of at most `width` columns, none empty.
std::vector<std::string> wrap_words(std::string_view text, std::size_t width);
// `text` wrapped at kLineWidth, each line indented by `indent` (lines after
// the first by `indent + hanging`), painted in `tone` when one is given.
void append_wrapped(std::string& out, std::size_t indent, std::string_view text, const Style& style,
                    std::optional<Tone> tone, std::size_t hanging = 0);
// A link shown short: the URL without its scheme (and without gitee.com/).
std::string link_label(std::string_view url);

// --- Markdown ---------------------------------------------------------------

// Text safe in Markdown prose and table cells: |, *, _, [, ], <, ... escaped,
// and '@' written as an entity, so that a name can mention nobody.
std::string md_escape(std::string_view text);
// `text` as a code span nothing in it can end or break (a path, a file:line):
// fenced by one backtick more than its longest run, '|' escaped for table
// cells, line breaks as spaces.
std::string md_code(std::string_view text);
// Text safe inside HTML (a <summary>), where Markdown escapes do not apply.
std::string html_escape(std::string_view text);
// "[label](url)" for an https:// address on gitee.com, with the URL made safe
// for the parentheses; any other address (a ledger's blog post, or a
// javascript: link an API answer slipped in) as a code span, never a link.
std::string md_link(std::string_view url);

// --- What a report stands on (basis_lines.cc) -------------------------------

// The lines under an audit's or a check's heading: the SIG's repositories,
// whether states are today's, when the data was synced, and a warning when
// the as-of day is past the sync.
struct ReportBasis {
    const std::optional<SigScope>& scope;
    bool states_read_today;
    Date as_of;
    const DataCoverage& data;
};
void append_basis_text(std::string& out, const ReportBasis& basis, const Style& style);
void append_basis_markdown(std::string& out, const ReportBasis& basis);

// A titled list of findings with their file:line, "Ledger warnings (2):
// these logins ...", placed before a report's verdicts: whoever they stand
// for is missing below, or stands there under a mistyped name. Nothing when
// there are none.
struct FindingsHeading {
    std::string_view title;
    std::string_view what;
};
inline constexpr FindingsHeading kLedgerWarnings{
    "Ledger warnings", "these logins match no one on the roster or in the Gitee data"};
inline constexpr FindingsHeading kRosterErrors{"Roster errors", "these entries are not audited"};
void append_findings_text(std::string& out, const std::vector<Diagnostic>& findings,
                          FindingsHeading heading, Tone tone, const Style& style);
void append_findings_markdown(std::string& out, const std::vector<Diagnostic>& findings,
                              FindingsHeading heading);

// --- Confirmations (confirmation_words.cc) -----------------------------------

// "to confirm by a maintainer: the merged PR is core framework code", or
// "confirmed by zheng_wei on 2026-05-02: ..." for a passing criterion with a
// `confirm`; empty otherwise.
std::string confirmation_line(const CriterionResult& node);
// "1 item to confirm" when the result's criteria are met on data a
// maintainer has yet to confirm; empty otherwise.
std::string to_confirm_note(const RuleResult& result);
// What the ledger entry that clears `node` looks like.
std::string confirmation_entry_hint(const CriterionResult& node);
// What one person's results wait to have confirmed: the titles of the
// results whose criteria are met on it, and each criterion to confirm once
// (Senior Developer repeats Excellent Developer's through `meets`).
struct PendingGroup {
    std::vector<std::string> titles;
    std::vector<const CriterionResult*> nodes;
};
PendingGroup pending_group(const std::vector<const RuleResult*>& results);
// An audit's to_confirm entries, one group per person, in their order.
struct PersonPending {
    const PersonResult* person;
    PendingGroup group;
};
std::vector<PersonPending> pending_by_person(const std::vector<AuditEntry>& entries);
// Each criterion of the group: what to confirm, the evidence to look at,
// and (text) the ledger entry that records it.
void append_pending_text(std::string& out, const PendingGroup& group, std::size_t indent,
                         const Style& style);
void append_pending_markdown(std::string& out, const PendingGroup& group, std::size_t indent);

// --- Shared renderings ------------------------------------------------------

struct TreeOptions {
    bool bars = false;     // progress bars for counts and sums
    bool missing = false;  // what is missing, in words
    std::size_t links = kLinksShown;
    // How many levels of the tree to show: 1 is the top criteria alone.
    std::size_t levels = std::numeric_limits<std::size_t>::max();
};

// What an audit's details show of one result: the whole tree where the
// maintainers have something to decide (eligible, criteria met, or the role
// held), only the top criteria elsewhere; `check` shows everyone's all.
TreeOptions audit_tree_options(const RuleResult& result, bool held);
// The line under "Everyone" that says so.
inline constexpr std::string_view kDetailsNote =
    "Rules with nothing to decide show only their top criteria; sigaudit check LOGIN shows "
    "every criterion.";

// Every top criterion of a result and its children, indented, one per line.
void append_criteria_text(std::string& out, const RuleResult& result, std::size_t indent,
                          const TreeOptions& options, const Style& style);
// The same as nested Markdown bullets.
void append_criteria_markdown(std::string& out, const RuleResult& result,
                              const TreeOptions& options);

// "+", "~", "." (text) or "✓", "◐", "·" (Markdown) for a result, bracketed
// when the role is held.
std::string overview_symbol(const RuleResult& result, bool held, bool markdown);

}  // namespace sigaudit::render_detail
