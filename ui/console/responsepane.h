#pragma once

#include "core/net/httptypes.h"

#include <QWidget>

class QTabWidget;

namespace studio::ui {

class NoticeBar;
class ResponseView;

/// The console's answer area: the response view (status line, headers, body pretty / tree / raw with search, off
/// the UI thread at any size) under a strip with Magento's error message — placeholders filled in, the details
/// and the studio's hint — when the request failed. The console adds its own tabs (bulk results) to tabs().
class ResponsePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponsePane)

public:
    explicit ResponsePane(QWidget* parent = nullptr);
    ~ResponsePane() override;

    /// Empties the pane.
    void clear();
    /// Shows that a request is on its way.
    void showSending(const QString& what);
    /// Shows an outcome. `bodyFile` is a body file the caller took from the reply (empty when the body is in
    /// memory); the pane owns it from now on and removes it when the next response replaces it.
    void showResponse(const net::HttpResponse& response, const QString& bodyFile);
    /// Shows an error that kept the request from being sent (unknown variable, invalid body, ...).
    void showError(const QString& message);

    /// The status line: "200 OK · 84 ms · 2.1 KB · JSON".
    QString statusText() const;
    /// The failure sentence (Magento's message filled in, or the transport error); empty on success.
    QString messageText() const;
    QTabWidget* tabs() const;
    ResponseView* responseView() const { return m_view; }

private:
    void dropBodyFile();

    NoticeBar* m_message;
    ResponseView* m_view;
    QString m_bodyFile;
};

/// "512 B", "2.1 KB", "48.3 MB".
QString formatByteSize(qint64 bytes);

} // namespace studio::ui
