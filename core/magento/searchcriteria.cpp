#include "core/magento/searchcriteria.h"

#include <limits>
#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

namespace studio::magento {

namespace {

// lupdate files tr() calls of free functions under the namespace; translate them under the same name.
QString tr(const char* text)
{
    return QCoreApplication::translate("studio::magento", text);
}

struct ConditionInfo
{
    Condition condition;
    const char* name;
    const char* description;
};

const ConditionInfo conditionTable[] = {
    {Condition::Eq, "eq", QT_TRANSLATE_NOOP("MagentoSearchCriteria", "equals")},
    {Condition::Finset, "finset",
        QT_TRANSLATE_NOOP("MagentoSearchCriteria", "is one of a comma-separated column's values")},
    {Condition::From, "from", QT_TRANSLATE_NOOP("MagentoSearchCriteria", "is at least (start of a range)")},
    {Condition::Gt, "gt", QT_TRANSLATE_NOOP("MagentoSearchCriteria", "is greater than")},
    {Condition::Gteq, "gteq", QT_TRANSLATE_NOOP("MagentoSearchCriteria", "is greater than or equal to")},
    {Condition::In, "in", QT_TRANSLATE_NOOP("MagentoSearchCriteria", "is in a comma-separated list")},
    {Condition::Like, "like", QT_TRANSLATE_NOOP("MagentoSearchCriteria", "matches a pattern (% is the wildcard)")},
    {Condition::Lt, "lt", QT_TRANSLATE_NOOP("MagentoSearchCriteria", "is less than")},
    {Condition::Lteq, "lteq", QT_TRANSLATE_NOOP("MagentoSearchCriteria", "is less than or equal to")},
    {Condition::Moreq, "moreq", QT_TRANSLATE_NOOP("MagentoSearchCriteria", "is greater than or equal to (moreq)")},
    {Condition::Neq, "neq", QT_TRANSLATE_NOOP("MagentoSearchCriteria", "does not equal")},
    {Condition::Nfinset, "nfinset",
        QT_TRANSLATE_NOOP("MagentoSearchCriteria", "is not one of a comma-separated column's values")},
    {Condition::Nin, "nin", QT_TRANSLATE_NOOP("MagentoSearchCriteria", "is not in a comma-separated list")},
    {Condition::Nlike, "nlike", QT_TRANSLATE_NOOP("MagentoSearchCriteria", "does not match a pattern")},
    {Condition::Notnull, "notnull", QT_TRANSLATE_NOOP("MagentoSearchCriteria", "is set (not NULL)")},
    {Condition::Null, "null", QT_TRANSLATE_NOOP("MagentoSearchCriteria", "is not set (NULL)")},
    {Condition::To, "to", QT_TRANSLATE_NOOP("MagentoSearchCriteria", "is at most (end of a range)")},
};

// Magento maps keys to setters through snake_case → UpperCamelCase and PHP method names are case-insensitive,
// so "filter_groups", "filterGroups" and "FilterGroups" all reach setFilterGroups(). Compare the same way.
QString normalizedKey(const QString& key)
{
    QString out = key.toLower();
    out.remove(u'_');
    return out;
}

bool isSearchCriteriaBase(const QString& base)
{
    return normalizedKey(base) == u"searchcriteria";
}

bool isWriteAsIs(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

QByteArray encodeComponent(const QString& text, bool keepBrackets)
{
    static const char digits[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 16);
    for (const char c : utf8) {
        if (isWriteAsIs(c) || (keepBrackets && (c == '[' || c == ']'))) {
            out += c;
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out += '%';
            out += digits[byte >> 4];
            out += digits[byte & 0xF];
        }
    }
    return out;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// PHP's urldecode(): '+' is a space, %XX a byte, and a '%' without two hex digits stays as it is.
QString phpDecode(QByteArrayView encoded)
{
    QByteArray out;
    out.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c == '+') {
            out += ' ';
        } else if (c == '%' && i + 2 < encoded.size() && hexValue(encoded.at(i + 1)) >= 0
            && hexValue(encoded.at(i + 2)) >= 0) {
            out += char(hexValue(encoded.at(i + 1)) * 16 + hexValue(encoded.at(i + 2)));
            i += 2;
        } else {
            out += c;
        }
    }
    return QString::fromUtf8(out);
}

// The query part of whatever the user pasted: "?a=1", "a=1", or a whole URL.
QByteArray queryPart(const QString& text)
{
    QByteArray bytes = text.trimmed().toUtf8();
    const qsizetype hash = bytes.indexOf('#');
    if (hash >= 0)
        bytes.truncate(hash);
    const qsizetype question = bytes.indexOf('?');
    if (question >= 0)
        return bytes.mid(question + 1);
    if (bytes.contains("://"))
        return {};
    return bytes;
}

struct RawFilter
{
    std::optional<QString> field;
    std::optional<QString> value;
    std::optional<QString> condition;
    QString conditionKey;
};

struct RawSort
{
    std::optional<QString> field;
    std::optional<QString> direction;
    QString directionKey;
};

struct RawCriteria
{
    QMap<int, QMap<int, RawFilter>> groups;
    QMap<int, RawSort> sorts;
    std::optional<int> pageSize;
    std::optional<int> currentPage;
};

// Splits "searchCriteria[a][0][b]" into its base name and bracket segments.
Result<QStringList> splitKey(const QString& key)
{
    const qsizetype open = key.indexOf(u'[');
    QStringList segments;
    segments << (open < 0 ? key : key.left(open));
    if (open < 0)
        return segments;
    qsizetype pos = open;
    while (pos < key.size()) {
        if (key.at(pos) != u'[')
            return Error(
                tr("The key \"%1\" has unexpected text \"%2\" after a closing bracket.").arg(key, key.mid(pos)));
        const qsizetype close = key.indexOf(u']', pos + 1);
        if (close < 0)
            return Error(tr("The key \"%1\" has a '[' without a matching ']'.").arg(key));
        const QString segment = key.mid(pos + 1, close - pos - 1);
        if (segment.isEmpty())
            return Error(
                tr("The key \"%1\" has an empty index \"[]\"; Magento needs explicit indexes such as [0].").arg(key));
        if (segment.contains(u'['))
            return Error(tr("The key \"%1\" has a '[' inside brackets.").arg(key));
        segments << segment;
        pos = close + 1;
    }
    return segments;
}

Result<int> parseIndex(const QString& text, const QString& key)
{
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    bool digitsOnly = !text.isEmpty();
    for (const QChar c : text)
        digitsOnly = digitsOnly && c >= u'0' && c <= u'9';
    if (!ok || !digitsOnly || value > std::numeric_limits<int>::max())
        return Error(tr("In \"%1\", \"%2\" is not an index (a whole number from 0).").arg(key, text));
    return int(value);
}

Result<int> parsePositive(const QString& text, const QString& key)
{
    bool ok = false;
    const QString trimmed = text.trimmed();
    const qlonglong value = trimmed.toLongLong(&ok);
    if (!ok || value <= 0 || value > std::numeric_limits<int>::max())
        return Error(tr("\"%1\" must be a whole number of at least 1, not \"%2\".").arg(key, text));
    return int(value);
}

Status applyItem(RawCriteria& raw, const QString& key, const QStringList& segments, const QString& value)
{
    const QString expected
        = tr("expected filter_groups, sort_orders, page_size or current_page (snake_case or camelCase)");
    if (segments.size() < 2)
        return Error(tr("\"%1\" is not a searchCriteria key: %2.").arg(key, expected));
    const QString section = normalizedKey(segments.at(1));
    if (section == u"filtergroups") {
        if (segments.size() != 6 || normalizedKey(segments.at(3)) != u"filters")
            return Error(tr("\"%1\" is not a filter key: expected searchCriteria[filter_groups][<group>][filters]"
                            "[<filter>][field|value|condition_type].")
                             .arg(key));
        Result<int> group = parseIndex(segments.at(2), key);
        if (!group)
            return group.error();
        Result<int> index = parseIndex(segments.at(4), key);
        if (!index)
            return index.error();
        RawFilter& filter = raw.groups[group.value()][index.value()];
        const QString property = normalizedKey(segments.at(5));
        if (property == u"field") {
            filter.field = value;
        } else if (property == u"value") {
            filter.value = value;
        } else if (property == u"conditiontype") {
            filter.condition = value;
            filter.conditionKey = key;
        } else {
            return Error(tr("\"%1\": a filter has no property \"%2\" (expected field, value or condition_type).")
                             .arg(key, segments.at(5)));
        }
        return {};
    }
    if (section == u"sortorders") {
        if (segments.size() != 4)
            return Error(tr("\"%1\" is not a sort key: expected searchCriteria[sort_orders][<index>]"
                            "[field|direction].")
                             .arg(key));
        Result<int> index = parseIndex(segments.at(2), key);
        if (!index)
            return index.error();
        RawSort& sort = raw.sorts[index.value()];
        const QString property = normalizedKey(segments.at(3));
        if (property == u"field") {
            sort.field = value;
        } else if (property == u"direction") {
            sort.direction = value;
            sort.directionKey = key;
        } else {
            return Error(tr("\"%1\": a sort order has no property \"%2\" (expected field or direction).")
                             .arg(key, segments.at(3)));
        }
        return {};
    }
    if (section == u"pagesize" || section == u"currentpage") {
        if (segments.size() != 2)
            return Error(tr("\"%1\" has extra brackets after %2.").arg(key, segments.at(1)));
        Result<int> number = parsePositive(value, key);
        if (!number)
            return number.error();
        (section == u"pagesize" ? raw.pageSize : raw.currentPage) = number.value();
        return {};
    }
    return Error(tr("\"%1\": unknown searchCriteria key \"%2\"; %3.").arg(key, segments.at(1), expected));
}

Result<Condition> conditionFromText(const QString& text, const QString& where)
{
    if (std::optional<Condition> condition = conditionFromName(text))
        return *condition;
    if (std::optional<Condition> condition = conditionFromName(text.trimmed().toLower()))
        return Error(tr("%1: write the condition type in lowercase, \"%2\" (Magento does not recognise \"%3\").")
                         .arg(where, conditionName(*condition), text));
    QStringList names;
    for (Condition condition : allConditions())
        names << conditionName(condition);
    return Error(tr("%1: \"%2\" is not a condition type; use one of %3.").arg(where, text, names.join(u", ")));
}

Result<SortOrder::Direction> directionFromText(const QString& text, const QString& where)
{
    const QString upper = text.trimmed().toUpper();
    if (upper == u"ASC")
        return SortOrder::Direction::Ascending;
    if (upper == u"DESC")
        return SortOrder::Direction::Descending;
    return Error(tr("%1: \"%2\" is not a sort direction; use ASC or DESC.").arg(where, text));
}

Result<SearchCriteria> finish(const RawCriteria& raw)
{
    SearchCriteria criteria;
    for (auto group = raw.groups.constBegin(); group != raw.groups.constEnd(); ++group) {
        FilterGroup out;
        for (auto it = group->constBegin(); it != group->constEnd(); ++it) {
            const QString where
                = QStringLiteral("searchCriteria[filter_groups][%1][filters][%2]").arg(group.key()).arg(it.key());
            if (!it->field || it->field->trimmed().isEmpty())
                return Error(tr("%1 has no field: add %1[field]=<attribute code>.").arg(where));
            Filter filter;
            filter.field = *it->field;
            filter.value = it->value.value_or(QString());
            if (it->condition) {
                Result<Condition> condition = conditionFromText(*it->condition, it->conditionKey);
                if (!condition)
                    return condition.error();
                filter.condition = condition.value();
            }
            out.filters << filter;
        }
        criteria.filterGroups << out;
    }
    for (auto it = raw.sorts.constBegin(); it != raw.sorts.constEnd(); ++it) {
        const QString where = QStringLiteral("searchCriteria[sort_orders][%1]").arg(it.key());
        if (!it->field || it->field->trimmed().isEmpty())
            return Error(tr("%1 has no field: add %1[field]=<attribute code>.").arg(where));
        SortOrder sort;
        sort.field = *it->field;
        if (it->direction) {
            Result<SortOrder::Direction> direction = directionFromText(*it->direction, it->directionKey);
            if (!direction)
                return direction.error();
            sort.direction = direction.value();
        }
        criteria.sortOrders << sort;
    }
    criteria.pageSize = raw.pageSize;
    criteria.currentPage = raw.currentPage;
    return criteria;
}

Result<ParsedQuery> parseEncoded(const QByteArray& encoded)
{
    ParsedQuery parsed;
    RawCriteria raw;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray& pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString key = phpDecode(equals < 0 ? QByteArrayView(pair) : QByteArrayView(pair).first(equals));
        const QString value = equals < 0 ? QString() : phpDecode(QByteArrayView(pair).sliced(equals + 1));
        const qsizetype open = key.indexOf(u'[');
        const QString base = open < 0 ? key : key.left(open);
        if (!isSearchCriteriaBase(base)) {
            parsed.otherItems.append({key, value});
            continue;
        }
        Result<QStringList> segments = splitKey(key);
        if (!segments)
            return segments.error();
        Status applied = applyItem(raw, key, segments.value(), value);
        if (!applied)
            return applied.error();
    }
    Result<SearchCriteria> criteria = finish(raw);
    if (!criteria)
        return criteria.error();
    parsed.criteria = std::move(criteria).value();
    return parsed;
}

// JSON helpers: a key in snake_case or camelCase (any spelling Magento would map to the same setter).
QJsonValue member(const QJsonObject& object, const QString& normalized)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (normalizedKey(it.key()) == normalized)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

Result<QString> jsonScalar(const QJsonValue& value, const QString& path)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    default:
        return Error(tr("%1 must be a text or a number.").arg(path));
    }
}

