#pragma once

#include "core/common/clock.h"
#include "core/magento/bulkpoller.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace studio::ui {

/// The console's async bulk results: the bulk_uuid Magento answered with, then the bulk followed to completion
/// (BulkPoller over the HTTP engine) with one row per operation — status name, Magento's message, error code —
/// and a Cancel button that stops following (the bulk itself keeps running in Magento).
class BulkPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkPanel)

public:
    explicit BulkPanel(QWidget* parent = nullptr);
    ~BulkPanel() override;

    /// How status requests are sent (the console sends them through the engine, signed like the request).
    void setFetch(magento::PathFetch fetch);
    /// Waits between polls, deadline (tests shorten them).
    void setPollOptions(const magento::BulkPollOptions& options) { m_options = options; }
    /// Shows an accepted bulk and starts following it; items Magento rejected at once are listed right away.
    void follow(const magento::BulkAccepted& accepted);
    /// Stops following; finished() follows.
    void cancel();
    /// Empties the panel (a new request is on its way).
    void clear();
    bool isRunning() const;
    QString bulkUuid() const { return m_accepted.bulkUuid; }
    QTableWidget* results() const { return m_table; }

Q_SIGNALS:
    /// Following ended: `status` ok when every operation was processed (some may have failed; see `last`).
    void finished(const studio::magento::BulkStatus& last, const studio::Status& status);

private:
    void show(const magento::BulkStatus& status);
    void done(const magento::BulkStatus& last, const Status& status);

    QLabel* m_uuid;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QTableWidget* m_table;
    magento::PathFetch m_fetch;
    magento::BulkPollOptions m_options;
    magento::BulkAccepted m_accepted;
    magento::BulkPoller* m_poller = nullptr;
};

} // namespace studio::ui
