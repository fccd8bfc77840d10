#include "sigaudit/common/yaml_document.h"

#include <optional>
#include <sstream>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>

namespace sigaudit {

namespace {

SourceLocation location_of_mark(const YAML::Mark& mark, const std::string& file) {
    if (mark.is_null()) {
        return SourceLocation{file, 0, 0};
    }
    return SourceLocation{file, mark.line + 1, mark.column + 1};
}

// Remembers where the latest document started; ignores everything else.
class DocumentStarts : public YAML::EventHandler {
  public:
    const YAML::Mark& latest() const { return latest_; }

    void OnDocumentStart(const YAML::Mark& mark) override { latest_ = mark; }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}

  private:
    YAML::Mark latest_;
};

// yaml-cpp 0.7 loops for ever on some malformed text (a stray ',' where a
// document could start: jbeder/yaml-cpp#1040), reading empty document after
// empty document at the same spot and allocating each one until memory runs
// out. A parser that makes progress never starts two documents at one
// position, so this walk stops there with a syntax error instead.
void reject_stuck_parse(const std::string& text) {
    std::istringstream input(text);
    YAML::Parser parser(input);
    DocumentStarts starts;
    std::optional<int> previous;
    while (parser.HandleNextDocument(starts)) {
        const YAML::Mark& mark = starts.latest();
        if (previous == mark.pos) {
            const char c = mark.pos >= 0 && static_cast<std::size_t>(mark.pos) < text.size()
                               ? text[static_cast<std::size_t>(mark.pos)]
                               : '\0';
            throw YAML::ParserException(
                mark, c > ' ' && c < 0x7F ? fmt::format("unexpected '{}'", c) : "unexpected text");
        }
        previous = mark.pos;
    }
}

}  // namespace

YAML::Node parse_yaml(const TextFile& file) {
    std::vector<YAML::Node> documents;
    try {
        reject_stuck_parse(file.text);
        documents = YAML::LoadAll(file.text);
    } catch (const YAML::Exception& e) {
        SourceLocation where = location_of_mark(e.mark, file.path);
        throw InputError(make_diagnostic(Code::yaml_syntax, std::move(where),
                                         fmt::format("YAML syntax error: {}", e.msg)));
    }
    if (documents.size() > 1) {
        throw InputError(make_diagnostic(
            Code::multiple_documents, location_of(documents[1], file.path),
            fmt::format("the file holds {} YAML documents (separated by '---'); it must hold one",
                        documents.size())));
    }
    return documents.empty() ? YAML::Node() : documents.front();
}

std::optional<YAML::Node> parse_yaml(const TextFile& file, std::vector<Diagnostic>& diagnostics) {
    try {
        return parse_yaml(file);
    } catch (const InputError& e) {
        diagnostics.insert(diagnostics.end(), e.diagnostics().begin(), e.diagnostics().end());
        return std::nullopt;
    }
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
