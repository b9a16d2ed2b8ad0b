#include "ui/logs/logdetailview.h"

#include "core/net/httptypes.h"
#include "ui/widgets/bodyview.h"
#include "ui/widgets/responseview.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace studio::ui {

namespace {

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

LogDetailView::LogDetailView(QWidget* parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_requestHeaders(new QTableWidget(0, 2, this))
    , m_requestNote(new QLabel(this))
    , m_requestBody(new BodyView(this))
    , m_response(new ResponseView(this))
    , m_facts(new QTreeWidget(this))
{
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("detailMessage"));

    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    // A URL without break opportunities (a long SKU, a long query) would otherwise set the pane's minimum width,
    // and with it the window's: the header wraps where it can and is cut where it cannot (the tooltip has it all).
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_requestHeaders->setObjectName(QStringLiteral("requestHeaders"));
    m_requestHeaders->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_requestHeaders->horizontalHeader()->setStretchLastSection(true);
    m_requestHeaders->verticalHeader()->setVisible(false);
    m_requestHeaders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_requestHeaders->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requestNote->setObjectName(QStringLiteral("requestNote"));
    m_requestNote->setWordWrap(true);
    m_requestNote->setVisible(false);
    m_requestBody->setObjectName(QStringLiteral("requestBody"));
    auto* request = new QSplitter(Qt::Vertical, this);
    request->addWidget(m_requestHeaders);
    auto* bodyPane = new QWidget(request);
    auto* bodyLayout = new QVBoxLayout(bodyPane);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_requestNote);
    bodyLayout->addWidget(m_requestBody, 1);
    request->addWidget(bodyPane);
    request->setStretchFactor(1, 3);

    m_response->setObjectName(QStringLiteral("responseView"));
    m_facts->setObjectName(QStringLiteral("entryFacts"));
    m_facts->setColumnCount(2);
    m_facts->setHeaderLabels({tr("Field"), tr("Value")});
    m_facts->setRootIsDecorated(false);
    m_facts->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(request, tr("Request"));
    m_tabs->addTab(m_response, tr("Response"));
    m_tabs->addTab(m_facts, tr("Details"));

    auto* entryPage = new QWidget(this);
    auto* entryLayout = new QVBoxLayout(entryPage);
    entryLayout->setContentsMargins(0, 0, 0, 0);
    entryLayout->addWidget(m_title);
    entryLayout->addWidget(m_tabs, 1);
    m_pages->addWidget(m_message);
    m_pages->addWidget(entryPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    showMessage(tr("Select an entry to see its request and response."));
}

void LogDetailView::showMessage(const QString& text)
{
    m_entryId = 0;
    m_message->setText(text);
    m_pages->setCurrentWidget(m_message);
}

void LogDetailView::setEntry(const LogEntry& entry, const QByteArray& hash)
{
    m_entryId = entry.id;
    const QString status = entry.status > 0 ? QString::number(entry.status) : tr("no response");
    m_title->setText(tr("#%1  %2 %3  →  %4 in %5 ms")
                         .arg(entry.id)
                         .arg(QString::fromLatin1(entry.method), entry.url, status)
                         .arg(QLocale().toString(entry.durationMs)));
    m_title->setToolTip(entry.url);

    m_requestHeaders->setRowCount(int(entry.requestHeaders.size()));
    for (int row = 0; row < entry.requestHeaders.size(); ++row) {
        const auto& [name, value] = entry.requestHeaders.at(row);
        m_requestHeaders->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(name)));
        m_requestHeaders->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(value)));
    }
    QStringList notes;
    if (entry.requestBodyTruncated)
        notes.append(tr("The log kept only the first %1 of this %2 body.")
                         .arg(bytesText(entry.requestBody.size()), bytesText(entry.requestBodySize)));
    if (entry.requestBody.contains("[redacted]"))
        notes.append(tr("Values the log hid show as [redacted]."));
    m_requestNote->setText(notes.join(u' '));
    m_requestNote->setVisible(!notes.isEmpty());
    if (entry.requestBody.isEmpty())
        m_requestBody->clear(tr("The request had no body."));
    else
        m_requestBody->setBody(entry.requestBody, net::headerValue(entry.requestHeaders, "Content-Type"));
    m_response->setLogEntry(entry);

    m_facts->clear();
    const QDateTime started = entry.startedAt;
    addFact(tr("Entry"), QString::number(entry.id));
    addFact(tr("Started"),
        tr("%1 (UTC %2)")
            .arg(started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                started.toUTC().toString(Qt::ISODateWithMs)));
    addFact(tr("Duration"), tr("%1 ms").arg(QLocale().toString(entry.durationMs)));
    addFact(tr("Attempt"), entry.attempt > 1 ? tr("%1 (retry)").arg(entry.attempt) : QString::number(entry.attempt));
    addFact(tr("Method"), QString::fromLatin1(entry.method));
    addFact(tr("URL"), entry.url);
    addFact(tr("Status"), entry.status > 0 ? QString::number(entry.status) : tr("no response"));
    if (!entry.error.isEmpty())
        addFact(tr("Error"), entry.error);
    addFact(tr("HTTP version"), QString::fromLatin1(entry.httpVersion));
    addFact(tr("Endpoint"), entry.endpointId);
    addFact(tr("Environment"), entry.environment);
    addFact(tr("Run"), entry.runId);
    addFact(tr("Credential fingerprint"),
        entry.credentialFingerprint.isEmpty() ? tr("none (no credential)") : entry.credentialFingerprint);
    const auto sizeFact = [this](qint64 size, qint64 stored, bool cut) {
        if (size < 0)
            size = stored;
        return cut ? tr("%1 sent, first %2 kept").arg(bytesText(size), bytesText(stored)) : bytesText(size);
    };
    addFact(tr("Request body"), sizeFact(entry.requestBodySize, entry.requestBody.size(), entry.requestBodyTruncated));
    addFact(
        tr("Response body"), sizeFact(entry.responseBodySize, entry.responseBody.size(), entry.responseBodyTruncated));
    if (!hash.isEmpty())
        addFact(tr("Audit hash"), QString::fromLatin1(hash.toHex()));
    m_pages->setCurrentIndex(1);
}

void LogDetailView::addFact(const QString& label, const QString& value)
{
    auto* item = new QTreeWidgetItem(m_facts, {label, value});
    item->setToolTip(1, value);
}

QString LogDetailView::fact(const QString& label) const
{
    for (int i = 0; i < m_facts->topLevelItemCount(); ++i) {
        if (m_facts->topLevelItem(i)->text(0) == label)
            return m_facts->topLevelItem(i)->text(1);
    }
    return QString();
}

QString LogDetailView::requestNote() const
{
    return m_requestNote->text();
}

} // namespace studio::ui
