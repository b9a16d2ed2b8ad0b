#include "core/sandbox/searchcriteria.h"

#include "core/sandbox/webapiinput.h"

#include <algorithm>
#include <cmath>
#include <QJsonArray>
#include <QRegularExpression>

namespace studio::sandbox {

namespace {

const QString kSearchCriteriaClass = QStringLiteral("Magento\\Framework\\Api\\SearchCriteriaInterface");
const QString kFilterGroupClass = QStringLiteral("Magento\\Framework\\Api\\Search\\FilterGroup");
const QString kFilterClass = QStringLiteral("Magento\\Framework\\Api\\Filter");
const QString kSortOrderClass = QStringLiteral("Magento\\Framework\\Api\\SortOrder");

const QStringList& knownConditions()
{
    static const QStringList conditions {QStringLiteral("eq"), QStringLiteral("neq"), QStringLiteral("like"),
        QStringLiteral("nlike"), QStringLiteral("in"), QStringLiteral("nin"), QStringLiteral("notnull"),
        QStringLiteral("null"), QStringLiteral("gt"), QStringLiteral("lt"), QStringLiteral("gteq"),
        QStringLiteral("lteq"), QStringLiteral("moreq"), QStringLiteral("from"), QStringLiteral("to"),
        QStringLiteral("finset"), QStringLiteral("nfinset"), QStringLiteral("seq"), QStringLiteral("sneq"),
        QStringLiteral("regexp")};
    return conditions;
}

/// A list-valued node (filter_groups, filters, sortOrders): children keyed by integer indexes.
std::optional<ApiResponse> checkListNode(const webapi::QueryNode& node, const QString& property, const QString& type)
{
    if (node.isLeaf)
        return webapi::typeMismatch(node.value, type, property);
    for (const auto& entry : node.children) {
        bool isInt = false;
        const qint64 index = entry.first.toLongLong(&isInt);
        if (!isInt || index < 0)
            return webapi::invalidFieldValue(property, entry.first);
    }
    return std::nullopt;
}

std::optional<ApiResponse> parseFilter(const webapi::QueryNode& node, SearchFilter& filter)
{
    if (node.isLeaf)
        return webapi::typeMismatch(node.value, QStringLiteral("\\") + kFilterClass, QStringLiteral("filters"));
    bool hasField = false;
    for (const auto& [key, child] : node.children) {
        const QString camel = webapi::upperCamel(key);
        if (camel != u"Field" && camel != u"Value" && camel != u"ConditionType")
            return webapi::unknownProperty(key, kFilterClass);
        if (!child.isLeaf)
            return webapi::typeMismatch(QJsonValue(QJsonArray()), QStringLiteral("string"), key);
        if (camel == u"Field") {
            filter.field = child.value;
            hasField = true;
        } else if (camel == u"Value") {
            filter.value = child.value;
        } else {
            filter.conditionType = child.value.trimmed().toLower();
        }
    }
    if (!hasField || filter.field.isEmpty())
        return webapi::requiredField(QStringLiteral("field"));
    if (!filter.conditionType.isEmpty() && !isKnownConditionType(filter.conditionType))
        return webapi::invalidFieldValue(QStringLiteral("condition_type"), filter.conditionType);
    return std::nullopt;
}

std::optional<ApiResponse> parseFilterGroup(const webapi::QueryNode& node, SearchFilterGroup& group)
{
    if (node.isLeaf)
        return webapi::typeMismatch(
            node.value, QStringLiteral("\\") + kFilterGroupClass, QStringLiteral("filter_groups"));
    for (const auto& [key, child] : node.children) {
        if (webapi::upperCamel(key) != u"Filters")
            return webapi::unknownProperty(key, kFilterGroupClass);
        if (auto error = checkListNode(child, key, QStringLiteral("\\") + kFilterClass + QStringLiteral("[]")))
            return error;
        group.hasFilters = true;
        for (const auto& entry : child.children) {
            SearchFilter filter;
            if (auto error = parseFilter(entry.second, filter))
                return error;
            group.filters.append(filter);
        }
    }
    return std::nullopt;
}

std::optional<ApiResponse> parseSortOrder(const webapi::QueryNode& node, SearchSortOrder& order)
{
    if (node.isLeaf)
        return webapi::typeMismatch(node.value, QStringLiteral("\\") + kSortOrderClass, QStringLiteral("sort_orders"));
    for (const auto& [key, child] : node.children) {
        const QString camel = webapi::upperCamel(key);
        if (camel != u"Field" && camel != u"Direction")
            return webapi::unknownProperty(key, kSortOrderClass);
        if (!child.isLeaf) {
            if (camel == u"Direction")
                return ApiResponse::badRequest(
                    QStringLiteral("The sort order has to be specified as a string, got %1."),
                    QJsonArray {QStringLiteral("array")});
            return webapi::typeMismatch(QJsonValue(QJsonArray()), QStringLiteral("string"), key);
        }
        if (camel == u"Field") {
            order.field = child.value;
            static const QRegularExpression restricted(QStringLiteral("[^a-zA-Z0-9_]"));
            if (restricted.match(order.field).hasMatch())
                return ApiResponse::badRequest(
                    QStringLiteral("Sort order field %1 contains restricted symbols"), QJsonArray {order.field});
        } else {
            const QString direction = child.value.toUpper();
            if (direction != u"ASC" && direction != u"DESC")
                return ApiResponse::badRequest(QStringLiteral("The sort order has to be specified as %1 for ascending "
                                                              "order or %2 for descending order."),
                    QJsonArray {QStringLiteral("ASC"), QStringLiteral("DESC")});
            order.direction = direction;
        }
    }
    return std::nullopt;
}

std::optional<ApiResponse> parseInteger(
    const webapi::QueryNode& node, const QString& property, std::optional<qint64>& out)
{
    if (!node.isLeaf)
        return webapi::typeMismatch(QJsonValue(QJsonArray()), QStringLiteral("int"), property);
    const auto value = webapi::toInt(QJsonValue(node.value));
    if (!value)
        return webapi::typeMismatch(QJsonValue(node.value), QStringLiteral("int"), property);
    out = *value;
    return std::nullopt;
}

// ---- evaluation ----------------------------------------------------------------------------------------

bool isNullish(const QJsonValue& v)
{
    return v.isNull() || v.isUndefined();
}

/// MySQL's conversion of a string to a number: the longest numeric prefix, 0 when there is none.
double mysqlNumber(const QString& text)
{
    static const QRegularExpression prefix(QStringLiteral("^\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?"));
    const auto match = prefix.match(text);
    return match.hasMatch() ? match.captured(0).trimmed().toDouble() : 0.0;
}

double numberOf(const QJsonValue& v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isBool())
        return v.toBool() ? 1.0 : 0.0;
    return mysqlNumber(webapi::phpText(v));
}

/// The text MySQL compares for a column value.
QString textOf(const QJsonValue& v, FieldType type)
{
    if (type == FieldType::Decimal && (v.isDouble() || v.isString()))
        return QString::number(numberOf(v), 'f', 6);
    if (type == FieldType::Boolean && v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : v.toArray())
            parts.append(webapi::phpText(item));
        return parts.join(u',');
    }
    return webapi::phpText(v);
}

