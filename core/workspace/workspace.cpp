#include "core/workspace/workspace.h"

#include "core/common/atomicfile.h"
#include "core/common/jsonio.h"
#include "core/workspace/workspaceformat.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace studio {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Workspace", text);
}

const QString& workspaceFileName()
{
    static const QString name = QStringLiteral("workspace.json");
    return name;
}

const QString& endpointsFolder()
{
    static const QString name = QStringLiteral("endpoints");
    return name;
}

const QString& environmentsFolder()
{
    static const QString name = QStringLiteral("environments");
    return name;
}

/// Reads one item file: bytes, JSON, version check and migration. `relative` names it in errors.
Result<std::pair<QJsonObject, QByteArray>> readItem(const QString& path, const QString& relative)
{
    Result<QByteArray> bytes = readWholeFile(path, 16 * 1024 * 1024);
    if (!bytes) {
        Error error = bytes.error();
        error.file = relative;
        return error;
    }
    Result<QJsonDocument> doc = parseJson(bytes.value(), relative);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error {tr("expected a JSON object at the top level"), relative, 1};
    QJsonObject object = doc->object();
    if (Status migrated = format::migrate(object, relative, bytes.value()); !migrated)
        return migrated.error();
    return std::pair {object, bytes.value()};
}

Status writeJson(const QString& path, const QJsonObject& object)
{
    // Identity first, then where it points; the rest sorted by name.
    static const QStringList leading
        = defaultLeadingKeys() + QStringList {QStringLiteral("baseUrl"), QStringLiteral("storeCode")};
    return writeFileAtomically(path, toStableJson(object, leading));
}

} // namespace

Result<Workspace> Workspace::create(const QString& folder, const QString& name)
{
    QDir dir(folder);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return Error {tr("The folder is not empty; choose an empty or new folder for a new workspace."), folder};
    if (!QDir().mkpath(folder))
        return Error {tr("Cannot create the folder."), folder};
    Workspace ws;
    ws.m_folder = QDir(folder).absolutePath();
    ws.m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ws.m_name = name.trimmed().isEmpty() ? QDir(folder).dirName() : name.trimmed();
    for (const QString& sub : {endpointsFolder(), environmentsFolder()}) {
        if (!QDir(ws.m_folder).mkpath(sub))
            return Error {tr("Cannot create the folder."), QDir(ws.m_folder).filePath(sub)};
    }
    if (Status s = writeFileAtomically(QDir(ws.m_folder).filePath(QStringLiteral(".gitignore")),
            "# Local state of Integration Studio (request log, run store, vault): never commit it.\n.studio/\n");
        !s)
        return s.error();
    if (Status s = ws.renameWorkspace(ws.m_name); !s)
        return s.error();
    return ws;
}

Result<Workspace> Workspace::open(const QString& folder)
{
    Workspace ws;
    ws.m_folder = QDir(folder).absolutePath();
    const QString manifestPath = QDir(ws.m_folder).filePath(workspaceFileName());
    if (!QFileInfo::exists(manifestPath))
        return Error {tr("This folder is not an Integration Studio workspace (no workspace.json)."), ws.m_folder};
    auto manifest = readItem(manifestPath, manifestPath);
    if (!manifest)
        return manifest.error();
    const QJsonObject object = manifest->first;
    ws.m_id = object.value(QStringLiteral("id")).toString();
    ws.m_name = object.value(QStringLiteral("name")).toString();
    if (ws.m_id.isEmpty())
        return Error {
            tr("\"id\" is missing or not a string"), manifestPath, lineOfKey(manifest->second, QStringLiteral("id"))};
    if (ws.m_name.isEmpty())
        ws.m_name = QDir(folder).dirName();

    const QDir endpointDir(QDir(ws.m_folder).filePath(endpointsFolder()));
    const QStringList endpointFiles = endpointDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& fileName : endpointFiles) {
        const QString relative = endpointsFolder() + u'/' + fileName;
        auto item = readItem(endpointDir.filePath(fileName), relative);
        if (!item) {
            ws.m_problems.append(item.error());
            continue;
        }
        auto endpoint
            = format::endpointFromJson(item->first, QFileInfo(fileName).completeBaseName(), relative, item->second);
        if (!endpoint) {
            ws.m_problems.append(endpoint.error());
            continue;
        }
        ws.m_endpoints.append(endpoint.value());
    }

    const QDir environmentDir(QDir(ws.m_folder).filePath(environmentsFolder()));
    const QStringList environmentFiles = environmentDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& fileName : environmentFiles) {
        const QString relative = environmentsFolder() + u'/' + fileName;
        auto item = readItem(environmentDir.filePath(fileName), relative);
        if (!item) {
            ws.m_problems.append(item.error());
            continue;
        }
        auto environment = format::environmentFromJson(item->first, relative, item->second);
        if (!environment) {
            ws.m_problems.append(environment.error());
            continue;
        }
        if (ws.environment(environment->name)) {
            ws.m_problems.append(Error {
                tr("another file already defines the environment \"%1\"; this one is ignored").arg(environment->name),
                relative, lineOfKey(item->second, QStringLiteral("name"))});
            continue;
        }
        ws.m_environments.append(environment.value());
    }
    return ws;
}

QString Workspace::stateFolder() const
{
    const QString path = QDir(m_folder).filePath(QStringLiteral(".studio"));
    QDir().mkpath(path);
    return path;
}

