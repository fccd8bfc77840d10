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
#include "sigaudit/common/text_file.h"

namespace sigaudit {

// The one way every input file (roster, ledger, config, rules) is read once
// it is YAML: shape checks worded alike, unknown keys with a did-you-mean,
// keys written twice refused with both lines, and one budget that bounds
// what aliases can make a few lines cost.

// The codes an input reports the shared findings with.
struct YamlCodes {
    Code bad_value;      // a value of the wrong shape: a list where text belongs, ...
    Code unknown_key;    // a key the format does not define
    Code duplicate_key;  // a key written twice in one mapping
    Code too_large;      // the budget ran out: aliases spell out too much
};

// How one input's keys are read.
struct YamlDialect {
    YamlCodes codes;
    // Keys compare case-insensitively with '-' read as '_' (rosters are
    // hand-written: "Gitee-Id:" is gitee_id); otherwise keys are exact.
    bool loose_keys = false;
};

using KeyList = std::span<const std::string_view>;

// What fields() does with a key outside the known ones: report it, or (for
// formats whose mappings carry keys of their own, such as a roster's person)
// report it only when it looks like a typo of a known one.
enum class UnknownKeys { report, report_typos };

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

// Reads the nodes of one file, reporting every problem at the node it is
// about, inside the context the reader has entered ("rule 'reviewer'").
//
// Aliases let a few lines stand for billions of nodes (and yaml-cpp builds
// cycles from self-referring anchors), so reading spends one unit per node
// and per byte of text it looks at, from four times the file's size plus
// 64 KiB: a file without aliases never runs out. When the budget does run
// out, one `too_large` finding names where reading stopped, and nothing more
// is read or reported: the reader no longer looks at everything, so later
// findings would be noise.
class YamlReader {
  public:
    YamlReader(const TextFile& file, const YamlDialect& dialect,
               std::vector<Diagnostic>& diagnostics);

    const std::string& file() const { return file_; }
    SourceLocation where(const YAML::Node& node) const;
    void report(Code code, const YAML::Node& at, std::string message);
    void report(Code code, SourceLocation where, std::string message);
    bool exhausted() const { return exhausted_; }
    // How many findings this reader has reported so far.
    std::size_t findings() const { return findings_; }
    // Charges `units` for looking at `at`; false (reported once) when the
    // budget is spent.
    bool spend(const YAML::Node& at, std::size_t units);

    // While a Context lives, every finding names it (Falco's context chain).
    class Context {
      public:
        Context(YamlReader& reader, std::string what, const YAML::Node& at);
        ~Context();
        Context(const Context&) = delete;
        Context& operator=(const Context&) = delete;

      private:
        YamlReader& reader_;
    };

    // The short text under `key` among the first keys of `mapping`, for
    // naming a context before the mapping is read; looks at a bounded number
    // of keys, so it costs nothing the budget must know of.
    std::optional<std::string> peek_name(const YAML::Node& mapping, std::string_view key) const;

    // False, with a bad_value finding, unless `node` is a mapping.
    bool expect_mapping(const YAML::Node& node, std::string_view what);
    // The keys of `mapping` with their values. Keys that are not text and
    // keys written twice are reported and left out (the first one counts).
    // `what` names the mapping in messages: "a rule".
    std::vector<MapEntry> entries(const YAML::Node& mapping, std::string_view what);
    // The keys of `mapping` that are in `known`; the others as `unknown` says.
    Fields fields(const YAML::Node& mapping, KeyList known, std::string_view what,
                  UnknownKeys unknown = UnknownKeys::report);

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
    std::string key_of(std::string_view written) const;

    std::string file_;
    YamlDialect dialect_;
    std::vector<Diagnostic>& diagnostics_;
    std::size_t budget_;
    bool exhausted_ = false;
    std::size_t findings_ = 0;
    std::vector<ContextFrame> context_;
};

}  // namespace sigaudit