Result<std::optional<int>> jsonPositive(const QJsonValue& value, const QString& path)
{
    if (value.isUndefined() || value.isNull())
        return std::optional<int>();
    if (value.isString()) {
        Result<int> parsed = parsePositive(value.toString(), path);
        if (!parsed)
            return parsed.error();
        return std::optional<int>(parsed.value());
    }
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 1 || number > std::numeric_limits<int>::max() || number != double(int(number)))
        return Error(tr("%1 must be a whole number of at least 1.").arg(path));
    return std::optional<int>(int(number));
}

} // namespace

const QList<Condition>& allConditions()
{
    static const QList<Condition> list = [] {
        QList<Condition> out;
        for (const ConditionInfo& info : conditionTable)
            out << info.condition;
        return out;
    }();
    return list;
}

QString conditionName(Condition condition)
{
    for (const ConditionInfo& info : conditionTable) {
        if (info.condition == condition)
            return QString::fromLatin1(info.name);
    }
    return QStringLiteral("eq");
}

std::optional<Condition> conditionFromName(const QString& name)
{
    for (const ConditionInfo& info : conditionTable) {
        if (name == QLatin1String(info.name))
            return info.condition;
    }
    return std::nullopt;
}

QString conditionDescription(Condition condition)
{
    for (const ConditionInfo& info : conditionTable) {
        if (info.condition == condition)
            return QCoreApplication::translate("MagentoSearchCriteria", info.description);
    }
    return {};
}

