#include <algorithm>

#include <fmt/format.h>

#include "render_parts.h"
#include "sigaudit/common/strings.h"

namespace sigaudit::render_detail {

std::string md_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '\\':
            case '`':
            case '*':
            case '_':
            case '[':
            case ']':
            case '<':
            case '>':
            case '|':
            case '~':
            case '#':
                out += '\\';
                out += c;
                break;
            case '&':
                out += "&amp;";
                break;
            case '@':
                out += "&#64;";  // a mention in a PR comment would notify someone
                break;
            case '\n':
            case '\r':
                // A line break in a name would end a table row or a list item.
                out += ' ';
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\n':
            case '\r':
                out += ' ';
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string md_code(std::string_view text) {
    std::size_t longest = 0;
    std::size_t run = 0;
    std::string body;
    for (char c : text) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
        if (c == '|') {
            body += "\\|";
        } else {
            body += c == '\n' || c == '\r' ? ' ' : c;
        }
    }
    const std::string fence(longest + 1, '`');
    // A span that starts or ends with a backtick needs a space inside its fence.
    const bool pad = !body.empty() && (body.front() == '`' || body.back() == '`');
    return fence + (pad ? " " : "") + body + (pad ? " " : "") + fence;
}

std::string md_link(std::string_view url) {
    if (!istarts_with(url, "https://gitee.com/")) {
        return md_code(url);
    }
    // Parentheses, spaces and angle brackets would end the link target early.
    std::string target;
    for (char c : url) {
        switch (c) {
            case ' ':
                target += "%20";
                break;
            case '(':
                target += "%28";
                break;
            case ')':
                target += "%29";
                break;
            case '<':
                target += "%3C";
                break;
            case '>':
                target += "%3E";
                break;
            default:
                target += c;
        }
    }
    return fmt::format("[{}]({})", md_escape(link_label(url)), target);
}

}  // namespace sigaudit::render_detail
