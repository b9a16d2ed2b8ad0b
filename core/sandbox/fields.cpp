#include "core/sandbox/fields.h"

#include "core/sandbox/webapiinput.h"

#include <memory>
#include <optional>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRegularExpression>

namespace studio::sandbox {

namespace {

/// A parsed filter level: field name → either "1" (keep whole) or a nested level.
struct FilterLevel
{
    struct Entry
    {
        std::shared_ptr<FilterLevel> nested; ///< null for a plain field
    };
    QMap<QString, Entry> fields;
};

/// FieldsFilter::parse(), statement by statement (PHP's nulls included), so odd input behaves as in Magento.
std::shared_ptr<FilterLevel> parseFilter(const QString& filter)
{
    static const QRegularExpression forbidden(QStringLiteral("[^A-Za-z0-9_\\[\\],]"));
    if (filter.isEmpty() || forbidden.match(filter).hasMatch())
        return nullptr;

    std::optional<qsizetype> start;
    auto current = std::make_shared<FilterLevel>();
    QList<std::shared_ptr<FilterLevel>> stack;
    QList<std::optional<QString>> parents;
    std::optional<QString> currentElement;

    for (qsizetype position = 0; position < filter.size(); ++position) {
        const QChar c = filter.at(position);
        if (c == u'[' || c == u']' || c == u',') {
            if (start) {
                currentElement = filter.mid(*start, position - *start);
                if (!current)
                    current = std::make_shared<FilterLevel>();
                current->fields.insert(*currentElement, FilterLevel::Entry {});
            }
            start.reset();
        }
        if (c == u'[') {
            parents.append(currentElement);
            stack.append(current);
            current = std::make_shared<FilterLevel>();
        } else if (c == u']') {
            auto temp = current;
            // array_pop() on an empty stack gives null; writing into null makes a new array.
            current = stack.isEmpty() ? nullptr : stack.takeLast();
            const std::optional<QString> parent = parents.isEmpty() ? std::nullopt : parents.takeLast();
            if (!current)
                current = std::make_shared<FilterLevel>();
            current->fields.insert(parent.value_or(QString()), FilterLevel::Entry {temp});
        } else if (c != u',') {
            if (!start)
                start = position;
        }
    }
    if (!stack.isEmpty())
        return nullptr;
    if (start) {
        if (!current)
            current = std::make_shared<FilterLevel>();
        current->fields.insert(filter.mid(*start), FilterLevel::Entry {});
    }
    return current;
}

/// PHP sees JSON arrays and empty objects as arrays without string keys.
bool isPhpList(const QJsonValue& value)
{
    return value.isArray() || (value.isObject() && value.toObject().isEmpty());
}

bool isPhpArray(const QJsonValue& value)
{
    return value.isArray() || value.isObject();
}

QJsonValue applyLevel(const QJsonValue& response, const FilterLevel& filter);

/// recursiveArrayIntersectKey(): keep the keys named in the filter, descend where both sides are arrays.
QJsonValue intersect(const QJsonValue& value, const FilterLevel& filter)
{
    if (value.isArray()) {
        // A list inside a list: its keys are 0, 1, ...; only numeric filter keys could match.
        const QJsonArray array = value.toArray();
        QJsonObject kept;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const auto it = filter.fields.constFind(QString::number(i));
            if (it == filter.fields.cend())
                continue;
            QJsonValue item = array.at(i);
            if (it->nested && isPhpArray(item))
                item = applyLevel(item, *it->nested);
            kept.insert(QString::number(i), item);
        }
        return kept.isEmpty() ? QJsonValue(QJsonArray()) : QJsonValue(kept);
    }
    const QJsonObject object = value.toObject();
    QJsonObject kept;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto f = filter.fields.constFind(it.key());
        if (f == filter.fields.cend())
            continue;
        QJsonValue item = it.value();
        if (f->nested && isPhpArray(item))
            item = applyLevel(item, *f->nested);
        kept.insert(it.key(), item);
    }
    // An empty PHP array encodes as [].
    return kept.isEmpty() ? QJsonValue(QJsonArray()) : QJsonValue(kept);
}

/// applyFilter(): lists are filtered item by item, objects directly.
QJsonValue applyLevel(const QJsonValue& response, const FilterLevel& filter)
{
    if (isPhpList(response)) {
        const QJsonArray items = response.toArray();
        if (items.isEmpty())
            return QJsonValue(QJsonValue::Null); // $arrayIntersect stays null
        QJsonArray out;
        for (const QJsonValue& item : items)
            out.append(isPhpArray(item) ? intersect(item, filter) : item);
        return out;
    }
    return intersect(response, filter);
}

} // namespace

QJsonValue applyFieldsFilter(const QJsonValue& response, const QString& filter)
{
    // An empty answer stays as it is (Magento would turn it into null); this keeps filtering idempotent.
    if (!isPhpArray(response) || (response.isArray() && response.toArray().isEmpty()))
        return response;
    const auto parsed = parseFilter(filter);
    if (!parsed)
        return QJsonArray();
    return applyLevel(response, *parsed);
}

QJsonValue applyFieldsParameter(const QJsonValue& response, const QUrlQuery& query)
{
    QString fields;
    bool found = false;
    for (const auto& [key, value] : webapi::phpQueryItems(query)) {
        if (key == u"fields") {
            fields = value;
            found = true;
        }
    }
    if (!found || fields.isEmpty() || fields == u"0")
        return response;
    return applyFieldsFilter(response, fields);
}

} // namespace studio::sandbox
