#pragma once

#include "core/common/result.h"

#include <memory>
#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QFile;

namespace studio::json {

/// The bytes of a body that worker threads read while the UI shows them: a QByteArray kept in memory or a file
/// mapped into memory (QFile::map), so a 500 MB body streamed to disk is never copied. Immutable after
/// creation and shared between threads through std::shared_ptr<const ByteSource>.
class ByteSource final
{
    Q_DISABLE_COPY_MOVE(ByteSource)

public:
    /// Bytes held in memory (shared with the caller's QByteArray, not copied).
    static std::shared_ptr<const ByteSource> fromBytes(QByteArray bytes);
    /// The whole file, mapped read-only. A file that cannot be mapped (a pipe, some network file systems) is
    /// refused with a readable error rather than read into memory behind the caller's back.
    static Result<std::shared_ptr<const ByteSource>> mapFile(const QString& path);

    ~ByteSource();

    const char* data() const { return m_data; }
    qint64 size() const { return m_size; }
    QByteArrayView view() const { return QByteArrayView(m_data, m_size); }
    /// The first `maxBytes` bytes (for content sniffing and previews); a copy only when the source is a file.
    QByteArray head(qint64 maxBytes) const;
    /// The mapped file, or empty for in-memory bytes.
    QString filePath() const { return m_path; }

private:
    ByteSource() = default;

    QByteArray m_bytes;
    std::unique_ptr<QFile> m_file;
    QString m_path;
    const char* m_data = "";
    qint64 m_size = 0;
};

using ByteSourcePtr = std::shared_ptr<const ByteSource>;

} // namespace studio::json
