#include "core/magento/pager.h"

#include "core/magento/fieldselection.h"

#include <memory>
#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>

namespace studio::magento {

namespace {

std::optional<qint64> asInteger(const QString& text)
{
    if (text.isEmpty() || text.size() > 18 || (text.size() > 1 && text.at(0) == u'0'))
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

bool Pager::KeySet::contains(const QString& key) const
{
    if (const std::optional<qint64> number = asInteger(key))
        return m_numbers.contains(*number);
    return m_texts.contains(key);
}

void Pager::KeySet::insert(const QString& key)
{
    if (const std::optional<qint64> number = asInteger(key))
        m_numbers.insert(*number);
    else
        m_texts.insert(key);
}

void Pager::KeySet::clear()
{
    m_numbers.clear();
    m_texts.clear();
}

Pager::Pager(QueryFetch fetch, PagerOptions options, QObject* parent)
    : QObject(parent)
    , m_fetch(std::move(fetch))
    , m_options(std::move(options))
{ }

Pager::~Pager()
{
    // Late answers check the generation through a QPointer; nothing to release here.
    ++m_generation;
}

QString Pager::keyOf(const QJsonObject& item, const QString& field)
{
    const QJsonValue value = item.value(field);
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    return {};
}

QString Pager::itemKeyOf(const QJsonObject& item) const
{
    if (!m_options.itemKey.isEmpty())
        return keyOf(item, m_options.itemKey);
    const QString own = keyOf(item, m_options.key);
    return own.isEmpty() ? keyOf(item, QStringLiteral("id")) : own;
}

Status Pager::prepare()
{
    if (m_options.pageSize < 1)
        return Error(tr("The page size must be at least 1."));
    if (m_options.key.trimmed().isEmpty())
        return Error(tr("The pager needs a unique key field to sort by (for example entity_id)."));

    m_sortedCriteria = m_options.criteria;
    m_sortedCriteria.pageSize.reset();
    m_sortedCriteria.currentPage.reset();
    if (m_options.mode == PagerOptions::Mode::Keyset) {
        for (const SortOrder& sort : m_sortedCriteria.sortOrders) {
            if (sort.field != m_options.key || sort.direction != SortOrder::Direction::Ascending)
                return Error(tr("Keyset paging sorts by %1 ascending only; remove the sort on \"%2\" or use offset "
                                "paging.")
                                 .arg(m_options.key, sort.field));
        }
        m_sortedCriteria.sortOrders = {SortOrder {m_options.key, SortOrder::Direction::Ascending}};
    } else {
        bool hasKey = false;
        for (const SortOrder& sort : m_sortedCriteria.sortOrders)
            hasKey = hasKey || sort.field == m_options.key;
        // The unique key last makes the order total, so equal values of the other sort fields cannot swap places
        // between pages.
        if (!hasKey)
            m_sortedCriteria.sortOrders << SortOrder {m_options.key, SortOrder::Direction::Ascending};
    }

    m_fieldsValue.clear();
    for (const auto& [name, value] : std::as_const(m_options.extraQuery)) {
        if (name != u"fields")
            continue;
        Result<FieldSelection> fields = FieldSelection::parse(value);
        if (!fields)
            return Error(tr("The fields parameter cannot be used: %1").arg(fields.error().message));
        FieldSelection selection = fields.value();
        selection.add({QStringLiteral("items"), m_options.itemKey.isEmpty() ? m_options.key : m_options.itemKey});
        if (m_options.itemKey.isEmpty())
            selection.add({QStringLiteral("items"), QStringLiteral("id")});
        selection.add({QStringLiteral("total_count")});
        m_fieldsValue = selection.toString();
    }
    return {};
}

QUrlQuery Pager::nextQuery() const
{
    SearchCriteria criteria = m_sortedCriteria;
    criteria.pageSize = m_options.pageSize;
    if (m_options.mode == PagerOptions::Mode::Keyset) {
        criteria.currentPage = 1;
        if (!m_lastKey.isEmpty())
            criteria.where(m_options.key, Condition::Gt, m_lastKey);
    } else {
        criteria.currentPage = m_page + 1;
    }
    QList<QPair<QString, QString>> items = criteria.toQueryItems();
    for (const auto& [name, value] : std::as_const(m_options.extraQuery))
        items.append({name, name == u"fields" && !m_fieldsValue.isEmpty() ? m_fieldsValue : value});
    QUrlQuery query;
    query.setQuery(encodeQueryItems(items));
    return query;
}

void Pager::start()
{
    ++m_generation; // answers to an earlier walk are ignored from now on
    m_running = true;
    m_cancelled = false;
    m_waiting = false;
    m_requestAgain = false;
    m_page = 0;
    m_staleStreak = 0;
    m_delivered = 0;
    m_seen.clear();
    m_previousPageKeys.clear();
    m_lastKey = m_options.mode == PagerOptions::Mode::Keyset ? m_options.startAfter.trimmed() : QString();
    const Status prepared = prepare();
    if (!prepared) {
        finish(prepared);
        return;
    }
    requestPage();
}

void Pager::next()
{
    if (!m_running || !m_waiting)
        return;
    m_waiting = false;
    requestPage();
}

void Pager::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_cancelled = true;
    finish(Error(tr("The listing was cancelled after %1 items.").arg(m_delivered)));
}

void Pager::requestPage()
{
    // A fetch function that answers synchronously calls back into handleAnswer() and then here while the previous
    // call is still on the stack; looping instead of recursing keeps the stack flat however many pages there are.
    if (m_inFetch) {
        m_requestAgain = true;
        return;
    }
    QPointer<Pager> self(this);
    do {
        m_requestAgain = false;
        const quint64 generation = m_generation;
        auto answered = std::make_shared<bool>(false);
        m_inFetch = true;
        m_fetch(nextQuery(), [self, generation, answered](Result<QJsonObject> answer) {
            if (*answered || !self || self->m_generation != generation || !self->m_running)
                return;
            *answered = true;
            self->handleAnswer(std::move(answer));
        });
        if (!self)
            return;
        m_inFetch = false;
    } while (m_requestAgain && m_running && !m_waiting);
}

void Pager::handleAnswer(Result<QJsonObject> answer)
{
    const int number = ++m_page;
    if (!answer) {
        finish(Error(tr("Page %1 could not be fetched (after %2 items): %3")
                         .arg(number)
                         .arg(m_delivered)
                         .arg(answer.error().message)));
        return;
    }
    const QJsonObject& object = answer.value();
    const QJsonValue itemsValue = object.value(QStringLiteral("items"));
    if (!itemsValue.isArray()) {
        if (itemsValue.isNull() && object.value(QStringLiteral("total_count")).toDouble(-1) == 0) {
            finish({}); // some list endpoints answer "items": null for no matches
            return;
        }
        finish(Error(tr("The answer to page %1 has no \"items\" list (it has: %2). Is this a list endpoint that "
                        "takes searchCriteria?")
                         .arg(number)
                         .arg(object.keys().join(QStringLiteral(", ")))));
        return;
    }
    const QJsonArray items = itemsValue.toArray();
    const QJsonValue total = object.value(QStringLiteral("total_count"));

    PagerPage page;
    page.number = number;
    page.totalCount = total.isDouble() ? qint64(total.toDouble()) : -1;
    QSet<QString> pageKeys;
    QString lastKey;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            finish(Error(tr("Item %1 of page %2 is not a JSON object.").arg(i + 1).arg(number)));
            return;
        }
        const QJsonObject item = items.at(i).toObject();
        const QString key = itemKeyOf(item);
        if (key.isEmpty()) {
            const QString field = m_options.itemKey.isEmpty() ? m_options.key : m_options.itemKey;
            finish(Error(tr("Item %1 of page %2 has no \"%3\" value, so pages cannot be de-duplicated. Set the key to "
                            "a unique field of these items.")
                             .arg(i + 1)
                             .arg(number)
                             .arg(field)));
            return;
        }
        lastKey = key;
        bool duplicate = false;
        if (m_options.mode == PagerOptions::Mode::Keyset) {
            duplicate = m_previousPageKeys.contains(key) || pageKeys.contains(key) || key == m_lastKey;
            pageKeys.insert(key);
        } else {
            duplicate = m_seen.contains(key);
            m_seen.insert(key);
        }
        if (duplicate)
            ++page.duplicatesSkipped;
        else
            page.items << item;
    }
    m_delivered += page.items.size();
    page.delivered = m_delivered;
    page.lastKey = lastKey;

