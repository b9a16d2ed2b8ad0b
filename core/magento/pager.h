#pragma once

#include "core/common/result.h"
#include "core/magento/searchcriteria.h"

#include <functional>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>
#include <QUrlQuery>

namespace studio::magento {

/// Fetches one page of a Magento list endpoint. The pager calls it with the page's complete query (searchCriteria
/// plus the extra items); the function sends the request (through core/net, or a test's script) and calls `done`
/// exactly once with the parsed JSON object or an error — synchronously or later, on the pager's thread.
using QueryFetch = std::function<void(const QUrlQuery& query, std::function<void(Result<QJsonObject> response)> done)>;

/// How a Pager walks a list.
struct PagerOptions
{
    enum class Mode {
        /// currentPage = 1, 2, 3... sorted by the key (after any sort orders in `criteria`), de-duplicated.
        Offset,
        /// Always currentPage = 1 with an extra filter `key gt <last key seen>`, sorted by the key: no offsets, so
        /// rows inserted or deleted meanwhile cannot shift items between pages. Prefer it for big pulls.
        Keyset,
    };

    Mode mode = Mode::Offset;
    /// Filters (and, in offset mode, sort orders to apply before the key); its pageSize/currentPage are ignored.
    SearchCriteria criteria;
    /// The unique field to sort (and, in keyset mode, filter) by. entity_id works for products, customers,
    /// orders and categories alike, even where the JSON calls it "id".
    QString key = QStringLiteral("entity_id");
    /// The JSON field of each item that holds the key; empty = `key` if the item has it, else "id".
    QString itemKey;
    int pageSize = 100;
    /// Other query items, decoded (fields, storeId, ...). A `fields` selection is extended with the item key and
    /// total_count, which the pager needs.
    QList<QPair<QString, QString>> extraQuery;
    /// Keyset mode: start after this key (exclusive), e.g. a checkpoint from PagerPage::lastKey.
    QString startAfter;
    /// When true the pager stops after each page until next() is called (back-pressure for slow consumers).
    bool waitForNext = false;
};

/// One page as the pager delivers it: only items not delivered before.
struct PagerPage
{
    int number = 0;            ///< 1-based count of pages fetched so far
    QList<QJsonObject> items;  ///< new items, in the order Magento sent them
    int duplicatesSkipped = 0; ///< items of this answer that had been delivered before
    qint64 totalCount = -1;    ///< Magento's total_count for this answer; -1 when absent
    qint64 delivered = 0;      ///< items delivered so far, this page included
    QString lastKey;           ///< key of the last item of this answer: a keyset checkpoint
};

/// Walks a Magento list endpoint page by page through a QueryFetch, with a stable sort on a unique key and
/// de-duplication by that key, because Magento pages can repeat or skip items (magento2#25001, #39031).
///
/// It stops on the first of: an empty page, a short page, total_count reached, or Magento answering a page past
/// the end with the last page again (all items already seen). Items are emitted page by page and not kept (only
/// their keys, for de-duplication in offset mode; keyset mode keeps just the previous page's keys). A failed page
/// ends the walk with an error naming the page; what was delivered stands, and nothing is delivered twice.
///
/// Asynchronous and callback-driven; lives on one thread. Signals may be emitted before start() returns when the
/// fetch function answers synchronously. Deleting the pager or calling cancel() makes late answers harmless.
class Pager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pager)

public:
    Pager(QueryFetch fetch, PagerOptions options, QObject* parent = nullptr);
    ~Pager() override;

    /// Starts (or restarts) the walk from the first page.
    void start();
    /// In waitForNext mode, fetches the next page; otherwise does nothing.
    void next();
    /// Stops the walk; emits finished() with an error saying so, once. Answers still in flight are ignored.
    void cancel();

    bool isRunning() const { return m_running; }
    /// True when the last walk ended through cancel().
    bool wasCancelled() const { return m_cancelled; }
    /// Items delivered so far in the current (or last) walk.
    qint64 delivered() const { return m_delivered; }
    /// The last key seen; in keyset mode the checkpoint to resume from (PagerOptions::startAfter).
    QString lastKey() const { return m_lastKey; }
    /// The query of the page the pager would fetch next; for logs and tests.
    QUrlQuery nextQuery() const;

    /// The key of an item as text ("42" for 42 or "42"); empty when the item has no usable key.
    static QString keyOf(const QJsonObject& item, const QString& field);

Q_SIGNALS:
    /// A page with new items (possibly empty when a whole answer repeated items already delivered).
    void pageReady(const studio::magento::PagerPage& page);
    /// The walk ended: ok when the list was walked to its end; otherwise why it stopped.
    void finished(const studio::Status& status);

private:
    /// Keys seen so far; integers are kept as numbers, which is smaller than text.
    class KeySet final
    {
    public:
        bool contains(const QString& key) const;
        void insert(const QString& key);
        void clear();

    private:
        QSet<qint64> m_numbers;
        QSet<QString> m_texts;
    };

    void requestPage();
    void handleAnswer(Result<QJsonObject> answer);
    void finish(const Status& status);
    Status prepare();
    QString itemKeyOf(const QJsonObject& item) const;

    QueryFetch m_fetch;
    PagerOptions m_options;
    QString m_fieldsValue; ///< the `fields` item as sent, after adding what the pager needs
    SearchCriteria m_sortedCriteria;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_waiting = false;
    bool m_inFetch = false;
    bool m_requestAgain = false;
    quint64 m_generation = 0;
    int m_page = 0;
    int m_staleStreak = 0;
    qint64 m_delivered = 0;
    QString m_lastKey;
    KeySet m_seen;                    ///< offset mode: every key delivered
    QSet<QString> m_previousPageKeys; ///< keyset mode: the keys of the previous page only
};

} // namespace studio::magento
