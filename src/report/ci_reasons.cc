#include "ci_reasons.h"

#include <algorithm>

#include <fmt/format.h>

#include "render_parts.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/rules/confirmation.h"

namespace sigaudit::ci {

namespace {

bool change_before(const RoleChange& a, const RoleChange& b) {
    const std::string login_a = to_lower_ascii(a.login);
    const std::string login_b = to_lower_ascii(b.login);
    return login_a != login_b ? login_a < login_b : a.role < b.role;
}

bool is_leaf(const CriterionResult& criterion) {
    return criterion.type() == CriterionType::count || criterion.type() == CriterionType::sum ||
           criterion.type() == CriterionType::meets;
}

void collect_failing(const CriterionResult& criterion, std::vector<const CriterionResult*>& out) {
    if (criterion.passed || criterion.optional()) {
        return;
    }
    const std::size_t before = out.size();
    if (!is_leaf(criterion)) {
        for (const CriterionResult& child : criterion.children) {
            collect_failing(child, out);
        }
    }
    // A failed group whose children all pass (a window whose run fails as a
    // whole) is itself the thing to show.
    if (out.size() == before) {
        out.push_back(&criterion);
    }
}

// Failing criteria as phrases; the alternatives of a failed `any` become
// one phrase, since meeting any one of them is enough.
void failing_phrases(const CriterionResult& criterion, std::vector<std::string>& out) {
    if (criterion.passed || criterion.optional()) {
        return;
    }
    std::vector<std::string> parts;
    if (!is_leaf(criterion)) {
        for (const CriterionResult& child : criterion.children) {
            failing_phrases(child, parts);
        }
    }
    if (parts.empty()) {
        out.push_back(criterion_progress(criterion));
    } else if (criterion.type() == CriterionType::any && parts.size() > 1) {
        out.push_back(fmt::format("one of: {}", join_words(parts, " or ")));
    } else {
        out.insert(out.end(), parts.begin(), parts.end());
    }
}

std::string additions_verdict(std::int64_t additions, int unjustified) {
    if (additions == 0) {
        return "no role additions";
    }
    const std::string counted = count_of(additions, "role addition");
    if (additions == 1) {
        return counted + (unjustified == 0 ? ", justified" : ", not justified");
    }
    if (unjustified == 0) {
        return counted + ", all justified";
    }
    return fmt::format("{}, {} not justified", counted, unjustified);
}

}  // namespace

std::vector<const CiAddition*> ordered_additions(const CiReport& report) {
    std::vector<const CiAddition*> out;
    for (const CiAddition& addition : report.additions) {
        out.push_back(&addition);
    }
    std::stable_sort(out.begin(), out.end(), [](const CiAddition* a, const CiAddition* b) {
        return change_before(a->change, b->change);
    });
    return out;
}

std::vector<const RoleChange*> ordered_removals(const CiReport& report) {
    std::vector<const RoleChange*> out;
    for (const RoleChange& removal : report.removals) {
        out.push_back(&removal);
    }
    std::stable_sort(out.begin(), out.end(), [](const RoleChange* a, const RoleChange* b) {
        return change_before(*a, *b);
    });
    return out;
}

std::vector<Diagnostic> ordered_lint(const CiReport& report) {
    std::vector<Diagnostic> lint = report.lint;
    sort_diagnostics(lint);
    return lint;
}

std::vector<const CriterionResult*> failing_leaves(const CriterionResult& root) {
    std::vector<const CriterionResult*> out;
    collect_failing(root, out);
    return out;
}

std::string criterion_progress(const CriterionResult& criterion) {
    std::string out = fmt::format("{} {}/{}", render_detail::node_label(criterion),
                                  criterion.actual, criterion.required);
    if (!criterion.window.empty()) {
        out += fmt::format(" in {}", criterion.window);
    }
    return out;
}

std::vector<const PrerequisiteResult*> missing_prerequisites(const RuleResult& result) {
    std::vector<const PrerequisiteResult*> out;
    for (const PrerequisiteResult& prerequisite : result.prerequisites) {
        if (!prerequisite.held) {
            out.push_back(&prerequisite);
        }
    }
    return out;
}

std::string new_evidence_words(const CiAddition& addition) {
    if (addition.new_evidence.empty()) {
        return "";
    }
    std::vector<std::string> lines;
    for (const SourceLocation& where : addition.new_evidence) {
        lines.push_back(std::to_string(where.line));
    }
    const std::string entries =
        fmt::format("ledger entries this change adds or edits ({}:{})",
                    addition.new_evidence.front().file, fmt::join(lines, ", "));
    if (addition.new_evidence_ignored) {
        return "justified only with " + entries + ", which --ignore-new-evidence does not count";
    }
    return "justified only with " + entries + ": a maintainer must check them";
}

std::vector<std::string> addition_notes(const CiAddition& addition) {
    std::vector<std::string> notes;
    for (std::string note :
         {rename_words(addition), to_confirm_words(addition),
          addition.new_evidence_ignored ? std::string() : new_evidence_words(addition)}) {
        if (!note.empty()) {
            notes.push_back(std::move(note));
        }
    }
    return notes;
}

std::vector<std::string> reasons_unjustified(const CiAddition& addition) {
    if (addition.justified) {
        return {};
    }
    if (addition.new_evidence_ignored) {
        return {new_evidence_words(addition)};
    }
    if (!addition.result) {
        return {"no rule admits to this role"};
    }
    std::vector<std::string> out;
    for (const PrerequisiteResult* prerequisite : missing_prerequisites(*addition.result)) {
        if (prerequisite->unlisted_in) {
            out.push_back(fmt::format("not a {}: {}", role_title(prerequisite->role),
                                      render_detail::unlisted_words(*prerequisite)));
        } else {
            out.push_back(fmt::format("not a {} in the base or the head roster",
                                      role_title(prerequisite->role)));
        }
    }
    if (!addition.result->criteria_met) {
        failing_phrases(addition.result->criteria, out);
    }
    // The caller's verdict stands even when the result shows nothing failing.
    if (out.empty()) {
        out.push_back(fmt::format("the {} rule does not admit this person", addition.result->id()));
    }
    return out;
}

std::string role_added_words(const RoleChange& change) {
    if (!change.other_rung) {
        return std::string(role_title(change.role));
    }
    return fmt::format("{} (promoted from {})", role_title(change.role),
                       role_title(*change.other_rung));
}

std::string removal_words(const RoleChange& removal, const CiReport& report) {
    std::string out = fmt::format("no longer listed as {}", role_title(removal.role));
    if (removal.other_rung) {
        out += fmt::format(" (still a {})", role_title(*removal.other_rung));
    }
    for (const ProbableRename& rename : report.renames) {
        if (rename.old_login == to_lower_ascii(removal.login)) {
            out += fmt::format("; probably renamed to {}", rename.new_login);
        }
    }
    return out;
}

std::string rename_words(const CiAddition& addition) {
    if (!addition.rename) {
        return "";
    }
    const ProbableRename& rename = *addition.rename;
    const char* const same = rename.same_name && rename.same_email ? "same name and email"
                             : rename.same_email                   ? "same email"
                                                                   : "same name";
    return fmt::format(
        "probably a rename of {} ({}), who held the role; sigaudit cannot confirm an identity: a "
        "maintainer must",
        rename.old_login, same);
}

std::string to_confirm_words(const CiAddition& addition) {
    if (!addition.justified || !addition.result) {
        return "";
    }
    std::vector<std::string> items;
    for (const CriterionResult* node : pending_confirmations(*addition.result)) {
        items.push_back(fmt::format("{}: {}", node->id(), node->criterion->confirm));
    }
    return items.empty() ? std::string()
                         : "a maintainer must still confirm " + join_words(items, "; ");
}

std::string head_scope_words(const CiReport& report) {
    if (report.head_sig_repositories.empty()) {
        return "";
    }
    return fmt::format(
        "The head names other SIG repositories ({}); the base's are used until the change is "
        "merged.",
        join_words(report.head_sig_repositories, ", "));
}

std::string unused_changes_words(const CiReport& report) {
    if (report.unused_changes.empty()) {
        return "";
    }
    return fmt::format(
        "This change edits {}; ci reads its config and rules from the base revision ({}), so "
        "those edits were not used.",
        join_words(report.unused_changes, " and "), report.base_ref);
}

std::string new_roster_words(const CiReport& report) {
    if (!report.base_absent) {
        return "";
    }
    return fmt::format(
        "The base revision has no {}: this change adds the file, so every role in it is an "
        "addition.",
        report.head_path);
}

std::string verdict(const CiReport& report) {
    if (report.failure) {
        return "could not judge this change";
    }
    std::string out = additions_verdict(static_cast<std::int64_t>(report.additions.size()),
                                        count_unjustified(report));
    if (!report.renames.empty()) {
        out += fmt::format(
            "; {} to confirm",
            count_of(static_cast<std::int64_t>(report.renames.size()), "probable rename"));
    }
    const int errors = count_severity(report.lint, Severity::error);
    if (errors > 0) {
        out += fmt::format("; the head roster has {}", count_of(errors, "lint error"));
    }
    return out;
}

std::string deleted_roster_words(const CiReport& report) {
    if (!report.head_deleted) {
        return "";
    }
    return fmt::format(
        "This change deletes {}: every role the base held in it is removed ({}). Removals need "
        "no criteria; a maintainer decides whether the SIG's roster should go.",
        report.head_path, count_of(static_cast<std::int64_t>(report.removals.size()), "removal"));
}

std::string lint_in_base_words(const CiReport& report) {
    if (report.lint_in_base == 0) {
        return "";
    }
    const auto count = static_cast<std::int64_t>(report.lint_in_base);
    return fmt::format(
        "{} already present in the base roster; {} not fail this change.",
        count == 1 ? std::string("1 finding was") : fmt::format("{} findings were", grouped(count)),
        count == 1 ? "it does" : "they do");
}

std::string failure_words(const CiFailure& failure) {
    if (!failure.findings.empty()) {
        return "An input file does not read, so no role in this change was judged:";
    }
    if (failure.exit_code == kExitDataSource) {
        return "The Gitee data behind the verdicts could not be had, so no role in this change "
               "was judged: " +
               failure.message;
    }
    return "sigaudit could not judge this change: " + failure.message;
}

std::string failure_advice(const CiReport& report, const CiFailure& failure) {
    std::string out;
    if (failure.exit_code == kExitDataSource) {
        out =
            "This says nothing about the change: rerun the job once Gitee and the store are "
            "reachable (exit code 3, a data-source failure).";
    } else {
        const bool head =
            std::any_of(failure.findings.begin(), failure.findings.end(),
                        [&](const Diagnostic& d) { return d.where.file == report.head_path; });
        out = fmt::format(
            "{} and push again; until then this check fails (exit code 2, an input that does not "
            "read or a wrong invocation).",
            head ? "Fix " + report.head_path : std::string("Fix what is named above"));
    }
    if (!failure.hint.empty()) {
        out += " " + failure.hint;
    }
    return out;
}

}  // namespace sigaudit::ci
