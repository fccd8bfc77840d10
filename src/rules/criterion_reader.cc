#include "criterion_reader.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "criterion_keys.h"
#include "filter_reader.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/common/yaml_document.h"

namespace sigaudit {

namespace {

constexpr std::int64_t kMaxThreshold = 1'000'000'000;
constexpr std::int64_t kMaxWindowMonths = 24;

// Where a criterion stands: the items of `sum` are bare counts.
enum class Position { tree, sum_item };

// Reads one rule's criteria; holds what the whole tree shares.
class CriterionReader {
  public:
    CriterionReader(YamlReader& reader, RuleRecord& record) : reader_(reader), record_(record) {}

    std::optional<Criterion> read_root(const Field& field) {
        if (field.value.IsMap()) {
            return read(field.value, 1, Position::tree);
        }
        Criterion root;
        root.type = CriterionType::all;
        root.id = record_.rule.id;
        root.where = reader_.where(field.value);
        if (!root.id.empty()) {
            ids_.emplace(root.id, record_.id_where);
        }
        root.children = criteria_in(field, 2);
        return root;
    }

  private:
    std::optional<Criterion> read(const YAML::Node& node, int depth, Position position) {
        if (!reader_.expect_mapping(node, "a criterion")) {
            return std::nullopt;
        }
        if (depth > kMaxCriterionDepth) {
            reader_.report(Code::rule_too_deep, node,
                           fmt::format("criteria nest more than {} levels deep here; flatten "
                                       "them (or look for an alias that contains itself)",
                                       kMaxCriterionDepth));
            return std::nullopt;
        }
        std::optional<YamlReader::Context> in_criterion;
        if (const auto id = reader_.peek_name(node, "id")) {
            in_criterion.emplace(reader_, fmt::format("criterion '{}'", *id), node);
        }
        const Fields fields = reader_.fields(node, criterion_keys(), "a criterion");
        Criterion criterion;
        criterion.where = reader_.where(node);
        read_common(node, fields, position, criterion);
        const TypeSpec* spec = type_of(node, fields);
        if (spec == nullptr || !fits_position(node, *spec, position)) {
            return std::nullopt;
        }
        check_keys_fit(fields, *spec, position);
        criterion.type = spec->type;
        read_body(node, fields, depth, position, criterion);
        return criterion;
    }

    void read_body(const YAML::Node& node, const Fields& fields, int depth, Position position,
                   Criterion& criterion) {
        switch (criterion.type) {
            case CriterionType::all:
            case CriterionType::any:
                criterion.children = list_of_criteria(
                    *fields.find(criterion_type_id(criterion.type)), depth + 1, Position::tree);
                break;
            case CriterionType::count:
                read_count(node, fields, position, criterion);
                break;
            case CriterionType::sum:
                read_sum(node, fields, depth, criterion);
                break;
            case CriterionType::window:
                read_window(fields, depth, criterion);
                break;
            case CriterionType::meets:
                read_meets(*fields.find("meets"), criterion);
                break;
        }
    }

    void read_common(const YAML::Node& node, const Fields& fields, Position position,
                     Criterion& criterion) {
        if (const Field* id = fields.find("id")) {
            read_id(*id, criterion);
        } else if (position == Position::tree && !fields.misspells("id")) {
            reader_.report(Code::rule_missing_key, node,
                           "this criterion has no 'id'; reports name each criterion by its id, "
                           "unique within the rule");
        }
        if (const Field* description = fields.find("description")) {
            criterion.description = reader_.text(*description).value_or("");
        }
        if (const Field* optional = fields.find("optional")) {
            criterion.optional = reader_.flag(*optional).value_or(false);
        }
        if (const Field* confirm = fields.find("confirm")) {
            criterion.confirm = reader_.text(*confirm).value_or("");
            criterion.confirm_key = record_.rule.id + "/" + criterion.id;
        }
    }

    void read_id(const Field& field, Criterion& criterion) {
        const auto id = reader_.text(field);
        if (!id) {
            return;
        }
        if (!is_kebab_id(*id)) {
            reader_.report(Code::rule_bad_id, field.value,
                           fmt::format("criterion id '{}' must be kebab-case: lower-case letters, "
                                       "digits and '-'",
                                       *id));
            return;
        }
        const SourceLocation here = reader_.where(field.value);
        const auto [first, inserted] = ids_.emplace(*id, here);
        if (!inserted) {
            reader_.report(Code::rule_duplicate_id, field.value,
                           duplicate_id_message(*id, first->second, here));
        }
        criterion.id = *id;
    }