const Endpoint* Workspace::endpoint(const QString& id) const
{
    const auto it
        = std::find_if(m_endpoints.cbegin(), m_endpoints.cend(), [&](const Endpoint& e) { return e.id == id; });
    return it == m_endpoints.cend() ? nullptr : &*it;
}

const Environment* Workspace::environment(const QString& name) const
{
    const auto it = std::find_if(
        m_environments.cbegin(), m_environments.cend(), [&](const Environment& e) { return e.name == name; });
    return it == m_environments.cend() ? nullptr : &*it;
}

QString Workspace::endpointPath(const QString& id) const
{
    return QDir(m_folder).filePath(endpointsFolder() + u'/' + id + QStringLiteral(".json"));
}

QString Workspace::environmentPath(const QString& name) const
{
    return QDir(m_folder).filePath(environmentsFolder() + u'/' + slugify(name) + QStringLiteral(".json"));
}

bool Workspace::isBlocked(const QString& path) const
{
    const QString relative = QDir(m_folder).relativeFilePath(path);
    return std::any_of(m_problems.cbegin(), m_problems.cend(), [&](const Error& e) { return e.file == relative; });
}

Status Workspace::saveEndpoint(const Endpoint& endpoint)
{
    if (endpoint.id.isEmpty() || endpoint.id != slugify(endpoint.id))
        return Error {
            tr("\"%1\" is not a valid endpoint id (lower-case letters, digits and dashes).").arg(endpoint.id)};
    const QString path = endpointPath(endpoint.id);
    if (isBlocked(path))
        return Error {tr("This file could not be loaded, so it is not overwritten. Fix or remove it first."),
            QDir(m_folder).relativeFilePath(path)};
    if (Status s = writeJson(path, format::endpointToJson(endpoint)); !s)
        return s;
    const auto it
        = std::find_if(m_endpoints.begin(), m_endpoints.end(), [&](const Endpoint& e) { return e.id == endpoint.id; });
    if (it == m_endpoints.end())
        m_endpoints.append(endpoint);
    else
        *it = endpoint;
    return {};
}

Status Workspace::removeEndpoint(const QString& id)
{
    const QString path = endpointPath(id);
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Error {tr("Cannot delete the file."), path};
    m_endpoints.erase(
        std::remove_if(m_endpoints.begin(), m_endpoints.end(), [&](const Endpoint& e) { return e.id == id; }),
        m_endpoints.end());
    return {};
}

Status Workspace::renameEndpoint(const QString& oldId, const QString& newName, const QString& newId)
{
    const Endpoint* existing = endpoint(oldId);
    if (!existing)
        return Error {tr("There is no endpoint \"%1\".").arg(oldId)};
    if (newId != oldId && (endpoint(newId) || QFileInfo::exists(endpointPath(newId))))
        return Error {tr("An endpoint with the id \"%1\" already exists.").arg(newId)};
    Endpoint renamed = *existing;
    renamed.name = newName;
    renamed.id = newId;
    if (Status s = saveEndpoint(renamed); !s)
        return s;
    if (newId != oldId)
        return removeEndpoint(oldId);
    return {};
}

QString Workspace::uniqueEndpointId(const QString& name) const
{
    const QString base = slugify(name);
    QString candidate = base;
    for (int n = 2; endpoint(candidate) || QFileInfo::exists(endpointPath(candidate)); ++n)
        candidate = base + u'-' + QString::number(n);
    return candidate;
}

Status Workspace::saveEnvironment(const Environment& environment)
{
    if (environment.name.trimmed().isEmpty())
        return Error {tr("An environment needs a name.")};
    const QString path = environmentPath(environment.name);
    if (isBlocked(path))
        return Error {tr("This file could not be loaded, so it is not overwritten. Fix or remove it first."),
            QDir(m_folder).relativeFilePath(path)};
    const auto clash = std::find_if(m_environments.cbegin(), m_environments.cend(), [&](const Environment& e) {
        return e.name != environment.name && slugify(e.name) == slugify(environment.name);
    });
    if (clash != m_environments.cend())
        return Error {tr("The name \"%1\" is too similar to the environment \"%2\" (same file name).")
                          .arg(environment.name, clash->name)};
    if (Status s = writeJson(path, format::environmentToJson(environment)); !s)
        return s;
    const auto it = std::find_if(
        m_environments.begin(), m_environments.end(), [&](const Environment& e) { return e.name == environment.name; });
    if (it == m_environments.end())
        m_environments.append(environment);
    else
        *it = environment;
    return {};
}

Status Workspace::removeEnvironment(const QString& name)
{
    const QString path = environmentPath(name);
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Error {tr("Cannot delete the file."), path};
    m_environments.erase(std::remove_if(m_environments.begin(), m_environments.end(),
                             [&](const Environment& e) { return e.name == name; }),
        m_environments.end());
    return {};
}

Status Workspace::renameWorkspace(const QString& name)
{
    if (name.trimmed().isEmpty())
        return Error {tr("A workspace needs a name.")};
    const QString path = QDir(m_folder).filePath(workspaceFileName());
    QJsonObject object {{QStringLiteral("formatVersion"), FormatVersion}, {QStringLiteral("id"), m_id},
        {QStringLiteral("name"), name.trimmed()}};
    if (Status s = writeJson(path, object); !s)
        return s;
    m_name = name.trimmed();
    return {};
}

} // namespace studio
