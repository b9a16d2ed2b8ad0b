#include "core/json/bytesource.h"

#include <QCoreApplication>
#include <QFile>

namespace studio::json {

std::shared_ptr<const ByteSource> ByteSource::fromBytes(QByteArray bytes)
{
    std::shared_ptr<ByteSource> source(new ByteSource);
    source->m_bytes = std::move(bytes);
    source->m_data = source->m_bytes.constData();
    source->m_size = source->m_bytes.size();
    return source;
}

Result<std::shared_ptr<const ByteSource>> ByteSource::mapFile(const QString& path)
{
    std::shared_ptr<ByteSource> source(new ByteSource);
    source->m_path = path;
    source->m_file = std::make_unique<QFile>(path);
    if (!source->m_file->open(QIODevice::ReadOnly))
        return Error {QCoreApplication::translate("ByteSource", "The body file %1 cannot be opened: %2")
                          .arg(path, source->m_file->errorString())};
    const qint64 size = source->m_file->size();
    if (size == 0)
        return std::shared_ptr<const ByteSource>(source);
    uchar* mapped = source->m_file->map(0, size);
    if (!mapped)
        return Error {QCoreApplication::translate("ByteSource", "The body file %1 cannot be mapped into memory: %2")
                          .arg(path, source->m_file->errorString())};
    source->m_data = reinterpret_cast<const char*>(mapped);
    source->m_size = size;
    return std::shared_ptr<const ByteSource>(source);
}

ByteSource::~ByteSource() = default;

QByteArray ByteSource::head(qint64 maxBytes) const
{
    const qint64 n = std::min(maxBytes, m_size);
    if (m_file)
        return QByteArray(m_data, n);
    return n == m_size ? m_bytes : m_bytes.first(n);
}

} // namespace studio::json