    // The same node met twice is an alias used twice, which no line number explains.
    static std::string duplicate_id_message(const std::string& id, const SourceLocation& earlier,
                                            const SourceLocation& here) {
        if (earlier.line == here.line && earlier.column == here.column) {
            return fmt::format(
                "criterion '{}' is used more than once in this rule (through an "
                "alias); each use needs its own id",
                id);
        }
        return fmt::format(
            "criterion id '{}' is already used in this rule (at {}); ids must be "
            "unique within a rule",
            id, earlier_place(earlier, here.file));
    }

    // The one type key among `fields`; nothing, reported, when there is none or several.
    const TypeSpec* type_of(const YAML::Node& node, const Fields& fields) {
        const TypeSpec* found = nullptr;
        const Field* found_field = nullptr;
        for (const Field& field : fields.known) {
            const TypeSpec* spec = spec_for_key(field.name);
            if (spec == nullptr) {
                continue;
            }
            if (found != nullptr) {
                reader_.report(Code::rule_bad_criterion, field.key,
                               fmt::format("a criterion checks one thing, but this one has both "
                                           "'{}' and '{}'; make them two criteria (inside all or "
                                           "any)",
                                           found_field->name, field.name));
                return nullptr;
            }
            found = spec;
            found_field = &field;
        }
        const bool misspelt =
            std::any_of(type_specs().begin(), type_specs().end(),
                        [&](const TypeSpec& s) { return fields.misspells(s.key); });
        if (found == nullptr && !misspelt) {
            reader_.report(Code::rule_bad_criterion, node,
                           fmt::format("this criterion does not say what it checks: give it one "
                                       "of {}",
                                       type_keys_in_words()));
        }
        return found;
    }

    bool fits_position(const YAML::Node& node, const TypeSpec& spec, Position position) {
        if (position == Position::sum_item && spec.type != CriterionType::count) {
            reader_.report(
                Code::rule_bad_criterion, node,
                fmt::format("the items of 'sum' are counts, but this one is '{}'", spec.key));
            return false;
        }
        return true;
    }

    // Keys that belong to other criterion types, or that a sum's counts may not have.
    void check_keys_fit(const Fields& fields, const TypeSpec& spec, Position position) {
        for (const Field& field : fields.known) {
            if (position == Position::sum_item && field.name == "at_least") {
                reader_.report(Code::rule_bad_threshold, field.key,
                               "a count inside 'sum' has no threshold of its own; the sum's "
                               "at_least applies to the total");
            } else if (position == Position::sum_item && field.name == "optional") {
                reader_.report(Code::rule_bad_value, field.key,
                               "a count inside 'sum' cannot be optional; make the sum optional");
            } else if (position == Position::sum_item && field.name == "confirm") {
                reader_.report(Code::rule_bad_value, field.key,
                               "a count inside 'sum' has nothing of its own to confirm; put "
                               "'confirm' on the sum");
            } else if (!lists_key(kCommonKeys, field.name) && field.name != spec.key &&
                       !lists_key(spec.own_keys, field.name) && !spec_for_key(field.name)) {
                reader_.report(Code::rule_unknown_key, field.key,
                               fmt::format("'{}' does not belong with '{}'{}", field.name, spec.key,
                                           owner_hint(field.name)));
            }
        }
    }

    // "; it goes with 'count' or 'sum'": the types a misplaced key belongs to.
    static std::string owner_hint(std::string_view key) {
        std::vector<std::string> owners;
        for (const TypeSpec& spec : type_specs()) {
            if (lists_key(spec.own_keys, key)) {
                owners.push_back(fmt::format("'{}'", spec.key));
            }
        }
        return owners.empty() ? std::string()
                              : fmt::format("; it goes with {}", join_words(owners));
    }

