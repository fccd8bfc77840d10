#include "sigaudit/common/text_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>

#include <fmt/format.h>

#include "sigaudit/common/diagnostic.h"
#include "sigaudit/common/strings.h"

namespace sigaudit {

namespace {

struct BadByte {
    std::size_t offset;
    bool is_control;  // otherwise: not valid UTF-8
};

// Length of the UTF-8 sequence starting at `i`, or 0 when it is malformed
// (overlong forms, surrogates and code points past U+10FFFF included).
std::size_t utf8_sequence_length(const std::string& s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    unsigned char min_second = 0x80;
    unsigned char max_second = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        min_second = lead == 0xE0 ? 0xA0 : 0x80;
        max_second = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        min_second = lead == 0xF0 ? 0x90 : 0x80;
        max_second = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (i + length > s.size() || byte(i + 1) < min_second || byte(i + 1) > max_second) {
        return 0;
    }
    for (std::size_t k = 2; k < length; ++k) {
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) {
            return 0;
        }
    }
    return length;
}

std::optional<BadByte> find_bad_byte(const std::string& text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return BadByte{i, true};
            }
            ++i;
            continue;
        }
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            return BadByte{i, false};
        }
        i += length;
    }
    return std::nullopt;
}

// Line and column (both from 1, column in characters) of a byte offset.
SourceLocation locate_offset(const std::string& path, const std::string& text, std::size_t offset) {
    SourceLocation where{path, 1, 1};
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++where.line;
            where.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++where.column;
        }
    }
    return where;
}

// A snippet is the line shown under a finding; each finding holds its own
// copy, so a line of megabytes with thousands of findings on it would cost
// gigabytes. Longer lines are cut (on a character boundary) after this many
// bytes, and a finding past the cut shows no line.
constexpr std::size_t kMaxSnippetBytes = 512;

// The line starting at `start`, without its line ending, for a finding at `column`.
std::string snippet_of(const std::string& text, std::size_t start, int column) {
    const std::size_t newline = text.find('\n', start);
    std::string_view line = std::string_view(text).substr(
        start, newline == std::string::npos ? std::string::npos : newline - start);
    if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1);
    }
    if (line.size() <= kMaxSnippetBytes) {
        return escape_unsafe(line);
    }
    std::size_t cut = kMaxSnippetBytes;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) {
        --cut;
    }
    line = line.substr(0, cut);
    // Columns count characters: the finding must stand inside what is kept.
    int characters = 0;
    for (const char c : line) {
        characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return column <= characters ? escape_unsafe(line) + " ..." : std::string();
}

struct FileCloser {
    explicit FileCloser(int descriptor) : fd(descriptor) {}
    int fd;
    FileCloser(const FileCloser&) = delete;
    FileCloser& operator=(const FileCloser&) = delete;
    ~FileCloser() { ::close(fd); }
};

[[noreturn]] void fail_unreadable(const std::string& path, const std::string& why) {
    throw InputError(make_diagnostic(Code::file_unreadable, SourceLocation{path, 0, 0},
                                     fmt::format("cannot read the file: {}", why)));
}

}  // namespace

std::string_view TextFile::line(int number) const {
    if (number < 1) {
        return {};
    }
    std::size_t start = 0;
    for (int current = 1; current < number; ++current) {
        start = text.find('\n', start);
        if (start == std::string::npos) {
            return {};
        }
        ++start;
    }
    std::size_t end = text.find('\n', start);
    std::string_view line = std::string_view(text).substr(
        start, end == std::string::npos ? std::string::npos : end - start);
    if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1);
    }
    return line;
}

void attach_snippets(std::vector<Diagnostic>& diagnostics, const TextFile& file) {
    // Where each line starts, found once: a file can hold a finding on each of
    // a million lines, and looking each one up from the top is quadratic.
    std::vector<std::size_t> line_starts;
    for (Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.where.file != file.path || diagnostic.where.line <= 0) {
            continue;
        }
        if (line_starts.empty()) {
            line_starts.push_back(0);
            for (std::size_t i = file.text.find('\n'); i != std::string::npos;
                 i = file.text.find('\n', i + 1)) {
                line_starts.push_back(i + 1);
            }
        }
        const auto index = static_cast<std::size_t>(diagnostic.where.line - 1);
        if (index >= line_starts.size()) {
            diagnostic.snippet.clear();
            continue;
        }
        diagnostic.snippet = snippet_of(file.text, line_starts[index], diagnostic.where.column);
    }
}

TextFile make_text_file(std::string path, std::string bytes) {
    if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) {
        bytes.erase(0, 3);
    }
    if (const auto bad = find_bad_byte(bytes)) {
        const auto value = static_cast<unsigned char>(bytes[bad->offset]);
        SourceLocation where = locate_offset(path, bytes, bad->offset);
        const std::string message =
            bad->is_control
                ? fmt::format("{} is not a text file: control byte 0x{:02X} at line {}, column {}",
                              path, value, where.line, where.column)
                : fmt::format(
                      "{} is not valid UTF-8: byte 0x{:02X} at line {}, column {} "
                      "(save the file as UTF-8)",
                      path, value, where.line, where.column);
        throw InputError(make_diagnostic(bad->is_control ? Code::not_text : Code::invalid_utf8,
                                         std::move(where), message));
    }
    return TextFile{std::move(path), std::move(bytes)};
}

// Opened without blocking (a FIFO would otherwise hang the run until someone
// writes to it), then held to a regular file: a FIFO, a device or a socket
// is nobody's roster, and /dev/zero would never end.
TextFile read_text_file(const std::string& path, std::size_t max_bytes) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        fail_unreadable(path, std::strerror(errno));
    }
    const FileCloser closer{fd};
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        fail_unreadable(path, std::strerror(errno));
    }
    if (S_ISDIR(info.st_mode)) {
        fail_unreadable(path, "it is a directory");
    }
    if (!S_ISREG(info.st_mode)) {
        fail_unreadable(path, "it is not a regular file (a pipe, device or socket)");
    }
    if (static_cast<std::size_t>(info.st_size) > max_bytes) {
        throw InputError(make_diagnostic(
            Code::file_too_large, SourceLocation{path, 0, 0},
            fmt::format("the file is {:.1f} MiB; input files larger than {} MiB are refused",
                        static_cast<double>(info.st_size) / (1024.0 * 1024.0),
                        max_bytes / (1024 * 1024))));
    }
    // At most one byte past the cap, so that a file growing while read is bounded too.
    std::string bytes(std::min(static_cast<std::size_t>(info.st_size), max_bytes) + 1, '\0');
    std::size_t filled = 0;
    while (filled < bytes.size()) {
        const ssize_t got = ::read(fd, bytes.data() + filled, bytes.size() - filled);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            fail_unreadable(path, std::strerror(errno));
        }
        if (got == 0) {
            break;
        }
        filled += static_cast<std::size_t>(got);
        if (filled == bytes.size() && bytes.size() <= max_bytes) {
            bytes.resize(std::min(bytes.size() * 2, max_bytes + 1));
        }
    }
    bytes.resize(filled);
    if (bytes.size() > max_bytes) {
        throw InputError(make_diagnostic(
            Code::file_too_large, SourceLocation{path, 0, 0},
            fmt::format("the file is larger than {} MiB; input files that large are refused",
                        max_bytes / (1024 * 1024))));
    }
    return make_text_file(path, std::move(bytes));
}

}  // namespace sigaudit
