#pragma once

#include "core/common/jsondiff.h"
#include "core/log/logentry.h"

#include <QCoreApplication>
#include <QDialog>

class QTreeWidget;
class QTreeWidgetItem;
class QLabel;

namespace studio::ui {

/// How two log entries differ: status and timing, request and response headers (by name, case-insensitive),
/// and request and response bodies — structurally (added, removed and changed JSON paths) when both are JSON,
/// byte for byte otherwise. Computed on a worker thread: bodies may be megabytes.
struct LogComparison
{
    /// One header that differs.
    struct HeaderChange
    {
        JsonDiffEntry::Kind kind = JsonDiffEntry::Kind::Changed;
        QString name;
        QString oldValue; ///< values of repeated headers joined with ", "
        QString newValue;
    };
    /// How one body differs.
    struct BodyChange
    {
        bool json = false;      ///< both bodies are JSON: `diff` holds the differences
        bool identical = false; ///< byte for byte the same
        JsonDiffResult diff;
        QString note; ///< for bodies that are not both JSON, or were cut by the log
    };

    LogEntry older; ///< the entry with the smaller id ("old" side of every difference)
    LogEntry newer;
    QList<HeaderChange> requestHeaders;
    QList<HeaderChange> responseHeaders;
    BodyChange requestBody;
    BodyChange responseBody;

    /// Compares two entries (in either order). At most `maxBodyChanges` differences per body are listed.
    static LogComparison compute(LogEntry first, LogEntry second, int maxBodyChanges = 5000);

    Q_DECLARE_TR_FUNCTIONS(studio::ui::LogComparison)
};

/// Shows a LogComparison: the two entries side by side and every difference grouped by status, request headers,
/// request body, response headers and response body, with added, removed and changed entries marked.
class LogCompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogCompareDialog)

public:
    explicit LogCompareDialog(const LogComparison& comparison, QWidget* parent = nullptr);

    const LogComparison& comparison() const { return m_comparison; }
    /// The differences: one top-level item per group (status, headers, bodies), one child per difference with
    /// columns change, path, old value, new value.
    QTreeWidget* differences() const { return m_tree; }
    /// The top-level item of a group by its object-independent key: "status", "requestHeaders", "requestBody",
    /// "responseHeaders", "responseBody".
    QTreeWidgetItem* group(const QString& key) const;

private:
    QTreeWidgetItem* addGroup(const QString& key, const QString& title);
    void addChange(QTreeWidgetItem* group, JsonDiffEntry::Kind kind, const QString& path, const QString& oldValue,
        const QString& newValue);
    void addHeaders(const QString& key, const QString& title, const QList<LogComparison::HeaderChange>& changes);
    void addBody(const QString& key, const QString& title, const LogComparison::BodyChange& change);
    static QString kindText(JsonDiffEntry::Kind kind);

    LogComparison m_comparison;
    QTreeWidget* m_tree;
};

} // namespace studio::ui
