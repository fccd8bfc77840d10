#pragma once

#include <optional>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "sigaudit/common/diagnostic.h"
#include "sigaudit/common/text_file.h"

namespace sigaudit {

// Parses the single YAML document in `file`. Throws InputError with code
// `yaml-syntax` (naming line and column) when the text is not YAML, or
// `multiple-documents` when it holds more than one document. An empty file
// yields a null node.
YAML::Node parse_yaml(const TextFile& file);
// The same, for loaders that collect findings: nothing, with the finding in
// `diagnostics`, when the text is not one YAML document.
std::optional<YAML::Node> parse_yaml(const TextFile& file, std::vector<Diagnostic>& diagnostics);

// Where `node` starts in `file`, 1-based.
SourceLocation location_of(const YAML::Node& node, const std::string& file);

// The node's text when it is a scalar; describes what it is otherwise
// ("a list", "a mapping", "nothing") for messages.
bool is_text(const YAML::Node& node);
std::string describe_node_kind(const YAML::Node& node);

}  // namespace sigaudit
