#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "sigaudit/common/yaml_reader.h"
#include "sigaudit/evidence/evidence.h"

namespace sigaudit {

// Reads one item of the `evidence:` list. Problems go through `reader`; the
// entry comes back only when it has none, so a half-read fact never counts.
std::optional<EvidenceEntry> read_evidence_entry(YamlReader& reader, const YAML::Node& item);

}  // namespace sigaudit
