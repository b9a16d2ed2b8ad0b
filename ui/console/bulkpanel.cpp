#include "ui/console/bulkpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace studio::ui {

namespace {

enum Column { IdColumn, StatusColumn, MessageColumn, CodeColumn, ColumnCount };

} // namespace

BulkPanel::BulkPanel(QWidget* parent)
    : QWidget(parent)
    , m_uuid(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Stop following"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    m_uuid->setObjectName(QStringLiteral("bulkUuid"));
    m_uuid->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_cancel->setObjectName(QStringLiteral("bulkCancel"));
    m_cancel->setToolTip(tr("Stop asking Magento for the bulk's status (the operations keep running in Magento)"));
    m_table->setObjectName(QStringLiteral("bulkResults"));
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Status"), tr("Message"), tr("Error code")});
    m_table->horizontalHeader()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto* top = new QHBoxLayout;
    top->addWidget(m_uuid, 1);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_cancel, &QPushButton::clicked, this, &BulkPanel::cancel);
    m_options.firstDelayMs = 500;
    m_options.maxDelayMs = 5000;
    clear();
}

BulkPanel::~BulkPanel() = default;

void BulkPanel::setFetch(magento::PathFetch fetch)
{
    m_fetch = std::move(fetch);
}

void BulkPanel::clear()
{
    if (m_poller) {
        m_poller->disconnect(this);
        m_poller->deleteLater();
        m_poller = nullptr;
    }
    m_accepted = {};
    m_uuid->setText(tr("Send an array of request bodies in async bulk mode to follow a bulk here."));
    m_summary->clear();
    m_progress->hide();
    m_cancel->hide();
    m_table->setRowCount(0);
}

bool BulkPanel::isRunning() const
{
    return m_poller && m_poller->isRunning();
}

void BulkPanel::follow(const magento::BulkAccepted& accepted)
{
    clear();
    m_accepted = accepted;
    m_uuid->setText(tr("Bulk %1").arg(accepted.bulkUuid));
    const int total = int(accepted.requestItems.size());
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(0);
    m_progress->show();
    m_table->setRowCount(total);
    for (const magento::BulkRequestItem& item : accepted.requestItems) {
        if (item.id < 0 || item.id >= total)
            continue;
        m_table->setItem(item.id, IdColumn, new QTableWidgetItem(QString::number(item.id)));
        m_table->setItem(item.id, StatusColumn,
            new QTableWidgetItem(item.accepted() ? tr("accepted") : magento::operationStatusName(5)));
        m_table->setItem(item.id, MessageColumn, new QTableWidgetItem(item.errorMessage));
        m_table->setItem(
            item.id, CodeColumn, new QTableWidgetItem(item.errorCode ? QString::number(item.errorCode) : QString()));
    }
    const int accepted_ = accepted.acceptedCount();
    if (accepted_ == 0 || !m_fetch) {
        m_summary->setText(tr("Magento accepted none of the %n item(s).", nullptr, total));
        m_progress->hide();
        Q_EMIT finished(magento::BulkStatus(), Error {m_summary->text()});
        return;
    }
    m_summary->setText(tr("Magento queued %1 of %n item(s); following the bulk…", nullptr, total).arg(accepted_));
    m_poller = new magento::BulkPoller(m_fetch, systemClock(), magento::qtDelay(this), this);
    connect(m_poller, &magento::BulkPoller::progress, this, &BulkPanel::show);
    connect(m_poller, &magento::BulkPoller::finished, this, &BulkPanel::done);
    magento::BulkPollOptions options = m_options;
    options.expectedOperations = accepted_;
    m_cancel->show();
    m_poller->start(accepted.bulkUuid, options);
}

void BulkPanel::cancel()
{
    if (m_poller && m_poller->isRunning())
        m_poller->cancel();
}

void BulkPanel::show(const magento::BulkStatus& status)
{
    const int total = qMax(int(m_accepted.requestItems.size()), status.operationCount);
    if (m_table->rowCount() < total)
        m_table->setRowCount(total);
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(status.processedCount());
    for (const magento::BulkOperation& operation : status.operations) {
        if (operation.id < 0 || operation.id >= m_table->rowCount())
            continue;
        auto* statusItem = new QTableWidgetItem(magento::operationStatusName(operation.status));
        if (operation.isFailed())
            statusItem->setForeground(QColor(0xc0, 0x39, 0x2b));
        else if (operation.isComplete())
            statusItem->setForeground(QColor(0x1e, 0x84, 0x49));
        m_table->setItem(operation.id, IdColumn, new QTableWidgetItem(QString::number(operation.id)));
        m_table->setItem(operation.id, StatusColumn, statusItem);
        m_table->setItem(operation.id, MessageColumn, new QTableWidgetItem(operation.resultMessage));
        m_table->setItem(operation.id, CodeColumn,
            new QTableWidgetItem(operation.errorCode ? QString::number(*operation.errorCode) : QString()));
    }
    m_summary->setText(status.progressText());
}

void BulkPanel::done(const magento::BulkStatus& last, const Status& status)
{
    show(last);
    m_cancel->hide();
    if (status.ok()) {
        m_summary->setText(
            tr("%1 — finished: %2.").arg(last.progressText(), magento::bulkSummaryStatusName(last.summaryStatus())));
    } else {
        m_summary->setText(status.error().message);
    }
    Q_EMIT finished(last, status);
}

} // namespace studio::ui
