#include <algorithm>

#include <fmt/format.h>

#include "render_parts.h"
#include "sigaudit/common/strings.h"

namespace sigaudit::render_detail {

namespace {

// A name as a YAML scalar that reads back as written: plain when nothing in
// it means anything to YAML, else double-quoted with escapes. Roster names
// are free text (CJK, quotes, a '#').
std::string yaml_scalar(std::string_view text) {
    // YAML 1.2 plain scalars: no indicator first, no ": " or " #" inside,
    // no flow or quote characters anywhere (kept simple: quoting is safe).
    constexpr std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@`";
    constexpr std::string_view kAnywhere = "{}[],'\"\\";
    const bool plain =
        !text.empty() && text.front() != ' ' && text.back() != ' ' && text.back() != ':' &&
        kIndicators.find(text.front()) == std::string_view::npos &&
        text.find_first_of(kAnywhere) == std::string_view::npos &&
        text.find(": ") == std::string_view::npos && text.find(" #") == std::string_view::npos &&
        std::none_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
    if (plain) {
        return std::string(text);
    }
    std::string out = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20 || byte == 0x7f) {
            out += fmt::format("\\x{:02x}", byte);
        } else {
            out += c;
        }
    }
    return out + "\"";
}

// sig-info.yaml writes its lists' items two spaces in under a repository
// group; a top-level list's items start at the margin.
std::string item_indent(const SuggestedList& list) {
    return list.list_key.find('.') == std::string::npos ? "" : "  ";
}

}  // namespace

std::vector<std::string> suggestion_yaml(const SuggestedList& list) {
    const std::string indent = item_indent(list);
    std::vector<std::string> lines;
    for (const SuggestedListing& listing : list.listings) {
        if (list.format == RosterFormat::sig_info) {
            lines.push_back(indent + "- gitee_id: " + listing.login);
            if (!listing.name.empty()) {
                lines.push_back(indent + "  name: " + yaml_scalar(listing.name));
            }
            if (!listing.email.empty()) {
                lines.push_back(indent + "  email: " + yaml_scalar(listing.email));
            }
        } else {
            if (!listing.name.empty()) {
                lines.push_back(indent + "- name: " + yaml_scalar(listing.name));
                lines.push_back(indent + "  gitee_id: " + listing.login);
            } else {
                lines.push_back(indent + "- gitee_id: " + listing.login);
            }
        }
    }
    return lines;
}

std::string suggestion_place(const SuggestedList& list) {
    if (list.after_line == 0) {
        return fmt::format("a new list {}: (the roster has no {} list yet)", list.list_key,
                           role_title(list.role));
    }
    return fmt::format("under {}: after line {}", list.list_key, list.after_line);
}

std::size_t count_listings(const std::vector<SuggestedList>& lists) {
    std::size_t count = 0;
    for (const SuggestedList& list : lists) {
        count += list.listings.size();
    }
    return count;
}

}  // namespace sigaudit::render_detail
