#include "core/net/httptypes.h"

#include "core/common/atomicfile.h"

#include <QCoreApplication>
#include <QFile>

namespace studio::net {

QByteArray headerValue(const HeaderList& headers, const QByteArray& name)
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

void setHeaderValue(HeaderList& headers, const QByteArray& name, const QByteArray& value)
{
    removeHeader(headers, name);
    headers.append({name, value});
}

void removeHeader(HeaderList& headers, const QByteArray& name)
{
    headers.removeIf([&name](const auto& header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

bool OutgoingRequest::hasFormBody() const
{
    return header("Content-Type").toLower().trimmed().startsWith("application/x-www-form-urlencoded");
}

QString failureKindId(FailureKind kind)
{
    switch (kind) {
    case FailureKind::None:
        return QStringLiteral("none");
    case FailureKind::Configuration:
        return QStringLiteral("configuration");
    case FailureKind::Secret:
        return QStringLiteral("secret");
    case FailureKind::Authentication:
        return QStringLiteral("authentication");
    case FailureKind::Dns:
        return QStringLiteral("dns");
    case FailureKind::Refused:
        return QStringLiteral("refused");
    case FailureKind::Timeout:
        return QStringLiteral("timeout");
    case FailureKind::Tls:
        return QStringLiteral("tls");
    case FailureKind::Network:
        return QStringLiteral("network");
    case FailureKind::Cancelled:
        return QStringLiteral("cancelled");
    case FailureKind::Http:
        return QStringLiteral("http");
    }
    return QStringLiteral("unknown");
}

Result<QByteArray> HttpResponse::readBody(qint64 maxBytes) const
{
    if (bodyFile.isEmpty())
        return maxBytes < body.size() ? body.left(maxBytes) : body;
    QFile file(bodyFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QCoreApplication::translate("HttpResponse", "The response body file %1 cannot be read: %2")
                          .arg(bodyFile, file.errorString())};
    return file.read(maxBytes);
}

} // namespace studio::net