bool conditionTakesValue(Condition condition)
{
    return condition != Condition::Null && condition != Condition::Notnull;
}

bool conditionTakesList(Condition condition)
{
    return condition == Condition::In || condition == Condition::Nin;
}

QString directionName(SortOrder::Direction direction)
{
    return direction == SortOrder::Direction::Descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
}

Filter Filter::list(const QString& field, const QStringList& values, Condition condition)
{
    return Filter {field, values.join(u','), condition};
}

QStringList Filter::values() const
{
    if (conditionTakesList(condition))
        return value.split(u',');
    return {value};
}

SearchCriteria& SearchCriteria::where(const QString& field, Condition condition, const QString& value)
{
    filterGroups << FilterGroup {{Filter {field, value, condition}}};
    return *this;
}

SearchCriteria& SearchCriteria::whereAny(const QList<Filter>& filters)
{
    filterGroups << FilterGroup {filters};
    return *this;
}

SearchCriteria& SearchCriteria::whereBetween(const QString& field, const QString& from, const QString& to)
{
    where(field, Condition::From, from);
    return where(field, Condition::To, to);
}

SearchCriteria& SearchCriteria::orderBy(const QString& field, SortOrder::Direction direction)
{
    sortOrders << SortOrder {field, direction};
    return *this;
}

