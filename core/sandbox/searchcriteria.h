#pragma once

// The sandbox's own server-side searchCriteria engine (deliberately not shared with the client's builder in
// core/magento: a shared bug would pass every test). It reads `searchCriteria[...]` from the query string the
// way Magento's ServiceInputProcessor does and evaluates it the way Magento's collections do:
// - filters inside a group are OR, groups are AND; `from` and `to` are plain >= and <=, so a range needs two
//   groups (in one group they are OR, as in Magento);
// - condition types: eq, neq, like, nlike, in, nin, notnull, null, gt, lt, gteq, lteq, moreq, from, to, finset,
//   nfinset, seq, sneq, regexp; a missing condition type is eq;
// - comparisons follow MySQL: case-insensitive text, numeric columns compare as numbers, NULL never matches a
//   comparison (so neq/nin/nlike skip records without a value);
// - a sort order without direction sorts DESC (Magento's SortingProcessor); ties keep entity order;
// - no pageSize returns everything; currentPage below 1 is page 1 and beyond the last page is the last page
//   again (Magento\Framework\Data\Collection::getCurPage).
// Stricter than Magento (which silently treats them as equality): unknown condition types and malformed keys
// are answered with 400, so a client bug shows up in rehearsal instead of as wrong data in production.

#include "core/sandbox/api.h"

#include <functional>
#include <optional>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrlQuery>

namespace studio::sandbox {

/// One `filters[j]` entry.
struct SearchFilter
{
    QString field;
    std::optional<QString> value; ///< absent when not sent (null/notnull need none)
    QString conditionType;        ///< as sent, lower-cased; empty when not sent (means eq)

    QString effectiveCondition() const { return conditionType.isEmpty() ? QStringLiteral("eq") : conditionType; }
};

/// One `filter_groups[i]`: its filters are OR-ed.
struct SearchFilterGroup
{
    QList<SearchFilter> filters;
    bool hasFilters = false; ///< whether "filters" was sent (echoed only then)
};

/// One `sortOrders[k]`.
struct SearchSortOrder
{
    QString field;
    QString direction; ///< "ASC", "DESC", or empty when not sent (sorts DESC, echoed as null)
};

/// A parsed searchCriteria.
struct SearchCriteria
{
    QList<SearchFilterGroup> filterGroups;
    QList<SearchSortOrder> sortOrders;
    bool hasSortOrders = false;
    std::optional<qint64> pageSize;
    std::optional<qint64> currentPage;

    /// The `search_criteria` object Magento echoes in search results (snake_case, only what was set).
    QJsonObject toJson() const;
};

/// Reads `searchCriteria` from the query. Returns the error response Magento would give for bad input
/// (missing searchCriteria, unknown properties, wrong types, invalid sort direction, page size over the
/// limit when input limits are on), or std::nullopt with `out` filled.
std::optional<ApiResponse> parseSearchCriteria(
    const QUrlQuery& query, SearchCriteria& out, const InputLimits* limits = nullptr);

/// How the engine compares a field (the column type in Magento's database).
enum class FieldType {
    Text,      ///< varchar/text: case-insensitive comparison
    Integer,   ///< int columns: numeric comparison
    Decimal,   ///< decimal(20,6) columns: numeric comparison, LIKE sees six decimals
    DateTime,  ///< "YYYY-MM-DD HH:MM:SS" strings: compared as text
    Boolean,   ///< smallint flags; values true/false compare as 1/0
    Membership ///< a set of ids (category_id): eq/in/finset test membership, neq/nin its absence
};

/// What happens with a field the entity does not have: EAV collections (products, customers, categories)
/// answer 400 "Invalid attribute name: %1" and ignore unknown sort fields; flat tables (orders, source items,
/// attributes) fail in SQL, which Magento reports as 500 "Internal Error".
enum class UnknownFieldPolicy { EavInvalidAttribute, FlatSqlError };

/// The records a repository exposes to the engine, in entity order.
class SearchSource
{
public:
    virtual ~SearchSource() = default;
    /// Number of records.
    virtual int count() const = 0;
    /// Type of a filterable/sortable field; std::nullopt for unknown fields.
    virtual std::optional<FieldType> fieldType(const QString& field) const = 0;
    /// Value of a field of record `row`; null or undefined when the record has none (SQL NULL).
    /// Membership fields return an array of ids.
    virtual QJsonValue value(int row, const QString& field) const = 0;
    /// Fields applied by Magento as "custom filters" (AND-ed on their own rather than OR-ed within their
    /// group), like category_id and website_id on products.
    virtual bool isStandaloneFilter(const QString& field) const
    {
        Q_UNUSED(field);
        return false;
    }
};

/// The page of matching rows and the total number of matches.
struct SearchResult
{
    QList<int> rows;
    int totalCount = 0;
};

/// Runs the criteria over `source`. Returns an error response for unknown fields (per `policy`), invalid
/// regular expressions, or condition types Magento does not know.
std::optional<ApiResponse> runSearch(
    const SearchCriteria& criteria, const SearchSource& source, UnknownFieldPolicy policy, SearchResult& out);

/// The `{items, search_criteria, total_count}` object of a search result.
QJsonObject searchResultsJson(const QJsonArray& items, const SearchCriteria& criteria, int totalCount);

/// True for the condition types the engine knows.
bool isKnownConditionType(const QString& conditionType);

} // namespace studio::sandbox
