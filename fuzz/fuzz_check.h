#pragma once

// Shared by the fuzz targets: the input as bytes, and a check that makes
// libFuzzer keep the input when a documented promise is broken.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace sigaudit::fuzz {

inline std::string bytes_of(const std::uint8_t* data, std::size_t size) {
    return std::string(reinterpret_cast<const char*>(data), size);
}

// abort() is a crash to libFuzzer: it saves the input and stops.
inline void check(bool holds, const char* what) {
    if (!holds) {
        std::fprintf(stderr, "fuzz check failed: %s\n", what);
        std::abort();
    }
}

}  // namespace sigaudit::fuzz
