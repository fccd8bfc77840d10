#include "json_parts.h"

#include "sigaudit/common/build_info.h"

namespace sigaudit::render_detail {

nlohmann::ordered_json provenance_json(const std::string& rules_digest) {
    return {{"version", build_version()},
            {"commit", build_commit()},
            {"rules", rules_digest.empty() ? nlohmann::ordered_json(nullptr)
                                           : nlohmann::ordered_json(rules_digest)}};
}

}  // namespace sigaudit::render_detail
