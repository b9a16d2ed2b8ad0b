#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

namespace studio {

/// Writes a whole file so that readers see either the old or the new content, never a torn mix
/// (QSaveFile: write to a temporary, flush, rename). Creates missing parent folders.
Status writeFileAtomically(const QString& path, const QByteArray& content);

/// Reads a whole file, with an error that names the file when it cannot be read.
Result<QByteArray> readWholeFile(const QString& path, qint64 maxBytes = 256 * 1024 * 1024);

} // namespace studio
