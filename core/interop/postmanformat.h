#pragma once

#include "core/interop/requestformat.h"

namespace studio::interop {

/// Postman Collection v2.1 (and v2.0, which differs only in details): import of folders, requests, bodies,
/// auth with inheritance and collection variables; export of saved requests as a collection that newman runs.
class PostmanFormat final : public RequestFormat
{
public:
    /// The schema id a v2.1 collection declares in info.schema.
    static QString schemaUrl();

    QString id() const override;
    QString displayName() const override;
    QString nameFilter() const override;
    Capabilities capabilities() const override;
    bool canImport(const QByteArray& data, const QString& fileName) const override;
    /// Requests keep their folders (SavedRequest::folder = "Folder/Sub folder"). Each distinct base URL + auth
    /// becomes a proposed endpoint whose secrets are reported in ImportResult::secrets; collection variables
    /// become an environment named after the collection. Scripts, file uploads and unsupported auth types are
    /// notes.
    Result<ImportResult> importData(const QByteArray& data, const ImportContext& context) const override;
    /// URLs are built from one "baseUrl" collection variable per endpoint ("<endpointId>BaseUrl" in camel case
    /// when there are several); each request carries its endpoint's auth (OAuth 1.0a HMAC-SHA256 in the header,
    /// bearer, basic, API key) with secrets as variables left empty for the caller to supply (newman --env-var),
    /// unless ExportOptions::secretValues holds them. Environment variables become collection variables.
    Result<ExportResult> exportData(const ExportInput& input, const ExportOptions& options) const override;
};

} // namespace studio::interop
