#pragma once

#include "core/common/result.h"
#include "core/secrets/securebytes.h"
#include "core/workspace/endpoint.h"
#include "core/workspace/environment.h"
#include "core/workspace/savedrequest.h"

#include <optional>
#include <QByteArray>
#include <QFlags>
#include <QList>
#include <QMap>
#include <QString>

namespace studio::interop {

/// What the importer needs to know about the workspace it imports into.
struct ImportContext
{
    /// The workspace's endpoints: an imported URL under one of their base URLs becomes a request through that
    /// endpoint with a relative path.
    QList<Endpoint> endpoints;
    /// The active environment, to resolve {{variables}} in the endpoints' base URLs and store codes.
    Environment environment;
    /// cURL `-d @file`: files are read relative to this folder. Empty = such options are an error (a pasted
    /// command has no folder to read from).
    QString baseFolder;
    /// OpenAPI: attach every operation to this workspace endpoint instead of proposing a new one.
    QString targetEndpointId;
};

/// Something the import could not carry over, or changed on the way, for the user to review.
struct ImportNote
{
    enum class Severity {
        Info,    ///< changed in a way that keeps the meaning (e.g. a header the studio sets itself)
        Warning, ///< left out or changed in a way the user should check (scripts, file uploads, TLS)
    };
    Severity severity = Severity::Warning;
    /// Where: "option -F", "item \"Catalog/Get product\"", "paths./V1/products.get".
    QString where;
    QString message;

    bool operator==(const ImportNote&) const = default;
};

/// A secret the imported data carried (a password, token, API key or a secret-looking variable). It is never
/// written into a request or endpoint file: the caller stores it in the SecretStore under `ref` (see
/// assignSecretRefs()) and then saves the endpoints and environment, which hold only the reference.
struct ImportedSecret
{
    /// The endpoint whose auth field this is (a proposed one from ImportResult::endpoints or an existing one from
    /// ImportContext::endpoints); empty for an environment variable.
    QString endpointId;
    /// The auth type the secret belongs to. When the endpoint is an existing one with another auth type, the
    /// caller decides whether to switch it.
    AuthType authType = AuthType::None;
    /// Environment whose secret variable this is; empty for an endpoint auth field.
    QString environment;
    /// Auth field ("password", "token", "apiKey", "consumerSecret", ...) or variable name.
    QString field;
    SecureBytes value;
    /// The SecretStore reference, once assigned; also set in the endpoint's or environment's references.
    QString ref;
};

/// Everything one import produced. Nothing is saved: the caller shows it, then saves what the user accepts.
struct ImportResult
{
    /// Collection or API title, for a folder name or the dialog; may be empty.
    QString title;
    QList<SavedRequest> requests;
    /// New endpoints the requests use (ids unique against ImportContext::endpoints and each other).
    QList<Endpoint> endpoints;
    /// Auth settings to apply to existing endpoints, keyed by endpoint id (cURL credentials for a matched
    /// endpoint of another auth type); their secrets are in `secrets`.
    QMap<QString, AuthSettings> authForExisting;
    /// Variables the source defined (Postman collection variables); secret ones are in secretVariables.
    std::optional<Environment> environment;
    QList<ImportedSecret> secrets;
    QList<ImportNote> notes;

    /// True when a note of severity Warning exists.
    bool hasWarnings() const;
};

/// Gives each secret a fresh SecretStore reference (newSecretRef(workspaceId)) and records it in the proposed
/// endpoint's auth.secretRefs, in authForExisting, or in the environment's secretVariables. Secrets without a
/// value get no reference. The caller then writes each secret's value under its ref before saving.
void assignSecretRefs(ImportResult& result, const QString& workspaceId);

/// What an export writes: requests and the endpoints and environment they use.
struct ExportInput
{
    /// Collection name.
    QString title;
    QList<SavedRequest> requests;
    /// The endpoints the requests refer to (unresolved, as stored).
    QList<Endpoint> endpoints;
    /// The environment that resolves {{variables}} in endpoints and requests.
    Environment environment;
};

/// Identifies one secret for ExportOptions::secretValues: an endpoint auth field or a secret variable.
QString secretKey(const QString& endpointId, const QString& field);

/// How to treat credentials on export.
struct ExportOptions
{
    /// Secret values to embed for a one-off run, by secretKey(endpointId, field) or secretKey(QString(), variable).
    /// Without a value a secret becomes a placeholder the caller fills in at run time. Never pass values for a
    /// file the user keeps.
    QMap<QString, SecureBytes> secretValues;
};

/// A placeholder an export left for a secret, so the caller can supply it at run time (e.g. newman --env-var).
struct ExportedSecret
{
    QString endpointId;    ///< empty for an environment variable
    QString field;         ///< auth field or variable name
    QString variable;      ///< the variable or shell variable name the export uses for it
    bool embedded = false; ///< true when the value was embedded because the caller passed it
};

/// The bytes of an export and what the user must supply to use them.
struct ExportResult
{
    QByteArray data;
    QList<ExportedSecret> secrets;
    QList<ImportNote> notes; ///< what could not be expressed in the target format
};

/// One exchange format (cURL, Postman, OpenAPI, HAR), in the style of Tiled's map format plugins: the console,
/// the import dialog and the command line go through this interface and never know a format's details.
class RequestFormat
{
public:
    enum class Capability {
        Import = 0x1,
        Export = 0x2,
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    virtual ~RequestFormat() = default;

    /// Stable id: "curl", "postman", "openapi", "har".
    virtual QString id() const = 0;
    /// Name for menus: "Postman Collection v2.1".
    virtual QString displayName() const = 0;
    /// File dialog filter: "Postman collection (*.json)"; empty for formats that are pasted (cURL).
    virtual QString nameFilter() const = 0;
    virtual Capabilities capabilities() const = 0;
    /// Whether the data looks like this format (for paste and drag-and-drop detection); cheap, never parses fully.
    virtual bool canImport(const QByteArray& data, const QString& fileName) const = 0;
    /// Converts the data into requests (and endpoints, environment, secrets). Fails only when nothing usable can
    /// be read; partial losses are notes.
    virtual Result<ImportResult> importData(const QByteArray& data, const ImportContext& context) const = 0;
    /// Writes requests in this format. Formats without Capability::Export return an error.
    virtual Result<ExportResult> exportData(const ExportInput& input, const ExportOptions& options) const = 0;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(RequestFormat::Capabilities)

/// Every format the studio knows, in detection order.
const QList<const RequestFormat*>& requestFormats();
/// The format with that id, or nullptr.
const RequestFormat* requestFormat(const QString& id);
/// The first format whose canImport() accepts the data, or nullptr.
const RequestFormat* detectRequestFormat(const QByteArray& data, const QString& fileName = QString());

} // namespace studio::interop
