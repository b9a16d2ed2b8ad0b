#pragma once

#include "core/common/result.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace studio::magento {

/// Magento's condition types (Magento\Framework\DB\Adapter\Pdo\Mysql::prepareSqlCondition), as sent in
/// `condition_type`. Filters in one group are OR-ed, groups are AND-ed.
enum class Condition {
    Eq,      ///< equals
    Finset,  ///< value is in a comma-separated column (FIND_IN_SET)
    From,    ///< >= (dates and numbers); pair with To in a *separate* group for a range
    Gt,      ///< greater than
    Gteq,    ///< greater than or equal
    In,      ///< in a comma-separated list
    Like,    ///< SQL LIKE; use % as wildcard
    Lt,      ///< less than
    Lteq,    ///< less than or equal
    Moreq,   ///< greater than or equal (alias)
    Neq,     ///< not equal
    Nfinset, ///< not FIND_IN_SET
    Nin,     ///< not in a comma-separated list
    Nlike,   ///< NOT LIKE
    Notnull, ///< IS NOT NULL (no value)
    Null,    ///< IS NULL (no value)
    To,      ///< <= (dates and numbers)
};

/// Every condition, in Magento's alphabetical order.
const QList<Condition>& allConditions();
/// The name Magento expects: "eq", "finset", ..., "to".
QString conditionName(Condition condition);
/// The condition for an exact lowercase name; nullopt otherwise.
std::optional<Condition> conditionFromName(const QString& name);
/// A short translated explanation for a condition picker ("in a comma-separated list").
QString conditionDescription(Condition condition);
/// False for null / notnull, which ignore the value.
bool conditionTakesValue(Condition condition);
/// True for in / nin, whose value is a comma-separated list.
bool conditionTakesList(Condition condition);

/// One condition on one field.
struct Filter
{
    QString field;
    QString value; ///< for in/nin a comma-separated list; ignored for null/notnull
    Condition condition = Condition::Eq;

    /// An in/nin filter from a list of values (joined with ',').
    static Filter list(const QString& field, const QStringList& values, Condition condition = Condition::In);
    /// The values of an in/nin filter (split at ','), or the one value otherwise.
    QStringList values() const;

    bool operator==(const Filter&) const = default;
};

/// Filters that are OR-ed together.
struct FilterGroup
{
    QList<Filter> filters;

    bool operator==(const FilterGroup&) const = default;
};

/// One sort key.
struct SortOrder
{
    enum class Direction { Ascending, Descending };
    QString field;
    Direction direction = Direction::Ascending;

    bool operator==(const SortOrder&) const = default;
};

/// How toQuery() spells the keys: Magento reads both; the REST docs use snake_case, the schema export camelCase.
enum class KeyStyle { SnakeCase, CamelCase };

/// A query string split into its searchCriteria and everything else (fields=, storeId=, ...).
struct ParsedQuery;

/// Magento's searchCriteria: filter groups (AND of ORs), sort orders, page size and current page. Written as the
/// bracket query syntax Magento reads (searchCriteria[filter_groups][0][filters][0][field]=sku) and read back
/// from it, and as JSON (the shape of `search_criteria` in Magento's list responses) for saved requests.
struct SearchCriteria
{
    QList<FilterGroup> filterGroups;
    QList<SortOrder> sortOrders;
    std::optional<int> pageSize;    ///< none = every match (Magento applies no limit)
    std::optional<int> currentPage; ///< 1-based

    /// Adds a group with one filter (AND-ed with the other groups).
    SearchCriteria& where(const QString& field, Condition condition, const QString& value = QString());
    /// Adds a group whose filters are OR-ed.
    SearchCriteria& whereAny(const QList<Filter>& filters);
    /// A range as two groups (from AND to); one group would OR them and match everything.
    SearchCriteria& whereBetween(const QString& field, const QString& from, const QString& to);
    SearchCriteria& orderBy(const QString& field, SortOrder::Direction direction = SortOrder::Direction::Ascending);
    SearchCriteria& page(int pageSize, int currentPage = 1);

    bool isEmpty() const;

    /// The query items, decoded, in a stable order: filters, sort orders, pageSize, currentPage.
    QList<QPair<QString, QString>> toQueryItems(KeyStyle style = KeyStyle::SnakeCase) const;
    /// The query, percent-encoded so that '+', '&', '=', '#' and '%' in values reach PHP unchanged
    /// (QUrlQuery::addQueryItem would leave '+' alone, and PHP reads it as a space).
    QUrlQuery toQuery(KeyStyle style = KeyStyle::SnakeCase) const;
    /// The query string as text for an editor: values encoded, brackets readable (or %5B/%5D when asked).
    QString toQueryString(KeyStyle style = KeyStyle::SnakeCase, bool encodeBrackets = false) const;

    /// Reads the searchCriteria items of a query (other items are ignored; see parseQuery()). Accepts
    /// snake_case and camelCase keys, "searchCriteria" or "search_criteria", indexes in any order and with
    /// gaps, URL-encoded brackets, and '+' as a space (as PHP does). Fails naming the bad key.
    static Result<SearchCriteria> fromQuery(const QUrlQuery& query);
    /// fromQuery() for a query string (with or without a leading '?', or a whole URL).
    static Result<SearchCriteria> fromQueryString(const QString& query);
    /// Splits a query string into searchCriteria and the other items (kept in order, decoded).
    static Result<ParsedQuery> parseQuery(const QString& query);

    /// JSON for saved requests: {"filter_groups":[{"filters":[{"field","value","condition_type"}]}],
    /// "sort_orders":[{"field","direction"}],"page_size","current_page"}.
    QJsonObject toJson() const;
    /// Reads toJson()'s shape, or Magento's `search_criteria` echo, in snake_case or camelCase.
    /// Fails naming the JSON path of the bad value ("filter_groups[0].filters[1].condition_type").
    static Result<SearchCriteria> fromJson(const QJsonObject& object);

    /// Translated advice about criteria that are valid but probably not what the user meant: from/to in one
    /// group, like without %, paging without a sort, empty groups, page sizes above Magento's usual limit.
    QStringList hints() const;

    bool operator==(const SearchCriteria&) const = default;

    // Last: the macro leaves the access at private.
    Q_DECLARE_TR_FUNCTIONS(studio::magento::SearchCriteria)
};

struct ParsedQuery
{
    SearchCriteria criteria;
    QList<QPair<QString, QString>> otherItems; ///< decoded key/value pairs that are not searchCriteria
};

/// Percent-encodes decoded query items into a query string the way SearchCriteria::toQueryString() does:
/// everything but A-Z a-z 0-9 - . _ ~ (and, unless `encodeBrackets`, '[' and ']' in keys) as %XX.
QString encodeQueryItems(const QList<QPair<QString, QString>>& items, bool encodeBrackets = false);

/// "ASC" / "DESC".
QString directionName(SortOrder::Direction direction);

} // namespace studio::magento
