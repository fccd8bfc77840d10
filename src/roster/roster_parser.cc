#include "sigaudit/roster/roster_parser.h"

#include <filesystem>

#include <fmt/format.h>

#include "sig_info_reader.h"
#include "sig_members_reader.h"
#include "sigaudit/common/strings.h"
#include "sigaudit/common/yaml_document.h"

namespace sigaudit {

namespace {

constexpr YamlDialect kRosterDialect{
    {Code::field_not_text, Code::unknown_field, Code::duplicate_key, Code::roster_too_large}, true};

// Keys only the sig-info.yaml template has: a file under another name (a
// step of a history, a copy) is still read as what it is.
constexpr std::string_view kSigInfoOnlyKeys[] = {"repositories", "mailing_list", "created_on",
                                                 "mature_level", "meeting_url",  "description_en",
                                                 "mentors"};

RosterFormat detect_format(const std::string& path, const YAML::Node& root) {
    // "HEAD~1:sig-info.yaml" (ci --base-ref) names the file after the colon.
    const std::string name =
        std::filesystem::path(path.substr(path.find_last_of(':') + 1)).filename().string();
    if (istarts_with(name, "sig-info.")) {
        return RosterFormat::sig_info;
    }
    for (const auto& pair : root) {
        for (std::string_view key : kSigInfoOnlyKeys) {
            if (pair.first.IsScalar() && iequals(trim(pair.first.Scalar()), key)) {
                return RosterFormat::sig_info;
            }
        }
    }
    return RosterFormat::sig_members;
}

}  // namespace

RosterParse parse_roster(const TextFile& file) {
    const YAML::Node root = parse_yaml(file);
    RosterParse parse;
    if (root.IsNull()) {
        parse.diagnostics.push_back(make_diagnostic(
            Code::empty_file, SourceLocation{file.path, 1, 1},
            "the file holds no roster; expected role lists such as 'Members:' and 'Maintainers:'"));
        parse.roster = Roster(file.path, RosterFormat::sig_members, RosterContents{});
        return parse;
    }
    if (!root.IsMap()) {
        parse.diagnostics.push_back(make_diagnostic(
            Code::top_level_not_mapping, location_of(root, file.path),
            fmt::format("the top level must be a mapping of role lists ('Members:', "
                        "'Reviewers:', ...), but it is {}",
                        describe_node_kind(root))));
        parse.roster = Roster(file.path, RosterFormat::sig_members, RosterContents{});
        return parse;
    }
    const RosterFormat format = detect_format(file.path, root);
    YamlReader reader(file, kRosterDialect, parse.diagnostics);
    RosterContents contents = format == RosterFormat::sig_info
                                  ? read_sig_info(reader, root)
                                  : RosterContents{read_sig_members(reader, root), {}, {}};
    parse.roster = Roster(file.path, format, std::move(contents));
    return parse;
}

}  // namespace sigaudit
