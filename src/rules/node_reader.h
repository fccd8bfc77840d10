#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "sigaudit/common/diagnostic.h"

namespace sigaudit {

// A real rule file is a few hundred nodes. Aliases let a few lines stand for
// billions (and yaml-cpp builds cycles from self-referring anchors), so
// reading a file stops once it has looked at this many.
inline constexpr std::size_t kMaxNodesPerFile = 50'000;
// Text counts too, one value per this many bytes: a long scalar repeated
// through aliases is otherwise copied into every message quoting it.
inline constexpr std::size_t kTextBytesPerValue = 64;

using KeyList = std::span<const std::string_view>;

// One key of a mapping as written, with its value.
struct Field {
    std::string_view name;  // the known key it is
    YAML::Node key;
    YAML::Node value;
};

// One key of a mapping whose keys are names the file chooses (groups).
struct MapEntry {
    std::string name;
    YAML::Node key;
    YAML::Node value;
};

// The known keys one mapping holds, in the order written.
struct Fields {
    std::vector<Field> known;
    std::vector<std::string_view> misspelt;  // known keys that some unknown key is a typo of

    const Field* find(std::string_view name) const;
    // Whether `name` is missing only because it was misspelt; its typo is
    // reported already, and "missing" would say the same thing again.
    bool misspells(std::string_view name) const;
};

// A text item of a list, with the node it came from.
struct TextItem {
    std::string text;
    YAML::Node node;
};

// Reads the nodes of one rule file, reporting every problem at the node it
// is about. Shape checks live here so that every reader words them alike.
class NodeReader {
  public:
    NodeReader(std::string file, std::vector<Diagnostic>& diagnostics);

    const std::string& file() const { return file_; }
    SourceLocation where(const YAML::Node& node) const;
    // After the budget runs out nothing more is reported: the reader no
    // longer looks at everything, so later findings would be noise.
    void error(Code code, const YAML::Node& at, std::string message);
    void warning(Code code, const YAML::Node& at, std::string message);
    void warning(Code code, SourceLocation where, std::string message);
    bool exhausted() const { return exhausted_; }

    // False, with a rule-bad-value error, unless `node` is a mapping.
    bool expect_mapping(const YAML::Node& node, std::string_view what);
    // The keys of `mapping` with their values. Keys that are not words and
    // keys written twice are reported and left out.
    std::vector<MapEntry> entries(const YAML::Node& mapping, std::string_view what);
    // The keys of `mapping` that are in `known`. Keys outside it, keys that
    // are not words and keys written twice are reported. `what` names the
    // mapping in messages: "a rule".
    Fields fields(const YAML::Node& mapping, KeyList known, std::string_view what);

    // The items of the list under `field`; with `one_allowed`, a single
    // value stands for a list of one (`repos: framework`). Nothing, with an
    // error, for a value of another shape and for an empty list.
    std::vector<YAML::Node> items(const Field& field, bool one_allowed);
    // The value as trimmed, non-empty text.
    std::optional<std::string> text(const Field& field);
    std::optional<std::string> text(const YAML::Node& node, std::string_view name);
    // Text, or a list of texts; the items that are not text are reported and left out.
    std::vector<TextItem> texts(const Field& field);
    std::optional<bool> flag(const Field& field);
    // A whole number in [min, max]; a number out of range or no number at
    // all is reported with `code`.
    std::optional<std::int64_t> whole_number(const Field& field, std::int64_t min, std::int64_t max,
                                             Code code);

  private:
    bool spend(const YAML::Node& at, std::size_t nodes);
    void report(Diagnostic diagnostic);

    std::string file_;
    std::vector<Diagnostic>& diagnostics_;
    std::size_t budget_ = kMaxNodesPerFile;
    bool exhausted_ = false;
};

}  // namespace sigaudit