SearchCriteria& SearchCriteria::page(int size, int current)
{
    pageSize = size;
    currentPage = current;
    return *this;
}

bool SearchCriteria::isEmpty() const
{
    return filterGroups.isEmpty() && sortOrders.isEmpty() && !pageSize && !currentPage;
}

QList<QPair<QString, QString>> SearchCriteria::toQueryItems(KeyStyle style) const
{
    const bool camel = style == KeyStyle::CamelCase;
    const QString groupsKey = camel ? QStringLiteral("filterGroups") : QStringLiteral("filter_groups");
    const QString conditionKey = camel ? QStringLiteral("conditionType") : QStringLiteral("condition_type");
    const QString sortKey = camel ? QStringLiteral("sortOrders") : QStringLiteral("sort_orders");
    QList<QPair<QString, QString>> items;
    int groupIndex = 0;
    for (const FilterGroup& group : filterGroups) {
        if (group.filters.isEmpty())
            continue;
        int filterIndex = 0;
        for (const Filter& filter : group.filters) {
            const QString prefix
                = QStringLiteral("searchCriteria[%1][%2][filters][%3]").arg(groupsKey).arg(groupIndex).arg(filterIndex);
            items.append({prefix + u"[field]", filter.field});
            if (conditionTakesValue(filter.condition) || !filter.value.isEmpty())
                items.append({prefix + u"[value]", filter.value});
            items.append({prefix + u'[' + conditionKey + u']', conditionName(filter.condition)});
            ++filterIndex;
        }
        ++groupIndex;
    }
    int sortIndex = 0;
    for (const SortOrder& sort : sortOrders) {
        const QString prefix = QStringLiteral("searchCriteria[%1][%2]").arg(sortKey).arg(sortIndex++);
        items.append({prefix + u"[field]", sort.field});
        items.append({prefix + u"[direction]", directionName(sort.direction)});
    }
    if (pageSize)
        items.append({camel ? QStringLiteral("searchCriteria[pageSize]") : QStringLiteral("searchCriteria[page_size]"),
            QString::number(*pageSize)});
    if (currentPage)
        items.append(
            {camel ? QStringLiteral("searchCriteria[currentPage]") : QStringLiteral("searchCriteria[current_page]"),
                QString::number(*currentPage)});
    return items;
}

