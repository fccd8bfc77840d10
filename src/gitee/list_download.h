#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "list_endpoint.h"
#include "sigaudit/activity/gitee_records.h"

namespace sigaudit::gitee_detail {

// Each id once, in its newest version: concurrent pages of a list that
// changes under the fetch can carry an item twice.
template <typename Record>
class DistinctRecords {
  public:
    using Page = std::vector<Record>;
    void add(std::vector<Record>&& page);
    std::size_t size() const { return records_.size(); }
    // The newest updated_at no later than `cap`: an item dated far in the
    // future must not carry the high-water mark past changes yet to come.
    std::optional<Instant> newest(Instant cap) const;
    // How many items are dated after `cap`.
    std::int64_t after(Instant cap) const;
    std::vector<Record> take() { return std::move(records_); }

  private:
    std::vector<Record> records_;
    std::unordered_map<std::int64_t, std::size_t> position_;
};

// One page's items, parsed.
using ParsedPage = std::variant<std::vector<PullRecord>, std::vector<PullCommentRecord>,
                                std::vector<IssueRecord>, std::vector<IssueCommentRecord>>;

// Parses a page of `endpoint`'s list. Touches no shared state, so it runs on
// any thread. Throws PageError when the body is not a page.
ParsedPage parse_list_page(const ListEndpoint& endpoint, int page, std::string_view body);

// The reading of one list: page 1, then every page total_page announces
// (without one, page after page until one is not full), at most kWindow
// pages in flight, so that an empty page can end the list before a server's
// claim of a billion pages is believed. A pass that brings fewer distinct
// items than total_count announced (a page shifted while it was read, an
// item appeared, a page came back empty) is read again, up to kMaxPasses;
// items from every pass are kept. A list past `max_pages` is an
// inconsistency.
class ListDownload {
  public:
    static constexpr int kMaxPasses = 3;
    static constexpr int kWindow = 64;  // the most --jobs allows

    ListDownload(ListEndpoint endpoint, std::int64_t max_pages);

    const ListEndpoint& endpoint() const { return endpoint_; }
    // Pages to request now; each is handed out once per pass.
    std::vector<int> take_pages();
    // A 200 answer for `page`, parsed, with its headers.
    void page_arrived(int page, ParsedPage&& items,
                      const std::map<std::string, std::string>& headers);
    bool done() const { return done_; }
    // Set when the last allowed pass still came up short, a page repeated
    // the one before, or the list passed its page cap.
    const std::optional<std::string>& inconsistency() const { return inconsistency_; }
    // What the reading noticed but could go on from (an empty page before
    // the last), in sentences.
    const std::vector<std::string>& warnings() const { return warnings_; }

    int pages_done() const { return pages_done_; }
    int pages_known() const { return pages_known_; }
    std::size_t items() const;
    std::optional<Instant> newest(Instant cap) const;
    std::int64_t after(Instant cap) const;
    void move_into(FetchedRepository& fetched);

  private:
    void start_pass();
    void finish_pass();
    void count_page(int page, std::size_t size, const std::map<std::string, std::string>& headers);
    void check_not_repeated(int page, std::vector<std::int64_t> ids);
    void learn_page_count(std::size_t page_one_size,
                          const std::map<std::string, std::string>& headers);
    void end_early(int empty_page);
    void stop(std::string why);

    ListEndpoint endpoint_;
    std::variant<DistinctRecords<PullRecord>, DistinctRecords<PullCommentRecord>,
                 DistinctRecords<IssueRecord>, DistinctRecords<IssueCommentRecord>>
        records_;
    std::int64_t max_pages_;
    int pass_ = 0;
    int next_page_ = 1;          // the next page to hand out this pass
    std::int64_t end_page_ = 1;  // the last page this pass may hand out, as known so far
    int outstanding_ = 0;
    bool cut_short_ = false;                   // this pass met an empty page before its last
    std::optional<std::int64_t> total_pages_;  // of this pass; unknown: read until a short page
    std::int64_t announced_ = 0;               // the largest total_count this pass saw
    bool done_ = false;
    std::optional<std::string> inconsistency_;
    std::vector<std::string> warnings_;
    int pages_done_ = 0;
    int pages_known_ = 0;
    int pages_before_pass_ = 0;
    std::vector<std::int64_t> previous_ids_;  // read one after another: the last page's ids
};

}  // namespace sigaudit::gitee_detail