bool isNumeric(FieldType type)
{
    return type == FieldType::Integer || type == FieldType::Decimal || type == FieldType::Boolean;
}

/// MySQL general_ci collation: case-insensitive, trailing spaces ignored.
int compareText(QString a, QString b)
{
    while (a.endsWith(u' '))
        a.chop(1);
    while (b.endsWith(u' '))
        b.chop(1);
    return a.compare(b, Qt::CaseInsensitive);
}

/// Compares a column value with a filter operand; the column value is not null.
int compareValues(const QJsonValue& column, const QString& operand, FieldType type)
{
    if (isNumeric(type)) {
        const double a = numberOf(column);
        const double b = mysqlNumber(operand);
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    return compareText(textOf(column, type), operand);
}

QRegularExpression likeToRegex(const QString& pattern)
{
    QString regex = QStringLiteral("^");
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\' && i + 1 < pattern.size()) {
            regex += QRegularExpression::escape(QString(pattern.at(++i)));
        } else if (c == u'%') {
            regex += QStringLiteral(".*");
        } else if (c == u'_') {
            regex += u'.';
        } else {
            regex += QRegularExpression::escape(QString(c));
        }
    }
    regex += u'$';
    return QRegularExpression(
        regex, QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
}

QStringList membersOf(const QJsonValue& v)
{
    QStringList members;
    if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            members.append(webapi::phpText(item));
    } else if (!isNullish(v)) {
        members = webapi::phpText(v).split(u',', Qt::SkipEmptyParts);
    }
    return members;
}

