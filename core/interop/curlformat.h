#pragma once

#include "core/interop/requestformat.h"

namespace studio::interop {

/// How a request is written as a cURL command.
struct CurlExportOptions
{
    /// Headers to inline exactly as given, replacing any of the same name — e.g. the Authorization header the auth
    /// provider computed for this very request (OAuth 1.0a signatures are valid once). Without them the endpoint's
    /// auth is left out or written as a placeholder.
    KeyValueList authHeaders;
    /// For endpoint auth that is not in authHeaders: write shell-variable placeholders ("Authorization: Bearer
    /// ${MAGENTO_TOKEN}", -u "admin:${ERP_PASSWORD}") that the user sets before running the command; off = the
    /// command carries no credentials at all. Secret environment variables used by the request always become
    /// placeholders (their values are never written).
    bool authPlaceholders = false;
    /// One option per line, joined with backslash-newline.
    bool multiline = true;
};

/// cURL commands: import of a pasted command (bash or Windows cmd quoting) and export of a request as a
/// copy-pasteable command.
class CurlFormat final : public RequestFormat
{
public:
    QString id() const override;
    QString displayName() const override;
    QString nameFilter() const override;
    Capabilities capabilities() const override;
    bool canImport(const QByteArray& data, const QString& fileName) const override;
    /// One command (a file may hold several separated by blank lines or comments; each becomes a request).
    Result<ImportResult> importData(const QByteArray& data, const ImportContext& context) const override;
    /// Every request as a command, each preceded by "# <folder>/<name>"; credentials as placeholders.
    Result<ExportResult> exportData(const ExportInput& input, const ExportOptions& options) const override;

    /// Parses one command into one request. Unknown options and things the studio does not do are notes;
    /// malformed quoting or a missing URL is an error naming the position.
    static Result<ImportResult> parseCommand(const QString& command, const ImportContext& context);

    /// Writes one request. `endpoint` is the request's endpoint (unresolved) or nullptr for an absolute URL;
    /// `environment` resolves variables. Placeholders used for secrets are listed in `secrets` (when given).
    static Result<QString> exportRequest(const RequestSpec& spec, const Endpoint* endpoint,
        const Environment& environment, const CurlExportOptions& options = {},
        QList<ExportedSecret>* secrets = nullptr);

    /// Quotes one argument for a POSIX shell: as-is when safe, else in single quotes.
    static QString shellQuote(const QString& text);
};

} // namespace studio::interop
