#pragma once

#include "core/log/logentry.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableWidget;
class QTabWidget;
class QTreeWidget;

namespace studio::ui {

class BodyView;
class ResponseView;

/// The log browser's detail pane: one entry as the log stored it (redacted, cut bodies marked) — the request
/// (method, URL, headers, body), the response (status line, headers, body in a ResponseView) and the facts around
/// them (timing, attempt, error, endpoint, environment, run, credential fingerprint, audit hash).
class LogDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogDetailView)

public:
    explicit LogDetailView(QWidget* parent = nullptr);

    /// Shows an entry; `hash` is its audit hash (may be empty).
    void setEntry(const LogEntry& entry, const QByteArray& hash = {});
    /// Shows a message instead of an entry ("Select an entry", "Loading…", an error).
    void showMessage(const QString& text);
    /// The id of the entry shown, 0 when none.
    qint64 entryId() const { return m_entryId; }

    QLabel* titleLabel() const { return m_title; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* requestHeaders() const { return m_requestHeaders; }
    /// The note over the request body (cut at the cap, redacted values); empty when none.
    QString requestNote() const;
    BodyView* requestBody() const { return m_requestBody; }
    ResponseView* response() const { return m_response; }
    /// The facts as (label, value) rows.
    QTreeWidget* facts() const { return m_facts; }
    /// The value of the fact row labelled `label`, or a null string.
    QString fact(const QString& label) const;

private:
    void addFact(const QString& label, const QString& value);

    qint64 m_entryId = 0;
    QStackedWidget* m_pages;
    QLabel* m_message;
    QLabel* m_title;
    QTabWidget* m_tabs;
    QTableWidget* m_requestHeaders;
    QLabel* m_requestNote;
    BodyView* m_requestBody;
    ResponseView* m_response;
    QTreeWidget* m_facts;
};

} // namespace studio::ui