QString SearchCriteria::toQueryString(KeyStyle style, bool encodeBrackets) const
{
    return encodeQueryItems(toQueryItems(style), encodeBrackets);
}

QString encodeQueryItems(const QList<QPair<QString, QString>>& items, bool encodeBrackets)
{
    QByteArray out;
    for (const auto& [key, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += encodeComponent(key, !encodeBrackets);
        out += '=';
        out += encodeComponent(value, false);
    }
    return QString::fromLatin1(out);
}

QUrlQuery SearchCriteria::toQuery(KeyStyle style) const
{
    QUrlQuery query;
    // Handing QUrlQuery an encoded string keeps %2B, %26, %3D and %23 encoded; addQueryItem() would not.
    query.setQuery(toQueryString(style, false));
    return query;
}

Result<SearchCriteria> SearchCriteria::fromQuery(const QUrlQuery& query)
{
    return fromQueryString(query.query(QUrl::FullyEncoded));
}

Result<SearchCriteria> SearchCriteria::fromQueryString(const QString& query)
{
    Result<ParsedQuery> parsed = parseQuery(query);
    if (!parsed)
        return parsed.error();
    return parsed->criteria;
}

Result<ParsedQuery> SearchCriteria::parseQuery(const QString& query)
{
    return parseEncoded(queryPart(query));
}

QJsonObject SearchCriteria::toJson() const
{
    QJsonObject object;
    QJsonArray groups;
    for (const FilterGroup& group : filterGroups) {
        QJsonArray filters;
        for (const Filter& filter : group.filters) {
            filters.append(
                QJsonObject {{QStringLiteral("field"), filter.field}, {QStringLiteral("value"), filter.value},
                    {QStringLiteral("condition_type"), conditionName(filter.condition)}});
        }
        groups.append(QJsonObject {{QStringLiteral("filters"), filters}});
    }
    object.insert(QStringLiteral("filter_groups"), groups);
    if (!sortOrders.isEmpty()) {
        QJsonArray sorts;
        for (const SortOrder& sort : sortOrders) {
            sorts.append(QJsonObject {
                {QStringLiteral("field"), sort.field}, {QStringLiteral("direction"), directionName(sort.direction)}});
        }
        object.insert(QStringLiteral("sort_orders"), sorts);
    }
    if (pageSize)
        object.insert(QStringLiteral("page_size"), *pageSize);
    if (currentPage)
        object.insert(QStringLiteral("current_page"), *currentPage);
    return object;
}

Result<SearchCriteria> SearchCriteria::fromJson(const QJsonObject& object)
{
    SearchCriteria criteria;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = normalizedKey(it.key());
        if (key != u"filtergroups" && key != u"sortorders" && key != u"pagesize" && key != u"currentpage")
            return Error(tr("\"%1\" is not a searchCriteria property (expected filter_groups, sort_orders, "
                            "page_size or current_page).")
                             .arg(it.key()));
    }
    const QJsonValue groups = member(object, QStringLiteral("filtergroups"));
    if (!groups.isUndefined() && !groups.isNull() && !groups.isArray())
        return Error(tr("filter_groups must be a list."));
    const QJsonArray groupArray = groups.toArray();
    for (qsizetype g = 0; g < groupArray.size(); ++g) {
        const QString groupPath = QStringLiteral("filter_groups[%1]").arg(g);
        if (!groupArray.at(g).isObject())
            return Error(tr("%1 must be an object with \"filters\".").arg(groupPath));
        const QJsonValue filters = member(groupArray.at(g).toObject(), QStringLiteral("filters"));
        if (!filters.isUndefined() && !filters.isNull() && !filters.isArray())
            return Error(tr("%1.filters must be a list.").arg(groupPath));
        FilterGroup group;
        const QJsonArray filterArray = filters.toArray();
        for (qsizetype f = 0; f < filterArray.size(); ++f) {
            const QString path = groupPath + QStringLiteral(".filters[%1]").arg(f);
            if (!filterArray.at(f).isObject())
                return Error(tr("%1 must be an object with field, value and condition_type.").arg(path));
            const QJsonObject filterObject = filterArray.at(f).toObject();
            Filter filter;
            Result<QString> field = jsonScalar(member(filterObject, QStringLiteral("field")), path + u".field");
            if (!field)
                return field.error();
            if (field->trimmed().isEmpty())
                return Error(tr("%1 has no field.").arg(path));
            filter.field = field.value();
            Result<QString> value = jsonScalar(member(filterObject, QStringLiteral("value")), path + u".value");
            if (!value)
                return value.error();
            filter.value = value.value();
            const QJsonValue condition = member(filterObject, QStringLiteral("conditiontype"));
            if (!condition.isUndefined() && !condition.isNull()) {
                Result<Condition> parsed = conditionFromText(condition.toString(), path + u".condition_type");
                if (!parsed)
                    return parsed.error();
                filter.condition = parsed.value();
            }
            group.filters << filter;
        }
        criteria.filterGroups << group;
    }
    const QJsonValue sorts = member(object, QStringLiteral("sortorders"));
    if (!sorts.isUndefined() && !sorts.isNull() && !sorts.isArray())
        return Error(tr("sort_orders must be a list."));
    const QJsonArray sortArray = sorts.toArray();
    for (qsizetype s = 0; s < sortArray.size(); ++s) {
        const QString path = QStringLiteral("sort_orders[%1]").arg(s);
        if (!sortArray.at(s).isObject())
            return Error(tr("%1 must be an object with field and direction.").arg(path));
        const QJsonObject sortObject = sortArray.at(s).toObject();
        SortOrder sort;
        Result<QString> field = jsonScalar(member(sortObject, QStringLiteral("field")), path + u".field");
        if (!field)
            return field.error();
        if (field->trimmed().isEmpty())
            return Error(tr("%1 has no field.").arg(path));
        sort.field = field.value();
        const QJsonValue direction = member(sortObject, QStringLiteral("direction"));
        if (!direction.isUndefined() && !direction.isNull()) {
            Result<SortOrder::Direction> parsed = directionFromText(direction.toString(), path + u".direction");
            if (!parsed)
                return parsed.error();
            sort.direction = parsed.value();
        }
        criteria.sortOrders << sort;
    }
    Result<std::optional<int>> size
        = jsonPositive(member(object, QStringLiteral("pagesize")), QStringLiteral("page_size"));
    if (!size)
        return size.error();
    criteria.pageSize = size.value();
    Result<std::optional<int>> current
        = jsonPositive(member(object, QStringLiteral("currentpage")), QStringLiteral("current_page"));
    if (!current)
        return current.error();
    criteria.currentPage = current.value();
    return criteria;
}

