#pragma once

#include "core/interop/requestformat.h"

namespace studio::interop {

/// HAR 1.2 (HTTP Archive, as browsers' developer tools and the request log write it): import of its requests.
/// Export of log entries as HAR lives with the request log (core/log).
class HarFormat final : public RequestFormat
{
public:
    QString id() const override;
    QString displayName() const override;
    QString nameFilter() const override;
    Capabilities capabilities() const override;
    bool canImport(const QByteArray& data, const QString& fileName) const override;
    /// One request per entry, mapped onto the workspace's endpoints like a cURL command; credentials in headers are
    /// dropped with a note (archives are usually redacted), headers the HTTP stack sets itself are left out.
    Result<ImportResult> importData(const QByteArray& data, const ImportContext& context) const override;
    /// Not supported here: see core/log for HAR export of log entries.
    Result<ExportResult> exportData(const ExportInput& input, const ExportOptions& options) const override;
};

} // namespace studio::interop
