#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sigaudit {

// SHA-256 of a byte string in lower-case hex (FIPS 180-4). A digest a user
// can recompute with sha256sum, for provenance: no dependency offers one.
class Sha256 {
  public:
    Sha256();
    void add(std::string_view bytes);
    // The digest of everything added; the object is spent afterwards.
    std::string hex();

  private:
    void compress(const unsigned char* block);

    std::uint32_t state_[8];
    unsigned char buffer_[64];
    std::size_t buffered_ = 0;
    std::uint64_t length_ = 0;  // bytes added
};

std::string sha256_hex(std::string_view bytes);

}  // namespace sigaudit
