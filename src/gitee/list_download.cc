#include "list_download.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <utility>

#include <fmt/format.h>

#include "sigaudit/gitee/gitee_pages.h"

namespace sigaudit::gitee_detail {
namespace {

std::optional<std::int64_t> header_number(const std::map<std::string, std::string>& headers,
                                          const std::string& name) {
    const auto found = headers.find(name);
    if (found == headers.end()) {
        return std::nullopt;
    }
    std::int64_t value = 0;
    const std::string& text = found->second;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0) {
        return std::nullopt;
    }
    return value;
}

using Records = std::variant<DistinctRecords<PullRecord>, DistinctRecords<PullCommentRecord>,
                             DistinctRecords<IssueRecord>, DistinctRecords<IssueCommentRecord>>;

// The alternatives of Records and ParsedPage stand in GiteeList's order, so a
// list's index picks its record type.
template <std::size_t... I>
constexpr bool in_list_order(std::index_sequence<I...>) {
    return ((kListOf<typename std::variant_alternative_t<I, ParsedPage>::value_type> ==
             static_cast<GiteeList>(I)) &&
            ...);
}
static_assert(in_list_order(std::make_index_sequence<kGiteeListCount>()));

template <std::size_t... I>
Records records_for(GiteeList list, std::index_sequence<I...>) {
    Records records;
    ((static_cast<std::size_t>(list) == I ? (records.template emplace<I>(), true) : false) || ...);
    return records;
}

// Each list's page parser, by the list's index.
template <auto parse>
ParsedPage as_page(std::string_view body, const std::string& repo, const std::string& where) {
    return parse(body, repo, where);
}
using PageParser = ParsedPage (*)(std::string_view, const std::string&, const std::string&);
constexpr std::array<PageParser, kGiteeListCount> kPageParsers = {
    as_page<parse_pulls_page>, as_page<parse_pull_comments_page>, as_page<parse_issues_page>,
    as_page<parse_issue_comments_page>};

void move_records(std::vector<PullRecord>&& records, FetchedRepository& fetched) {
    fetched.pulls = std::move(records);
}
void move_records(std::vector<PullCommentRecord>&& records, FetchedRepository& fetched) {
    fetched.pull_comments = std::move(records);
}
void move_records(std::vector<IssueRecord>&& records, FetchedRepository& fetched) {
    fetched.issues = std::move(records);
}
void move_records(std::vector<IssueCommentRecord>&& records, FetchedRepository& fetched) {
    fetched.issue_comments = std::move(records);
}

}  // namespace

ParsedPage parse_list_page(const ListEndpoint& endpoint, int page, std::string_view body) {
    const PageParser parse = kPageParsers[static_cast<std::size_t>(endpoint.list)];
    return parse(body, endpoint.repo, endpoint.describe(page));
}

template <typename Record>
void DistinctRecords<Record>::add(std::vector<Record>&& page) {
    for (Record& record : page) {
        const auto [found, inserted] = position_.try_emplace(record.id, records_.size());
        if (inserted) {
            records_.push_back(std::move(record));
        } else if (record.updated_at >= records_[found->second].updated_at) {
            records_[found->second] = std::move(record);
        }
    }
}

ListDownload::ListDownload(ListEndpoint endpoint, std::int64_t max_pages)
    : endpoint_(std::move(endpoint)),
      records_(records_for(endpoint_.list, std::make_index_sequence<kGiteeListCount>())),
      max_pages_(std::max<std::int64_t>(1, max_pages)) {
    start_pass();
}

void ListDownload::start_pass() {
    ++pass_;
    pages_before_pass_ = pages_done_;
    next_page_ = 1;
    end_page_ = 1;
    cut_short_ = false;
    total_pages_.reset();
    announced_ = 0;
    previous_ids_.clear();
}

std::vector<int> ListDownload::take_pages() {
    std::vector<int> pages;
    while (!done_ && next_page_ <= end_page_ && outstanding_ < kWindow) {
        pages.push_back(next_page_++);
        ++outstanding_;
    }
    return pages;
}

std::size_t ListDownload::items() const {
    return std::visit([](const auto& records) { return records.size(); }, records_);
}

template <typename Record>
std::optional<Instant> DistinctRecords<Record>::newest(Instant cap) const {
    std::optional<Instant> newest;
    for (const Record& record : records_) {
        if (record.updated_at <= cap && (!newest || record.updated_at > *newest)) {
            newest = record.updated_at;
        }
    }
    return newest;
}

template <typename Record>
std::int64_t DistinctRecords<Record>::after(Instant cap) const {
    return std::count_if(records_.begin(), records_.end(),
                         [&](const Record& record) { return record.updated_at > cap; });
}

