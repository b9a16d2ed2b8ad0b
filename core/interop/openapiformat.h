#pragma once

#include "core/interop/requestformat.h"

#include <QJsonObject>

namespace studio::interop {

/// OpenAPI 3.x and Swagger 2.0 (JSON or YAML) import: one saved request per operation, ready to send.
class OpenApiFormat final : public RequestFormat
{
public:
    QString id() const override;
    QString displayName() const override;
    QString nameFilter() const override;
    Capabilities capabilities() const override;
    bool canImport(const QByteArray& data, const QString& fileName) const override;
    /// Folder = the operation's first tag; name = summary, else operationId (prefixed with the method when two
    /// operations of a folder would share a name); {param} in paths becomes {{param}}; required query and header
    /// parameters are filled with their example, default or a sample (Magento list operations get a first page
    /// of searchCriteria); a JSON body is the example or a sample built from the schema ($ref resolved, cycles
    /// cut). With ImportContext::targetEndpointId the requests use that endpoint; otherwise an endpoint is
    /// proposed from the servers / host and security schemes. Broken or external $refs are notes.
    Result<ImportResult> importData(const QByteArray& data, const ImportContext& context) const override;
    /// Not supported: the studio does not write OpenAPI documents.
    Result<ExportResult> exportData(const ExportInput& input, const ExportOptions& options) const override;

    /// Parses JSON or YAML and checks the version: OpenAPI 3.x or Swagger 2.0. The error names file and line.
    static Result<QJsonObject> parseDocument(const QByteArray& data, const QString& fileName = QString());
};

} // namespace studio::interop