    const qsizetype received = items.size();
    const qsizetype fresh = page.items.size();
    if (received > 0) {
        const quint64 generation = m_generation;
        QPointer<Pager> self(this);
        if (m_options.mode == PagerOptions::Mode::Offset)
            m_lastKey = lastKey;
        Q_EMIT pageReady(page);
        if (!self || m_generation != generation || !m_running)
            return; // a receiver cancelled, restarted or deleted the pager
    }

    const qint64 totalCount = page.totalCount;
    if (m_options.mode == PagerOptions::Mode::Keyset) {
        if (received > 0 && fresh == 0) {
            finish(Error(tr("Magento answered page %1 with items already delivered although it was asked for %2 "
                            "greater than %3: the endpoint seems to ignore the filter. Use offset paging for it.")
                             .arg(number)
                             .arg(m_options.key, m_lastKey)));
            return;
        }
        if (received == 0 || received < m_options.pageSize || (totalCount >= 0 && totalCount <= received)) {
            m_lastKey = received > 0 ? lastKey : m_lastKey;
            finish({});
            return;
        }
        m_lastKey = lastKey;
        m_previousPageKeys = pageKeys;
    } else {
        if (received == 0 || received < m_options.pageSize
            || (totalCount >= 0 && qint64(number) * m_options.pageSize >= totalCount)) {
            finish({});
            return;
        }
        if (fresh == 0) {
            // A full page of known items: without total_count this is Magento answering a page past the end with
            // the last page again. With total_count saying there is more, items moved (or the server ignores the
            // sort); give it a few pages before giving up rather than loop.
            if (totalCount < 0) {
                finish({});
                return;
            }
            if (++m_staleStreak >= 3) {
                finish(Error(tr("Magento answered pages %1 to %2 with items already delivered although total_count "
                                "(%3) says there are more. The endpoint may ignore the sort order; try keyset paging "
                                "or another key.")
                                 .arg(number - 2)
                                 .arg(number)
                                 .arg(totalCount)));
                return;
            }
        } else {
            m_staleStreak = 0;
        }
    }

    if (m_options.waitForNext) {
        m_waiting = true;
        return;
    }
    requestPage();
}

void Pager::finish(const Status& status)
{
    m_running = false;
    m_waiting = false;
    Q_EMIT finished(status);
}

} // namespace studio::magento