/// A filter prepared for evaluation (regular expressions compiled once).
struct PreparedFilter
{
    SearchFilter filter;
    FieldType type = FieldType::Text;
    QRegularExpression regex;
    QStringList list;
};

bool matchMembership(const PreparedFilter& p, const QJsonValue& column)
{
    const QStringList members = membersOf(column);
    const QString condition = p.filter.effectiveCondition();
    if (condition == u"null")
        return members.isEmpty();
    if (condition == u"notnull")
        return !members.isEmpty();
    bool any = false;
    for (const QString& wanted : p.list)
        any = any || members.contains(wanted.trimmed());
    if (condition == u"neq" || condition == u"nin" || condition == u"nfinset" || condition == u"sneq")
        return !any;
    return any;
}

bool matchFilter(const PreparedFilter& p, const QJsonValue& column)
{
    if (p.type == FieldType::Membership)
        return matchMembership(p, column);
    const QString condition = p.filter.effectiveCondition();
    const QString operand = p.filter.value.value_or(QString());
    const bool isNull = isNullish(column);
    if (condition == u"null")
        return isNull;
    if (condition == u"notnull")
        return !isNull;
    if (condition == u"seq" && operand.isEmpty())
        return isNull;
    if (condition == u"sneq" && operand.isEmpty())
        return !isNull;
    if (isNull)
        return false; // SQL: any comparison with NULL is not true
    if (condition == u"eq" || condition == u"seq")
        return compareValues(column, operand, p.type) == 0;
    if (condition == u"neq" || condition == u"sneq")
        return compareValues(column, operand, p.type) != 0;
    if (condition == u"gt")
        return compareValues(column, operand, p.type) > 0;
    if (condition == u"lt")
        return compareValues(column, operand, p.type) < 0;
    if (condition == u"gteq" || condition == u"moreq" || condition == u"from")
        return compareValues(column, operand, p.type) >= 0;
    if (condition == u"lteq" || condition == u"to")
        return compareValues(column, operand, p.type) <= 0;
    if (condition == u"like")
        return p.regex.match(textOf(column, p.type)).hasMatch();
    if (condition == u"nlike")
        return !p.regex.match(textOf(column, p.type)).hasMatch();
    if (condition == u"regexp")
        return p.regex.match(textOf(column, p.type)).hasMatch();
    if (condition == u"in" || condition == u"nin") {
        bool found = false;
        for (const QString& item : p.list) {
            if (compareValues(column, item, p.type) == 0) {
                found = true;
                break;
            }
        }
        return condition == u"in" ? found : !found;
    }
    if (condition == u"finset" || condition == u"nfinset") {
        const QStringList set = textOf(column, p.type).split(u',');
        bool found = false;
        for (const QString& item : set) {
            if (item.compare(operand, Qt::CaseInsensitive) == 0) {
                found = true;
                break;
            }
        }
        return condition == u"finset" ? found : !found;
    }
    return false;
}

int compareForSort(const QJsonValue& a, const QJsonValue& b, FieldType type)
{
    const bool aNull = isNullish(a);
    const bool bNull = isNullish(b);
    if (aNull || bNull)
        return aNull == bNull ? 0 : (aNull ? -1 : 1); // NULL sorts first in ascending order, as in MySQL
    if (type == FieldType::Membership)
        return compareText(textOf(a, type), textOf(b, type));
    if (isNumeric(type)) {
        const double x = numberOf(a);
        const double y = numberOf(b);
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    return compareText(textOf(a, type), textOf(b, type));
}

} // namespace

bool isKnownConditionType(const QString& conditionType)
{
    return knownConditions().contains(conditionType);
}

