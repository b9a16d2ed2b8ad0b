#pragma once

#include "core/common/result.h"
#include "core/workspace/endpoint.h"
#include "core/workspace/environment.h"
#include "core/workspace/savedrequest.h"

#include <QByteArray>
#include <QJsonObject>

namespace studio::format {

/// The on-disk format of workspace files, and how older files are brought up to date.
///
/// History:
///  - version 0: hand-written or tool-generated files without "formatVersion". Read with the aliases people
///    use by habit ("type" for kind, "url" for baseUrl, "store" for storeCode, "timeout" in seconds).
///  - version 1: the first format written by the studio.
constexpr int CurrentVersion = 1;

/// Brings `object` up to CurrentVersion in place. Fails for versions newer than this build understands;
/// the file must then be left untouched.
Status migrate(QJsonObject& object, const QString& fileName, const QByteArray& bytes);

/// Endpoint ⇄ JSON. The id is the file name and is not stored inside. Keys the build does not know are
/// kept in Endpoint::unknownKeys and written back.
QJsonObject endpointToJson(const Endpoint& endpoint);
/// `bytes` are the file's bytes, used to name the line of a bad value.
Result<Endpoint> endpointFromJson(
    const QJsonObject& object, const QString& id, const QString& fileName, const QByteArray& bytes);

QJsonObject environmentToJson(const Environment& environment);
Result<Environment> environmentFromJson(const QJsonObject& object, const QString& fileName, const QByteArray& bytes);

/// SavedRequest ⇄ JSON. Multi-line bodies are stored as an array of lines so that diffs stay readable.
/// The folder and id come from the file's place and are not stored inside.
QJsonObject requestToJson(const SavedRequest& request);
Result<SavedRequest> requestFromJson(const QJsonObject& object, const QString& id, const QString& folder,
    const QString& fileName, const QByteArray& bytes);

} // namespace studio::format