QStringList SearchCriteria::hints() const
{
    QStringList hints;
    for (qsizetype g = 0; g < filterGroups.size(); ++g) {
        const FilterGroup& group = filterGroups.at(g);
        if (group.filters.isEmpty())
            hints << tr("Filter group %1 is empty and is left out of the query.").arg(g + 1);
        QMap<QString, int> rangeEnds;
        for (const Filter& filter : group.filters) {
            if (filter.condition == Condition::From || filter.condition == Condition::To)
                rangeEnds[filter.field] |= filter.condition == Condition::From ? 1 : 2;
            if ((filter.condition == Condition::Like || filter.condition == Condition::Nlike)
                && !filter.value.contains(u'%'))
                hints << tr("\"%1 %2 %3\" has no %, so it only matches the exact value; write %%3% to match a part.")
                             .arg(filter.field, conditionName(filter.condition), filter.value);
            if (conditionTakesList(filter.condition) && filter.value.contains(QStringLiteral(", ")))
                hints << tr("The list for \"%1\" has spaces after commas; Magento keeps them as part of the values.")
                             .arg(filter.field);
            if (!conditionTakesValue(filter.condition) && !filter.value.isEmpty())
                hints << tr("\"%1\" ignores its value (%2).").arg(conditionName(filter.condition), filter.value);
        }
        for (auto it = rangeEnds.constBegin(); it != rangeEnds.constEnd(); ++it) {
            if (it.value() == 3)
                hints << tr("\"from\" and \"to\" on \"%1\" are in the same group, so they are OR-ed and match almost "
                            "everything; put them in two groups for a range.")
                             .arg(it.key());
        }
    }
    if (pageSize && sortOrders.isEmpty())
        hints << tr("Paging without a sort order is not stable in Magento: items can repeat or go missing between "
                    "pages (magento2#25001). Sort by a unique key such as entity_id.");
    if (pageSize && *pageSize > 300)
        hints << tr("Stores with web API input limits enabled refuse page sizes above 300 (\"Maximum SearchCriteria "
                    "pageSize is 300\").");
    if (currentPage && !pageSize)
        hints << tr("current_page has no effect without page_size.");
    return hints;
}

} // namespace studio::magento
