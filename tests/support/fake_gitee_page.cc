// One page of a list as the fake serves it: filtered by since and state,
// ordered, cut to per_page, written as one JSON array.
#include <algorithm>

#include "support/fake_gitee_data.h"

namespace sigaudit::testing::fake {

namespace {

bool by_created(const Item* a, const Item* b) {
    return a->created != b->created ? a->created < b->created : a->id < b->id;
}

}  // namespace

Page render_page(const Repo& repo, List list, const PageQuery& query) {
    const auto& items = repo.lists[index_of(list)];
    auto begin = items.begin();
    if (query.since) {
        begin = std::lower_bound(
            items.begin(), items.end(), *query.since,
            [](const Item& item, std::int64_t since) { return item.updated < since; });
    }
    // The fetcher's own query (all states, by update) is a slice of the list;
    // anything else selects and orders pointers first.
    const bool slice = !query.state && !query.by_created;
    std::vector<const Item*> selected;
    if (!slice) {
        for (auto it = begin; it != items.end(); ++it) {
            if (!query.state || it->state == *query.state) {
                selected.push_back(&*it);
            }
        }
        if (query.by_created) {
            std::sort(selected.begin(), selected.end(), by_created);
        }
    }
    Page page;
    page.total_count = slice ? static_cast<std::size_t>(items.end() - begin) : selected.size();
    const auto per_page = static_cast<std::size_t>(query.per_page);
    page.total_page = (page.total_count + per_page - 1) / per_page;
    const std::size_t first =
        std::min(page.total_count, static_cast<std::size_t>(query.page - 1) * per_page);
    const std::size_t last = std::min(page.total_count, first + per_page);
    const auto item_at = [&](std::size_t k) -> const Item& {
        const std::size_t position = query.descending ? page.total_count - 1 - k : k;
        return slice ? *(begin + static_cast<std::ptrdiff_t>(position)) : *selected[position];
    };
    std::size_t bytes = 2;
    for (std::size_t k = first; k < last; ++k) {
        bytes += item_at(k).json.size() + 1;
    }
    page.body.reserve(bytes);
    page.body += '[';
    for (std::size_t k = first; k < last; ++k) {
        page.body += k == first ? "" : ",";
        page.last_item_offset = page.body.size();
        page.body += item_at(k).json;
    }
    page.body += ']';
    return page;
}

}  // namespace sigaudit::testing::fake