    void read_count(const YAML::Node& node, const Fields& fields, Position position,
                    Criterion& criterion) {
        const Field& kind = *fields.find("count");
        const std::optional<CountSource> source = read_source(kind);
        criterion.source = source.value_or(CountSource{});
        criterion.filter = read_filter(reader_, fields, source, record_.group_refs);
        if (const Field* distinct = fields.find("distinct")) {
            criterion.distinct = read_distinct(reader_, *distinct, source);
        }
        if (position == Position::tree) {
            criterion.at_least = read_threshold(node, fields, "count");
        }
    }

    std::optional<CountSource> read_source(const Field& field) {
        const auto id = reader_.text(field);
        if (!id) {
            return std::nullopt;
        }
        auto source = source_from_id(*id);
        if (!source) {
            reader_.report(Code::rule_unknown_kind, field.value,
                           fmt::format("'{}' is neither an activity kind nor a ledger type; {}",
                                       *id, unknown_word_hint(*id, count_source_ids(), "kinds")));
        }
        return source;
    }

    std::int64_t read_threshold(const YAML::Node& node, const Fields& fields,
                                std::string_view what) {
        const Field* field = fields.find("at_least");
        if (field == nullptr) {
            if (!fields.misspells("at_least")) {
                reader_.report(Code::rule_missing_key, node,
                               fmt::format("this {} has no 'at_least'; write the smallest number "
                                           "that passes",
                                           what));
            }
            return 0;
        }
        return reader_.whole_number(*field, 0, kMaxThreshold, Code::rule_bad_threshold).value_or(0);
    }

    void read_sum(const YAML::Node& node, const Fields& fields, int depth, Criterion& criterion) {
        criterion.children = list_of_criteria(*fields.find("sum"), depth + 1, Position::sum_item);
        criterion.at_least = read_threshold(node, fields, "sum");
    }

    void read_window(const Fields& fields, int depth, Criterion& criterion) {
        const Field& months = *fields.find("window_months");
        criterion.months = static_cast<int>(
            reader_.whole_number(months, 1, kMaxWindowMonths, Code::rule_bad_value).value_or(0));
        const Field* each_month = fields.find("each_month");
        const Field* in_window = fields.find("in_window");
        if (each_month != nullptr) {
            criterion.children = criteria_in(*each_month, depth + 1);
            criterion.each_month_count = criterion.children.size();
        }
        if (in_window != nullptr) {
            std::vector<Criterion> whole_run = criteria_in(*in_window, depth + 1);
            std::move(whole_run.begin(), whole_run.end(), std::back_inserter(criterion.children));
        }
        if (each_month == nullptr && in_window == nullptr && !fields.misspells("each_month") &&
            !fields.misspells("in_window")) {
            reader_.report(Code::rule_missing_key, months.key,
                           "a window needs 'each_month' (what must hold in every month of the "
                           "run), 'in_window' (what must hold over the whole run), or both");
        }
    }

    void read_meets(const Field& field, Criterion& criterion) {
        if (auto rule = reader_.text(field)) {
            record_.meets_refs.push_back(NameRef{*rule, reader_.where(field.value)});
            criterion.rule = std::move(*rule);
        }
    }

    // The items of a list of criteria (all, any, sum).
    std::vector<Criterion> list_of_criteria(const Field& field, int depth, Position position) {
        return criteria_of(reader_.items(field, false), depth, position);
    }

    // One criterion, or a list of them (each_month, in_window, a rule's criteria).
    std::vector<Criterion> criteria_in(const Field& field, int depth) {
        return criteria_of(reader_.items(field, true), depth, Position::tree);
    }

    std::vector<Criterion> criteria_of(const std::vector<YAML::Node>& nodes, int depth,
                                       Position position) {
        std::vector<Criterion> criteria;
        for (const YAML::Node& node : nodes) {
            if (auto criterion = read(node, depth, position)) {
                criteria.push_back(std::move(*criterion));
            }
        }
        return criteria;
    }

    YamlReader& reader_;
    RuleRecord& record_;
    std::map<std::string, SourceLocation, std::less<>> ids_;  // criterion ids seen in the rule
};

}  // namespace

std::optional<Criterion> read_rule_criteria(YamlReader& reader, const Field& field,
                                            RuleRecord& record) {
    return CriterionReader(reader, record).read_root(field);
}

bool is_kebab_id(std::string_view id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

}  // namespace sigaudit
