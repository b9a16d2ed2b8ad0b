#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace studio {

using KeyValueList = QList<QPair<QString, QString>>;

/// What a console request or a saved request asks for, before variables are resolved and auth applied.
/// Every text may contain {{variables}}.
struct RequestSpec
{
    /// How the request reaches the endpoint.
    enum class Mode {
        Rest,      ///< path below the endpoint's API root
        AsyncBulk, ///< Magento only: /rest/{store}/async/bulk + path; the body is an array of request bodies
        GraphQL,   ///< POST to the endpoint's GraphQL URL with {query, variables}
    };

    /// The workspace endpoint to send through; empty means `path` is an absolute URL sent without auth.
    QString endpointId;
    Mode mode = Mode::Rest;
    QByteArray method = "GET";
    /// Relative to the endpoint's API root: for Magento "/V1/products" (root = <base>/rest/<store>), for REST
    /// and GraphQL endpoints relative to the base URL. An absolute URL when endpointId is empty.
    QString path;
    /// Magento: store code for this request instead of the endpoint's ("all" for global scope); empty = endpoint's.
    QString storeCode;
    /// Query parameters, decoded, in order; a key may repeat.
    KeyValueList query;
    KeyValueList headers;
    /// "none", "json", "form", "text" or "graphql".
    QString bodyType = QStringLiteral("none");
    /// The body as typed. For GraphQL: the query document.
    QString body;
    /// GraphQL variables (JSON object text); empty for none.
    QString graphqlVariables;
    /// GraphQL operation name, when the document has several.
    QString graphqlOperationName;
    /// Safe to retry even though the method is not idempotent (e.g. a POST upsert by SKU).
    bool safeToRetry = false;

    bool operator==(const RequestSpec&) const = default;
};

QString requestModeId(RequestSpec::Mode mode); ///< "rest", "asyncBulk", "graphql"

/// A request saved in the workspace under requests/<folder>/<file>.json. Folders nest ("Catalog/Products").
struct SavedRequest
{
    /// Folder path below requests/, "/"-separated, as shown to the user; empty for the top level.
    QString folder;
    /// Display name; the file name is derived from it.
    QString name;
    QString description;
    RequestSpec spec;
    /// Keys of the file this version does not know; written back unchanged.
    QJsonObject unknownKeys;
    /// Identity inside the workspace: the file path below requests/ without ".json", e.g.
    /// "Catalog/Products/get-product". Empty for a request never saved; the workspace assigns it on save.
    QString id;

    bool operator==(const SavedRequest&) const = default;
};

} // namespace studio