std::optional<Instant> ListDownload::newest(Instant cap) const {
    return std::visit([&](const auto& records) { return records.newest(cap); }, records_);
}

std::int64_t ListDownload::after(Instant cap) const {
    return std::visit([&](const auto& records) { return records.after(cap); }, records_);
}

void ListDownload::move_into(FetchedRepository& fetched) {
    std::visit([&](auto& records) { move_records(records.take(), fetched); }, records_);
}

void ListDownload::page_arrived(int page, ParsedPage&& items,
                                const std::map<std::string, std::string>& headers) {
    std::visit(
        [&](auto& records) {
            using Records = std::decay_t<decltype(records)>;
            auto& page_items = std::get<typename Records::Page>(items);
            const std::size_t size = page_items.size();
            std::vector<std::int64_t> ids;
            for (const auto& record : page_items) {
                ids.push_back(record.id);
            }
            records.add(std::move(page_items));
            count_page(page, size, headers);
            check_not_repeated(page, std::move(ids));
        },
        records_);
    if (!done_ && outstanding_ == 0 && next_page_ > end_page_) {
        finish_pass();
    }
}

void ListDownload::stop(std::string why) {
    inconsistency_ = std::move(why);
    done_ = true;
}

// Read one after another (no total_page), a list ends at a short page; a
// server that answers every page with the same full page would never end.
void ListDownload::check_not_repeated(int page, std::vector<std::int64_t> ids) {
    if (total_pages_ || ids.empty()) {
        return;
    }
    if (page > 1 && ids == previous_ids_) {
        stop(fmt::format(
            "page {} is the same as page {}: the server repeats a page instead of paging, so the "
            "list would never end",
            page, page - 1));
        return;
    }
    previous_ids_ = std::move(ids);
}

void ListDownload::count_page(int page, std::size_t size,
                              const std::map<std::string, std::string>& headers) {
    --outstanding_;
    ++pages_done_;
    announced_ = std::max(announced_, header_number(headers, "total_count").value_or(0));
    if (page == 1) {
        learn_page_count(size, headers);
    } else if (size == 0 && total_pages_ && page < end_page_) {
        end_early(page);
    }
    // Without total_page, pages are read one after another until one is not full.
    if (!total_pages_ && size >= static_cast<std::size_t>(kPerPage)) {
        if (page >= max_pages_) {
            stop(
                fmt::format("page {} is full: the list goes on past {} pages, the page cap "
                            "(--max-pages)",
                            page, max_pages_));
        }
        end_page_ = std::max<std::int64_t>(end_page_, page + 1);
    }
    pages_known_ = pages_before_pass_ + static_cast<int>(std::max<std::int64_t>(1, end_page_));
}

// A page count no real list has would have us ask forever: more pages than
// total_count fills, at the page size page 1 shows, are empty ones, and a
// list past the cap is refused rather than read in part.
void ListDownload::learn_page_count(std::size_t page_one_size,
                                    const std::map<std::string, std::string>& headers) {
    total_pages_ = header_number(headers, "total_page");
    if (!total_pages_) {
        return;
    }
    if (const auto count = header_number(headers, "total_count")) {
        const auto page_size = std::max<std::int64_t>(1, static_cast<std::int64_t>(page_one_size));
        total_pages_ = std::min(*total_pages_,
                                std::max<std::int64_t>(1, (*count + page_size - 1) / page_size));
    }
    if (*total_pages_ > max_pages_) {
        stop(fmt::format("the list announces {} pages, more than the page cap of {} (--max-pages)",
                         *total_pages_, max_pages_));
        return;
    }
    end_page_ = std::max<std::int64_t>(1, *total_pages_);
}

// An empty page before the last: the list is shorter than announced (items
// went while it was read, or the server's count is wrong). Pages after it
// are not asked for; whatever total_count still says is checked at the end
// of the pass, which reads the list again when it came up short.
void ListDownload::end_early(int empty_page) {
    if (std::exchange(cut_short_, true)) {
        return;
    }
    warnings_.push_back(fmt::format("{} of {} came back empty; the list was read up to there",
                                    endpoint_.describe(empty_page), end_page_));
    end_page_ = std::max(next_page_ - 1, empty_page - 1);
}

void ListDownload::finish_pass() {
    if (static_cast<std::int64_t>(items()) >= announced_) {
        done_ = true;
        return;
    }
    if (pass_ >= kMaxPasses) {
        stop(fmt::format(
            "the list announced {} items but {} distinct ones came, in {} readings; it kept "
            "changing while it was read, or the server skipped items",
            announced_, items(), pass_));
        return;
    }
    start_pass();
}

}  // namespace sigaudit::gitee_detail
