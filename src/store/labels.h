#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sigaudit::store_detail {

// Labels live newline-joined in one TEXT column (see schema.cc for why).
std::string join_labels(const std::vector<std::string>& labels);
std::vector<std::string> split_labels(std::string_view text);

}  // namespace sigaudit::store_detail