QJsonObject SearchCriteria::toJson() const
{
    QJsonArray groups;
    for (const SearchFilterGroup& group : filterGroups) {
        QJsonObject g;
        if (group.hasFilters) {
            QJsonArray filters;
            for (const SearchFilter& f : group.filters) {
                QJsonObject o {{QStringLiteral("field"), f.field},
                    {QStringLiteral("value"), f.value ? QJsonValue(*f.value) : QJsonValue()}};
                if (!f.conditionType.isEmpty())
                    o.insert(QStringLiteral("condition_type"), f.conditionType);
                filters.append(o);
            }
            g.insert(QStringLiteral("filters"), filters);
        }
        groups.append(g);
    }
    QJsonObject out {{QStringLiteral("filter_groups"), groups}};
    if (hasSortOrders) {
        QJsonArray orders;
        for (const SearchSortOrder& s : sortOrders) {
            orders.append(QJsonObject {{QStringLiteral("field"), s.field},
                {QStringLiteral("direction"), s.direction.isEmpty() ? QJsonValue() : QJsonValue(s.direction)}});
        }
        out.insert(QStringLiteral("sort_orders"), orders);
    }
    if (pageSize)
        out.insert(QStringLiteral("page_size"), double(*pageSize));
    if (currentPage)
        out.insert(QStringLiteral("current_page"), double(*currentPage));
    return out;
}

std::optional<ApiResponse> parseSearchCriteria(const QUrlQuery& query, SearchCriteria& out, const InputLimits* limits)
{
    out = SearchCriteria {};
    QStringList malformed;
    const webapi::QueryNode root = webapi::parsePhpQuery(query, &malformed);
    for (const QString& key : std::as_const(malformed)) {
        if (key.startsWith(u"searchCriteria", Qt::CaseInsensitive)
            || key.startsWith(u"search_criteria", Qt::CaseInsensitive))
            return webapi::invalidFieldValue(QStringLiteral("searchCriteria"), key);
    }
    const webapi::QueryNode* node = root.child(QStringLiteral("searchCriteria"));
    if (!node)
        node = root.child(QStringLiteral("search_criteria"));
    if (!node)
        return webapi::requiredField(QStringLiteral("searchCriteria"));
    if (!node->isLeaf) {
        for (const auto& [key, child] : node->children) {
            const QString camel = webapi::upperCamel(key);
            if (camel == u"FilterGroups") {
                if (auto error
                    = checkListNode(child, key, QStringLiteral("\\") + kFilterGroupClass + QStringLiteral("[]")))
                    return error;
                for (const auto& entry : child.children) {
                    SearchFilterGroup group;
                    if (auto error = parseFilterGroup(entry.second, group))
                        return error;
                    out.filterGroups.append(group);
                }
            } else if (camel == u"SortOrders") {
                if (auto error
                    = checkListNode(child, key, QStringLiteral("\\") + kSortOrderClass + QStringLiteral("[]")))
                    return error;
                out.hasSortOrders = true;
                for (const auto& entry : child.children) {
                    SearchSortOrder order;
                    if (auto error = parseSortOrder(entry.second, order))
                        return error;
                    out.sortOrders.append(order);
                }
            } else if (camel == u"PageSize") {
                if (auto error = parseInteger(child, key, out.pageSize))
                    return error;
            } else if (camel == u"CurrentPage") {
                if (auto error = parseInteger(child, key, out.currentPage))
                    return error;
            } else {
                return webapi::unknownProperty(key, kSearchCriteriaClass);
            }
        }
    }
    if (limits && limits->enabled) {
        if (out.pageSize && *out.pageSize > limits->maxPageSize)
            return ApiResponse::badRequest(QStringLiteral("Maximum SearchCriteria pageSize is %max"),
                QJsonObject {{QStringLiteral("max"), limits->maxPageSize}});
        if (!out.pageSize)
            out.pageSize = limits->defaultPageSize;
    }
    return std::nullopt;
}

