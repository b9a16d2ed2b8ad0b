#pragma once

#include "core/json/textdocument.h"

#include <atomic>
#include <functional>
#include <QString>
#include <vector>

namespace studio::json {

/// What to look for in a text view.
struct SearchQuery
{
    QString text;
    bool caseSensitive = false;
    bool regex = false; ///< Perl-compatible (QRegularExpression); matches never span lines

    bool operator==(const SearchQuery&) const = default;
};

/// One match: its bytes in the document.
struct TextMatch
{
    qint64 offset = 0;
    qint64 length = 0;
};

/// How a search ended.
struct SearchOutcome
{
    qint64 total = 0;     ///< every match, also those beyond the stored limit
    bool complete = true; ///< false when cancelled
    QString error;        ///< e.g. an invalid regular expression; then nothing was searched
};

/// Why `query` cannot be searched (an invalid regular expression, in words), or empty.
QString searchQueryError(const SearchQuery& query);

/// Finds the non-overlapping matches of `query` in `document` from its start, in order. Case-insensitive plain
/// text compares ASCII letters byte-wise and anything else through Unicode case folding. Runs on the calling
/// thread (meant for a worker); `found` receives batches of new matches in order with the total so far — the
/// first batch as soon as there is one, then at least every 100 ms — so a view can show the first match while
/// the search goes on. Only the first `maxStored` matches are handed over; the rest are counted.
SearchOutcome searchText(const TextDocument& document, const SearchQuery& query, qint64 maxStored,
    const std::atomic_bool* cancel,
    const std::function<void(std::vector<TextMatch>&& batch, qint64 totalSoFar, double fraction)>& found);

} // namespace studio::json
