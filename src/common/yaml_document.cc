#include "sigaudit/yaml_document.h"

#include <fmt/format.h>

namespace sigaudit {

namespace {

SourceLocation location_of_mark(const YAML::Mark& mark, const std::string& file) {
    if (mark.is_null()) {
        return SourceLocation{file, 0, 0};
    }
    return SourceLocation{file, mark.line + 1, mark.column + 1};
}

}  // namespace

YAML::Node parse_yaml(const TextFile& file) {
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(file.text);
    } catch (const YAML::Exception& e) {
        SourceLocation where = location_of_mark(e.mark, file.path);
        throw InputError(make_error("yaml-syntax", std::move(where),
                                    fmt::format("YAML syntax error: {}", e.msg)));
    }
    if (documents.size() > 1) {
        throw InputError(make_error(
            "multiple-documents", location_of(documents[1], file.path),
            fmt::format("the file holds {} YAML documents (separated by '---'); it must hold one",
                        documents.size())));
    }
    return documents.empty() ? YAML::Node() : documents.front();
}

SourceLocation location_of(const YAML::Node& node, const std::string& file) {
    return location_of_mark(node.Mark(), file);
}

bool is_text(const YAML::Node& node) {
    return node.IsScalar();
}

std::string describe_node_kind(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Sequence:
            return "a list";
        case YAML::NodeType::Map:
            return "a mapping";
        case YAML::NodeType::Scalar: {
            constexpr std::size_t kShown = 40;
            const std::string& text = node.Scalar();
            return text.size() <= kShown ? fmt::format("the text '{}'", text)
                                         : fmt::format("the text '{}...'", text.substr(0, kShown));
        }
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            break;
    }
    return "nothing";
}

}  // namespace sigaudit
