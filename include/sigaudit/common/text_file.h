#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "sigaudit/common/diagnostic.h"
#include "sigaudit/common/errors.h"

namespace sigaudit {

// Input files are small by nature (a roster is a few kilobytes); the cap keeps
// a hostile or mistaken file from costing unbounded memory and time.
inline constexpr std::size_t kMaxInputFileBytes = 2u * 1024u * 1024u;

// The whole contents of an input file, known to be UTF-8 text.
struct TextFile {
    std::string path;
    std::string text;

    // Line `number` (from 1) without its line ending; empty when out of range.
    std::string_view line(int number) const;
};

// Reads `path` whole. Throws InputError with code `file-unreadable`,
// `file-too-large`, `not-text` (NUL or control bytes) or `invalid-utf8`,
// each naming the file and, where it applies, line and column.
TextFile read_text_file(const std::string& path, std::size_t max_bytes = kMaxInputFileBytes);

// Fills the snippet of every diagnostic located in `file` with its source line;
// a line over 512 bytes is cut there (" ..." marks the cut), and a finding
// past the cut gets no snippet.
void attach_snippets(std::vector<Diagnostic>& diagnostics, const TextFile& file);

// Validates bytes that came from elsewhere (a string in a test, `git show`)
// exactly as read_text_file does. A UTF-8 byte order mark is dropped.
TextFile make_text_file(std::string path, std::string bytes);

}  // namespace sigaudit
