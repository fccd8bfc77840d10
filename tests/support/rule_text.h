#pragma once

// Rule files written in a test, loaded, and their findings looked up: what
// the rule-loading tests share.

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "sigaudit/cli/rule_files.h"
#include "sigaudit/common/text_file.h"
#include "sigaudit/rules/rule.h"
#include "sigaudit/rules/rule_loader.h"
#include "support/scenario.h"

namespace sigaudit::testing {

using Strings = std::vector<std::string>;

inline Loaded<RuleSet> load(const std::string& text, const GroupOverrides& overrides = {}) {
    return load_rules({make_text_file("rules.yaml", text)}, overrides);
}

inline Loaded<RuleSet> load_shipped(const GroupOverrides& overrides = {}) {
    return load_rules(read_rule_files({shipped_rules_dir()}), overrides);
}

inline std::vector<Diagnostic> with_code(const Loaded<RuleSet>& result, const std::string& code) {
    std::vector<Diagnostic> found;
    std::copy_if(result.diagnostics.begin(), result.diagnostics.end(), std::back_inserter(found),
                 [&](const Diagnostic& d) { return code_name(d.code) == code; });
    return found;
}

// The one finding `code` gives for `text`, which must stand at line:column.
inline Diagnostic finding(const std::string& text, const std::string& code, int line, int column) {
    INFO(text);
    const Loaded<RuleSet> result = load(text);
    for (const Diagnostic& d : result.diagnostics) {
        UNSCOPED_INFO(d.where.line << ":" << d.where.column << " " << d.code << " " << d.message);
    }
    const std::vector<Diagnostic> found = with_code(result, code);
    REQUIRE(found.size() == 1);
    const Diagnostic& d = found.front();
    INFO(d.message);
    CHECK(d.where.file == "rules.yaml");
    CHECK(d.where.line == line);
    CHECK(d.where.column == column);
    CHECK_FALSE(d.snippet.empty());
    if (d.severity == Severity::error) {
        CHECK_FALSE(result.usable());
    }
    return d;
}

// A rule file whose one rule has one criterion, `c`, made of `lines` (each
// indented under `- id: c`). The criterion's first line is line 5, and its
// keys start in column 9.
inline std::string criterion(const Strings& lines) {
    std::string text =
        "rules:\n"
        "  - id: r\n"
        "    criteria:\n"
        "      - id: c\n";
    for (const std::string& line : lines) {
        text += "        " + line + "\n";
    }
    return text;
}

inline const Rule& rule(const RuleSet& rules, std::string_view id) {
    const Rule* found = rules.find(id);
    REQUIRE(found != nullptr);
    return *found;
}

// The criterion with `id` anywhere in `root`'s tree.
inline const Criterion* find_criterion(const Criterion& root, std::string_view id) {
    if (root.id == id) {
        return &root;
    }
    for (const Criterion& child : root.children) {
        if (const Criterion* found = find_criterion(child, id)) {
            return found;
        }
    }
    return nullptr;
}

inline const Criterion& criterion_of(const RuleSet& rules, std::string_view rule_id,
                                     std::string_view id) {
    const Criterion* found = find_criterion(rule(rules, rule_id).criteria, id);
    REQUIRE(found != nullptr);
    return *found;
}

}  // namespace sigaudit::testing
