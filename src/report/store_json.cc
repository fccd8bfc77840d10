#include <nlohmann/json.hpp>

#include "json_parts.h"
#include "renderers.h"

namespace sigaudit::render_detail {

std::string render_store_json(const StoreReport& report, const RenderOptions&) {
    using Json = nlohmann::ordered_json;
    const auto time = [&](const std::optional<Instant>& instant) {
        return timestamp_json(instant, report.zone);
    };
    Json repositories = Json::array();
    for (const Store::RepositoryStatus& repo : report.repositories) {
        Json lists = Json::array();
        for (const Store::ListStatus& list : repo.lists) {
            lists.push_back({{"list", std::string(gitee_list_info(list.list).id)},
                             {"items", list.items},
                             {"high_water", time(list.high_water)},
                             {"future_dated", list.future_dated}});
        }
        repositories.push_back({{"repo", repo.repo},
                                {"synced_at", time(repo.synced_at)},
                                {"full_synced_at", time(repo.full_synced_at)},
                                {"lists", std::move(lists)}});
    }
    const Json out = {{"schema", "sigaudit/store@1"},
                      {"sigaudit", provenance_json({})},
                      {"store", report.path},
                      {"bytes", report.bytes},
                      {"repositories", std::move(repositories)}};
    return out.dump(2) + "\n";
}

}  // namespace sigaudit::render_detail
