#include "ui/console/responsepane.h"

#include "core/json/bytesource.h"
#include "core/magento/magentoerror.h"
#include "ui/noticebar.h"
#include "ui/widgets/responseview.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

namespace studio::ui {

QString formatByteSize(qint64 bytes)
{
    if (bytes < 1024)
        return QCoreApplication::translate("studio::ui::ResponsePane", "%n B", nullptr, int(bytes));
    const QLocale locale;
    if (bytes < 1024 * 1024)
        return QCoreApplication::translate("studio::ui::ResponsePane", "%1 KB")
            .arg(locale.toString(double(bytes) / 1024.0, 'f', 1));
    return QCoreApplication::translate("studio::ui::ResponsePane", "%1 MB")
        .arg(locale.toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

ResponsePane::ResponsePane(QWidget* parent)
    : QWidget(parent)
    , m_message(new NoticeBar(this))
    , m_view(new ResponseView(this))
{
    m_message->setObjectName(QStringLiteral("responseMessage"));
    m_message->hide();
    m_view->setObjectName(QStringLiteral("responseView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    clear();
}

ResponsePane::~ResponsePane()
{
    dropBodyFile();
}

QTabWidget* ResponsePane::tabs() const
{
    return m_view->tabs();
}

void ResponsePane::dropBodyFile()
{
    // The view maps the file; on Linux the mapping outlives the name, elsewhere removal waits for the next body.
    if (!m_bodyFile.isEmpty()) {
        QFile::remove(m_bodyFile);
        m_bodyFile.clear();
    }
}

void ResponsePane::clear()
{
    m_message->hide();
    m_view->clear(tr("Send a request to see its response here (Ctrl+Enter)."));
}

void ResponsePane::showSending(const QString& what)
{
    m_message->hide();
    m_view->setPending(what);
}

void ResponsePane::showError(const QString& message)
{
    m_view->clear(tr("Not sent."));
    m_message->showMessage(NoticeBar::Level::Error, message);
}

QString ResponsePane::statusText() const
{
    return m_view->statusLine();
}

QString ResponsePane::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ResponsePane::showResponse(const net::HttpResponse& response, const QString& bodyFile)
{
    net::HttpResponse shown = response;
    if (!bodyFile.isEmpty())
        shown.bodyFile = bodyFile;
    m_view->setResponse(shown);
    const QString previous = m_bodyFile;
    m_bodyFile = bodyFile;
    if (!previous.isEmpty() && previous != bodyFile)
        QFile::remove(previous);

    m_message->hide();
    if (response.failure != net::FailureKind::None && response.failure != net::FailureKind::Http) {
        m_message->showMessage(NoticeBar::Level::Error, response.errorMessage);
        m_message->setDetails(response.retryNote.isEmpty() ? QStringList() : QStringList {response.retryNote});
        return;
    }
    if (response.status < 400)
        return;
    // Magento's message with its %placeholders filled and the studio's hint; for other servers the decoder still
    // says what arrived (an HTML page, text, JSON of another shape).
    QByteArray head = response.body;
    if (head.isEmpty() && !bodyFile.isEmpty()) {
        Result<json::ByteSourcePtr> mapped = json::ByteSource::mapFile(bodyFile);
        if (mapped)
            head = mapped.value()->head(256 * 1024);
    }
    const magento::MagentoError error = magento::decodeError(response.status, head, response.header("content-type"));
    m_message->showMessage(NoticeBar::Level::Error, error.summary());
    QStringList details;
    if (!error.hint.isEmpty())
        details.append(error.hint);
    if (!response.retryNote.isEmpty())
        details.append(response.retryNote);
    m_message->setDetails(details);
}

} // namespace studio::ui
