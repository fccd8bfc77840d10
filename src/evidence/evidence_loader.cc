#include "sigaudit/evidence/evidence_loader.h"

#include <fmt/format.h>

#include "entry_reader.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/common/yaml_document.h"

namespace sigaudit {

namespace {

constexpr std::string_view kLedgerKey = "evidence";

// The value of the top-level `evidence:` key (undefined when it is missing),
// with an error for every other key.
YAML::Node find_ledger_list(const YAML::Node& root, const std::string& file,
                            std::vector<Diagnostic>& diagnostics) {
    YAML::Node list(YAML::NodeType::Undefined);
    bool misspelt_ledger_key = false;
    for (const auto& pair : root) {
        const bool is_ledger_key = pair.first.IsScalar() && pair.first.Scalar() == kLedgerKey;
        if (is_ledger_key && !list.IsDefined()) {
            list = pair.second;
            continue;
        }
        if (is_ledger_key) {
            diagnostics.push_back(make_diagnostic(
                Code::evidence_duplicate_key, location_of(pair.first, file),
                "'evidence' is written twice at the top level; keep one list of entries"));
            continue;
        }
        const std::string key =
            pair.first.IsScalar() ? pair.first.Scalar() : describe_node_kind(pair.first);
        misspelt_ledger_key = misspelt_ledger_key || likely_meant(key, {kLedgerKey});
        diagnostics.push_back(make_diagnostic(Code::evidence_unknown_key, location_of(pair.first, file),
                                         fmt::format("unknown top-level key '{}'; {}", key,
                                                     suggest_known(key, {kLedgerKey}, "keys"))));
    }
    // A misspelt 'evidence:' is reported as such; "no list" would only add noise.
    if (!list.IsDefined() && !misspelt_ledger_key) {
        diagnostics.push_back(
            make_diagnostic(Code::evidence_missing_field, location_of(root, file),
                       "the file has no top-level 'evidence:' list; is it an evidence ledger?"));
    }
    return list;
}

// What reading `item` costs: itself, and each key with its text.
std::size_t cost_of(const YAML::Node& item) {
    std::size_t units = 1;
    if (item.IsMap()) {
        for (const auto& pair : item) {
            units += 1 + (pair.first.IsScalar() ? pair.first.Scalar().size() : 0) +
                     (pair.second.IsScalar() ? pair.second.Scalar().size() : 0);
        }
    }
    return units;
}

// Aliases let a few lines list one entry a thousand times, and an entry with a
// thousand bad keys then gives a million findings. Reading spends one unit per
// entry, per key and per byte of text, from four times the file's size plus
// 64 KiB: text without aliases never runs out; when aliases do, reading stops
// with `evidence-too-large`.
std::vector<EvidenceEntry> read_ledger_list(const YAML::Node& list, const std::string& file,
                                            std::size_t text_bytes,
                                            std::vector<Diagnostic>& diagnostics) {
    std::size_t budget = 4 * text_bytes + 64 * 1024;
    std::vector<EvidenceEntry> entries;
    if (!list.IsDefined() || list.IsNull()) {
        return entries;  // a ledger nobody has added to yet
    }
    if (!list.IsSequence()) {
        diagnostics.push_back(make_diagnostic(
            Code::evidence_not_list, location_of(list, file),
            fmt::format("'evidence' must be a list of entries (lines starting with '- login:'), "
                        "but it is {}",
                        describe_node_kind(list))));
        return entries;
    }
    for (const auto& item : list) {
        if (const std::size_t units = cost_of(item); units <= budget) {
            budget -= units;
        } else {
            diagnostics.push_back(make_diagnostic(
                Code::evidence_too_large, location_of(item, file),
                "reading stopped here: through aliases the ledger spells out more than four "
                "times what its text holds; write each entry out instead"));
            break;
        }
        if (!item.IsMap()) {
            diagnostics.push_back(make_diagnostic(
                Code::evidence_not_mapping, location_of(item, file),
                fmt::format("each evidence entry must be a mapping with login, type and date, "
                            "but this one is {}",
                            describe_node_kind(item))));
            continue;
        }
        if (auto entry = read_evidence_entry(item, file, diagnostics)) {
            entries.push_back(std::move(*entry));
        }
    }
    return entries;
}

// The exception's message stands alone (the CLI prints only it), so it
// carries the position and says whether fixing this one problem is enough.
Diagnostic first_problem(const EvidenceParse& parse) {
    // The location travels in the diagnostic; whoever prints it puts it in front.
    Diagnostic first = parse.diagnostics.front();
    if (const std::size_t more = parse.diagnostics.size() - 1; more > 0) {
        first.message +=
            fmt::format(" ({} more problem{} in this file)", more, more == 1 ? "" : "s");
    }
    return first;
}

}  // namespace

EvidenceParse parse_evidence(const TextFile& file) {
    const YAML::Node root = parse_yaml(file);
    EvidenceParse parse;
    if (root.IsNull()) {
        return parse;  // an empty ledger file: nothing recorded yet
    }
    if (!root.IsMap()) {
        parse.diagnostics.push_back(make_diagnostic(
            Code::evidence_not_mapping, location_of(root, file.path),
            fmt::format("the top level must be a mapping with an 'evidence:' list, but it is {}",
                        describe_node_kind(root))));
    } else {
        const YAML::Node list = find_ledger_list(root, file.path, parse.diagnostics);
        parse.evidence =
            Evidence(read_ledger_list(list, file.path, file.text.size(), parse.diagnostics));
    }
    sort_diagnostics(parse.diagnostics);
    attach_snippets(parse.diagnostics, file);
    return parse;
}

Evidence load_evidence(const TextFile& file) {
    EvidenceParse parse = parse_evidence(file);
    if (!parse.diagnostics.empty()) {
        throw InputError(first_problem(parse));
    }
    return std::move(parse.evidence);
}

Evidence load_evidence_file(const std::string& path) {
    return load_evidence(read_text_file(path));
}

}  // namespace sigaudit
