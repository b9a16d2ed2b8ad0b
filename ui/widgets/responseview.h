#pragma once

#include "core/log/logentry.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTabWidget;

namespace studio::net {
struct HttpResponse;
}

namespace studio::ui {

class BodyView;

/// The response pane of the request console and the log browser: a status line (status code coloured by class,
/// reason, time, size, HTTP/2, content kind, the error when the request failed), the headers as a table and the
/// body in a BodyView (pretty, tree, raw, rendered, hex; off the UI thread at any size).
class ResponseView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseView)

public:
    explicit ResponseView(QWidget* parent = nullptr);

    /// Shows a response of the HTTP engine. A body streamed to `bodyFile` is mapped, not read; the mapping stays
    /// valid when the file is deleted afterwards (on Linux), but take it with ApiReply::takeBodyFile() when the
    /// reply may be destroyed while the view shows it on other systems.
    void setResponse(const net::HttpResponse& response);
    /// Shows the response half of a request-log entry (its body as the log kept it; a cut body is noted).
    void setLogEntry(const LogEntry& entry);
    /// Shows that a request is on its way (clears the previous response).
    void setPending(const QString& message);
    /// Shows nothing; `message` in the body's place (e.g. "Send a request to see its response").
    void clear(const QString& message = QString());

    BodyView* bodyView() const { return m_body; }
    /// The status line as text, e.g. "200 OK · 312 ms · 1.2 MB · HTTP/2 · JSON".
    QString statusLine() const;
    QString errorText() const;
    /// The headers shown, in order.
    HeaderList headers() const { return m_headers; }
    /// The tab widget holding "Body" and "Headers (n)".
    QTabWidget* tabs() const { return m_tabs; }

private:
    struct Summary
    {
        int status = 0;
        QString reason;
        qint64 durationMs = -1;
        qint64 size = -1;
        QString httpVersion;
        QString error;
        QString note;
    };
    void showSummary(const Summary& summary);
    void showHeaders(const HeaderList& headers);
    void updateKind();

    QLabel* m_status;
    QLabel* m_reason;
    QLabel* m_meta;
    QLabel* m_error;
    QLabel* m_note;
    QTabWidget* m_tabs;
    BodyView* m_body;
    QTableWidget* m_headerTable;
    HeaderList m_headers;
    QString m_metaText;
};

} // namespace studio::ui
