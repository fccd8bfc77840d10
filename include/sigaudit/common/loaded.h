#pragma once

#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "sigaudit/common/diagnostic.h"
#include "sigaudit/common/errors.h"
#include "sigaudit/common/text_file.h"

namespace sigaudit {

// What loading an input gives, whatever the input: the value, and every
// finding about the file, sorted by position, each with its source line.
// The loader decides whether the value can be used at all: `value` is empty
// when it cannot (the file is unreadable, not YAML, or, for inputs where a
// half-read file would count wrongly, holds any error). Findings that leave
// the value usable (a roster's lint warnings) travel with it.
template <typename T>
struct Loaded {
    std::optional<T> value;
    std::vector<Diagnostic> diagnostics;

    bool usable() const { return value.has_value(); }
};

// The value, or InputError carrying every finding: the one place where an
// input that cannot be used becomes a failure (exit 2, printed by main).
template <typename T>
T require(Loaded<T>&& loaded) {
    if (!loaded.value) {
        throw InputError(std::move(loaded.diagnostics));
    }
    return std::move(*loaded.value);
}

// Findings made ready to show: sorted by position, each once (aliases can
// make one node report the same thing many times), each with the source
// line it stands on in whichever of `files` it names.
void settle_findings(std::vector<Diagnostic>& diagnostics, std::span<const TextFile> files);

// A file that could not even be read, as a load: no value, the reason.
template <typename T>
Loaded<T> unreadable(const InputError& error) {
    return Loaded<T>{std::nullopt, error.diagnostics()};
}

// Reads `path` (see read_text_file for what can go wrong there) and loads it
// with `load`; a file that cannot be read comes back unusable, with the reason.
template <typename T>
Loaded<T> load_file(const std::string& path, Loaded<T> (*load)(const TextFile&)) {
    try {
        return load(read_text_file(path));
    } catch (const InputError& error) {
        return unreadable<T>(error);
    }
}

}  // namespace sigaudit
