#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

#include "sigaudit/common/strings.h"

namespace sigaudit {

// The names an enum is written with in files and reports, in one table, so
// the name of a value and the value of a name can never disagree.
template <typename Enum, std::size_t N>
class EnumNames {
  public:
    constexpr explicit EnumNames(std::array<std::pair<Enum, std::string_view>, N> names)
        : names_(names) {}

    constexpr std::string_view name(Enum value) const {
        for (const auto& [candidate, name] : names_) {
            if (candidate == value) {
                return name;
            }
        }
        return {};
    }

    // Case-insensitive; nothing for a name the table does not hold.
    std::optional<Enum> parse(std::string_view text) const {
        for (const auto& [value, name] : names_) {
            if (iequals(name, text)) {
                return value;
            }
        }
        return std::nullopt;
    }

  private:
    std::array<std::pair<Enum, std::string_view>, N> names_;
};

}  // namespace sigaudit