std::optional<ApiResponse> runSearch(
    const SearchCriteria& criteria, const SearchSource& source, UnknownFieldPolicy policy, SearchResult& out)
{
    out = SearchResult {};
    const auto unknownField = [policy](const QString& field) {
        if (policy == UnknownFieldPolicy::EavInvalidAttribute)
            return ApiResponse::badRequest(QStringLiteral("Invalid attribute name: %1"), QJsonArray {field});
        return webapi::internalError();
    };

    // Prepare: standalone ("custom") filters are AND-ed on their own; the rest stay in their OR groups.
    QList<QList<PreparedFilter>> groups;
    QList<PreparedFilter> standalone;
    for (const SearchFilterGroup& group : criteria.filterGroups) {
        QList<PreparedFilter> prepared;
        for (const SearchFilter& filter : group.filters) {
            const auto type = source.fieldType(filter.field);
            if (!type)
                return unknownField(filter.field);
            PreparedFilter p {filter, *type, {}, {}};
            const QString condition = filter.effectiveCondition();
            const QString operand = filter.value.value_or(QString());
            if (condition == u"like" || condition == u"nlike") {
                p.regex = likeToRegex(operand);
            } else if (condition == u"regexp") {
                p.regex = QRegularExpression(operand, QRegularExpression::CaseInsensitiveOption);
                if (!p.regex.isValid())
                    return webapi::internalError(); // MySQL rejects the pattern: an SQL error
            }
            if (condition == u"in" || condition == u"nin" || *type == FieldType::Membership)
                p.list = operand.split(u',');
            if (source.isStandaloneFilter(filter.field))
                standalone.append(p);
            else
                prepared.append(p);
        }
        if (!prepared.isEmpty())
            groups.append(prepared);
    }

    struct PreparedSort
    {
        QString field;
        FieldType type;
        bool ascending;
    };
    QList<PreparedSort> sorts;
    for (const SearchSortOrder& order : criteria.sortOrders) {
        const auto type = source.fieldType(order.field);
        if (!type) {
            if (policy == UnknownFieldPolicy::FlatSqlError)
                return webapi::internalError();
            continue; // EAV collections ignore sorting by an attribute they do not have
        }
        sorts.append({order.field, *type, order.direction == u"ASC"});
    }

    QList<int> matches;
    const int count = source.count();
    matches.reserve(count);
    for (int row = 0; row < count; ++row) {
        bool ok = true;
        for (const PreparedFilter& p : std::as_const(standalone)) {
            if (!matchFilter(p, source.value(row, p.filter.field))) {
                ok = false;
                break;
            }
        }
        for (qsizetype g = 0; ok && g < groups.size(); ++g) {
            bool any = false;
            for (const PreparedFilter& p : groups.at(g)) {
                if (matchFilter(p, source.value(row, p.filter.field))) {
                    any = true;
                    break;
                }
            }
            ok = any;
        }
        if (ok)
            matches.append(row);
    }

    if (!sorts.isEmpty()) {
        std::stable_sort(matches.begin(), matches.end(), [&](int a, int b) {
            for (const PreparedSort& s : std::as_const(sorts)) {
                const int c = compareForSort(source.value(a, s.field), source.value(b, s.field), s.type);
                if (c != 0)
                    return s.ascending ? c < 0 : c > 0;
            }
            return false;
        });
    }

    out.totalCount = int(matches.size());
    qint64 pageSize = criteria.pageSize.value_or(0);
    if (pageSize == 0) {
        out.rows = matches;
        return std::nullopt;
    }
    if (pageSize < 0)
        pageSize = 1; // Zend's limitPage() turns a negative row count into 1
    const qint64 lastPage = std::max<qint64>(1, (out.totalCount + pageSize - 1) / pageSize);
    qint64 page = criteria.currentPage.value_or(1);
    page = std::clamp<qint64>(page, 1, lastPage);
    const qint64 first = (page - 1) * pageSize;
    for (qint64 i = first; i < std::min<qint64>(out.totalCount, first + pageSize); ++i)
        out.rows.append(matches.at(i));
    return std::nullopt;
}

QJsonObject searchResultsJson(const QJsonArray& items, const SearchCriteria& criteria, int totalCount)
{
    return QJsonObject {{QStringLiteral("items"), items}, {QStringLiteral("search_criteria"), criteria.toJson()},
        {QStringLiteral("total_count"), totalCount}};
}

} // namespace studio::sandbox
