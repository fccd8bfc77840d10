#pragma once

#include <string>
#include <string_view>

namespace sigaudit {

enum class Tone { error, warning, success, dim, strong };

// Paints text with ANSI colours, or leaves it alone when colour is off.
class Style {
  public:
    explicit Style(bool color) : color_(color) {}
    std::string paint(std::string_view text, Tone tone) const;

  private:
    bool color_;
};

}  // namespace sigaudit
