#include "labels.h"

namespace sigaudit::store_detail {

std::string join_labels(const std::vector<std::string>& labels) {
    std::string text;
    for (const std::string& label : labels) {
        if (!text.empty()) {
            text += '\n';
        }
        text += label;
    }
    return text;
}

std::vector<std::string> split_labels(std::string_view text) {
    std::vector<std::string> labels;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        labels.emplace_back(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    }
    return labels;
}

}  // namespace sigaudit::store_detail
