#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "sigaudit/common/diagnostic.h"
#include "sigaudit/evidence/evidence.h"

namespace sigaudit {

// Reads one item of the `evidence:` list. Problems go to `diagnostics`; the
// entry comes back only when it has none, so a half-read fact never counts.
std::optional<EvidenceEntry> read_evidence_entry(const YAML::Node& item, const std::string& file,
                                                 std::vector<Diagnostic>& diagnostics);

// The tail of an "unknown X" message: "did you mean 'date'? Known keys: a, b"
// when `word` is a likely typo (see likely_meant in strings.h), else "known keys: a, b". `plural`
// names the list ("keys").
std::string suggest_known(std::string_view word, const std::vector<std::string_view>& known,
                          std::string_view plural);

}  // namespace sigaudit
