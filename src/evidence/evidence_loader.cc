#include "sigaudit/evidence/evidence_loader.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "entry_reader.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/common/yaml_document.h"
#include "sigaudit/common/yaml_reader.h"

namespace sigaudit {

namespace {

constexpr std::string_view kLedgerKey = "evidence";
constexpr std::string_view kTopLevelKeys[] = {kLedgerKey};

constexpr YamlDialect kLedgerDialect{{Code::evidence_not_text, Code::evidence_unknown_key,
                                      Code::evidence_duplicate_key, Code::evidence_too_large}};

// The value of the top-level `evidence:` key; nothing when it is missing
// (reported, unless a misspelt key already stands for it).
std::optional<YAML::Node> find_ledger_list(YamlReader& reader, const YAML::Node& root) {
    const Fields fields = reader.fields(root, kTopLevelKeys, "the top level");
    if (const Field* list = fields.find(kLedgerKey)) {
        return list->value;
    }
    if (!fields.misspells(kLedgerKey)) {
        reader.report(Code::evidence_missing_field, root,
                      "the file has no top-level 'evidence:' list; is it an evidence ledger?");
    }
    return std::nullopt;
}

std::vector<EvidenceEntry> read_ledger_list(YamlReader& reader, const YAML::Node& list) {
    std::vector<EvidenceEntry> entries;
    if (list.IsNull()) {
        return entries;  // a ledger nobody has added to yet
    }
    if (!list.IsSequence()) {
        reader.report(Code::evidence_not_list, list,
                      fmt::format("'evidence' must be a list of entries (lines starting with "
                                  "'- login:'), but it is {}",
                                  describe_node_kind(list)));
        return entries;
    }
    for (const auto& item : list) {
        if (!reader.spend(item, 1)) {
            break;
        }
        if (!item.IsMap()) {
            reader.report(Code::evidence_not_mapping, item,
                          fmt::format("each evidence entry must be a mapping with login, type and "
                                      "date, but this one is {}",
                                      describe_node_kind(item)));
            continue;
        }
        if (auto entry = read_evidence_entry(reader, item)) {
            entries.push_back(std::move(*entry));
        }
    }
    return entries;
}

}  // namespace

Loaded<Evidence> load_evidence(const TextFile& file) {
    Loaded<Evidence> loaded;
    const std::optional<YAML::Node> root = parse_yaml(file, loaded.diagnostics);
    if (!root) {
        return loaded;
    }
    std::vector<EvidenceEntry> entries;
    YamlReader reader(file, kLedgerDialect, loaded.diagnostics);
    if (root->IsNull()) {
        // An empty ledger file: nothing recorded yet.
    } else if (!root->IsMap()) {
        reader.report(Code::evidence_not_mapping, *root,
                      fmt::format("the top level must be a mapping with an 'evidence:' list, but "
                                  "it is {}",
                                  describe_node_kind(*root)));
    } else if (const auto list = find_ledger_list(reader, *root)) {
        entries = read_ledger_list(reader, *list);
    }
    settle_findings(loaded.diagnostics, std::span(&file, 1));
    if (!has_errors(loaded.diagnostics)) {
        loaded.value = Evidence(std::move(entries));
    }
    return loaded;
}

bool looks_like_ledger(const TextFile& file) {
    const std::string name = std::filesystem::path(file.path).filename().string();
    if (istarts_with(name, kLedgerKey)) {
        return true;
    }
    std::string_view text = file.text;
    while (!text.empty()) {
        const std::size_t end = std::min(text.find('\n'), text.size());
        const std::string_view line = text.substr(0, end);
        if (line.starts_with(kLedgerKey) && trim(line.substr(kLedgerKey.size())).starts_with(':')) {
            return true;
        }
        text.remove_prefix(std::min(end + 1, text.size()));
    }
    return false;
}

}  // namespace sigaudit
