#include "ui/widgets/responseview.h"

#include "core/json/contentkind.h"
#include "core/net/httptypes.h"
#include "ui/widgets/bodyview.h"
#include "ui/widgets/syntaxcolors.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace studio::ui {

namespace {

QString durationText(qint64 ms)
{
    if (ms < 1000)
        return QCoreApplication::translate("ResponseView", "%1 ms").arg(ms);
    return QCoreApplication::translate("ResponseView", "%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 2));
}

} // namespace

ResponseView::ResponseView(QWidget* parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_error(new QLabel(this))
    , m_note(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_body(new BodyView(this))
    , m_headerTable(new QTableWidget(this))
{
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_reason->setFont(bold);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, statusColor(500, palette()));
    m_error->setPalette(errorPalette);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto* statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(6, 4, 6, 2);
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_reason);
    statusRow->addSpacing(12);
    statusRow->addWidget(m_meta, 1);

    m_headerTable->setColumnCount(2);
    m_headerTable->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_headerTable->horizontalHeader()->setStretchLastSection(true);
    m_headerTable->verticalHeader()->hide();
    m_headerTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headerTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headerTable->setWordWrap(false);
    m_headerTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* copyHeaders = new QAction(tr("Copy"), m_headerTable);
    copyHeaders->setShortcut(QKeySequence::Copy);
    copyHeaders->setShortcutContext(Qt::WidgetShortcut);
    m_headerTable->addAction(copyHeaders);
    connect(copyHeaders, &QAction::triggered, this, [this] {
        QStringList lines;
        const QModelIndexList rows = m_headerTable->selectionModel()->selectedRows();
        for (const QModelIndex& row : rows) {
            const auto& header = m_headers.at(row.row());
            lines << QString::fromLatin1(header.first) + u": " + QString::fromUtf8(header.second);
        }
        QApplication::clipboard()->setText(lines.join(u'\n'));
    });

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_body, tr("Body"));
    m_tabs->addTab(m_headerTable, tr("Headers"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(statusRow);
    layout->addWidget(m_error);
    layout->addWidget(m_note);
    layout->addWidget(m_tabs, 1);

    connect(m_body, &BodyView::modeChanged, this, [this] { updateKind(); });
    clear();
}

void ResponseView::clear(const QString& message)
{
    showSummary(Summary());
    showHeaders({});
    m_body->clear(message.isEmpty() ? tr("No response yet.") : message);
}

void ResponseView::setPending(const QString& message)
{
    clear(message);
}

void ResponseView::setResponse(const net::HttpResponse& response)
{
    Summary summary;
    summary.status = response.status;
    summary.reason = QString::fromLatin1(response.reasonPhrase);
    summary.durationMs = response.durationMs;
    summary.size = response.hasAnswer() ? std::max<qint64>(response.bodySize, response.body.size()) : -1;
    summary.httpVersion
        = response.hasAnswer() ? (response.http2 ? QStringLiteral("HTTP/2") : QStringLiteral("HTTP/1.1")) : QString();
    if (response.failure != net::FailureKind::None && response.failure != net::FailureKind::Http)
        summary.error = response.errorMessage;
    summary.note = response.retryNote;
    if (response.attempts > 1)
        summary.note = (summary.note.isEmpty() ? QString() : summary.note + u' ')
            + tr("Answered on attempt %1.").arg(response.attempts);
    showHeaders(response.headers);
    const QByteArray contentType = response.header("Content-Type");
    if (!response.bodyFile.isEmpty())
        m_body->setBodyFile(response.bodyFile, contentType);
    else if (response.hasAnswer() || !response.body.isEmpty())
        m_body->setBody(response.body, contentType);
    else
        m_body->clear(tr("No response body: the request did not get an answer."));
    showSummary(summary);
}

void ResponseView::setLogEntry(const LogEntry& entry)
{
    Summary summary;
    summary.status = entry.status;
    summary.durationMs = entry.durationMs;
    summary.size = entry.responseBodySize >= 0 ? entry.responseBodySize : entry.responseBody.size();
    summary.httpVersion = QString::fromLatin1(entry.httpVersion);
    summary.error = entry.error;
    if (entry.responseBodyTruncated) {
        summary.note
            = tr("The log kept the first %1 of this %2 body; the views show that part.")
                  .arg(QLocale().formattedDataSize(entry.responseBody.size(), 1, QLocale::DataSizeTraditionalFormat),
                      QLocale().formattedDataSize(summary.size, 1, QLocale::DataSizeTraditionalFormat));
    }
    if (entry.attempt > 1)
        summary.note
            = (summary.note.isEmpty() ? QString() : summary.note + u' ') + tr("Attempt %1.").arg(entry.attempt);
    showHeaders(entry.responseHeaders);
    if (entry.status > 0 || !entry.responseBody.isEmpty())
        m_body->setBody(entry.responseBody, net::headerValue(entry.responseHeaders, "Content-Type"));
    else
        m_body->clear(tr("No response body: the request did not get an answer."));
    showSummary(summary);
}

void ResponseView::showSummary(const Summary& summary)
{
    if (summary.status > 0) {
        m_status->setText(QString::number(summary.status));
        const QString reason = summary.reason.isEmpty() ? QString::fromLatin1(net::standardReasonPhrase(summary.status))
                                                        : summary.reason;
        m_reason->setText(reason);
        QPalette pal = m_status->palette();
        pal.setColor(QPalette::WindowText, statusColor(summary.status, palette()));
        m_status->setPalette(pal);
        m_reason->setPalette(pal);
    } else {
        m_status->setText(summary.error.isEmpty() ? QString() : tr("No answer"));
        m_reason->clear();
        QPalette pal = m_status->palette();
        pal.setColor(QPalette::WindowText, statusColor(0, palette()));
        m_status->setPalette(pal);
    }
    QStringList meta;
    if (summary.durationMs >= 0 && (summary.status > 0 || !summary.error.isEmpty()))
        meta << durationText(summary.durationMs);
    if (summary.size >= 0)
        meta << QLocale().formattedDataSize(summary.size, 1, QLocale::DataSizeTraditionalFormat);
    if (!summary.httpVersion.isEmpty())
        meta << summary.httpVersion;
    m_metaText = meta.join(QStringLiteral(" · "));
    updateKind();
    m_error->setText(summary.error);
    m_error->setVisible(!summary.error.isEmpty());
    m_note->setText(summary.note);
    m_note->setVisible(!summary.note.isEmpty());
}

void ResponseView::updateKind()
{
    QString text = m_metaText;
    if (m_body->source() && m_body->contentKind() != json::ContentKind::Empty)
        text += (text.isEmpty() ? QString() : QStringLiteral(" · ")) + json::contentKindName(m_body->contentKind());
    m_meta->setText(text);
}

void ResponseView::showHeaders(const HeaderList& headers)
{
    m_headers = headers;
    m_headerTable->setRowCount(int(headers.size()));
    for (int row = 0; row < headers.size(); ++row) {
        m_headerTable->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(headers[row].first)));
        m_headerTable->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(headers[row].second)));
    }
    m_headerTable->resizeColumnToContents(0);
    m_tabs->setTabText(1, headers.isEmpty() ? tr("Headers") : tr("Headers (%1)").arg(headers.size()));
}

QString ResponseView::statusLine() const
{
    QStringList parts;
    if (!m_status->text().isEmpty())
        parts << (m_reason->text().isEmpty() ? m_status->text() : m_status->text() + u' ' + m_reason->text());
    if (!m_meta->text().isEmpty())
        parts << m_meta->text();
    return parts.join(QStringLiteral(" · "));
}

QString ResponseView::errorText() const
{
    return m_error->text();
}

} // namespace studio::ui
