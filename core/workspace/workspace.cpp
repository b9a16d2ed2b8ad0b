#include "core/workspace/workspace.h"

#include "core/common/atomicfile.h"
#include "core/common/jsonio.h"
#include "core/workspace/workspaceformat.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

namespace studio {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("studio", text); // lupdate's context for free functions here
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

const QString& requestsFolder()
{
    static const QString name = QStringLiteral("requests");
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
    for (const QString& sub : {endpointsFolder(), environmentsFolder(), requestsFolder()}) {
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
    ws.loadRequests();
    return ws;
}

QString Workspace::requestsRoot() const
{
    return QDir(m_folder).filePath(requestsFolder());
}

void Workspace::loadRequests()
{
    m_requests.clear();
    const QDir root(requestsRoot());
    if (!root.exists())
        return;
    QDirIterator it(root.path(), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString id = root.relativeFilePath(path).chopped(5);
        const QString relative = requestsFolder() + u'/' + id + QStringLiteral(".json");
        const QString folder = id.contains(u'/') ? id.section(u'/', 0, -2) : QString();
        auto item = readItem(path, relative);
        if (!item) {
            m_problems.append(item.error());
            continue;
        }
        auto request = format::requestFromJson(item->first, id, folder, relative, item->second);
        if (!request) {
            m_problems.append(request.error());
            continue;
        }
        m_requests.append(request.value());
    }
    std::sort(
        m_requests.begin(), m_requests.end(), [](const SavedRequest& a, const SavedRequest& b) { return a.id < b.id; });
}

QString Workspace::requestPath(const QString& id) const
{
    return QDir(requestsRoot()).filePath(id + QStringLiteral(".json"));
}

const SavedRequest* Workspace::request(const QString& id) const
{
    const auto it
        = std::find_if(m_requests.cbegin(), m_requests.cend(), [&](const SavedRequest& r) { return r.id == id; });
    return it == m_requests.cend() ? nullptr : &*it;
}

QString Workspace::cleanFolderPath(const QString& folder)
{
    QStringList parts;
    for (QString part : folder.split(u'/', Qt::SkipEmptyParts)) {
        static const QRegularExpression forbidden(QStringLiteral("[<>:\"\\|?*\\x00-\\x1f]"));
        part.replace(forbidden, QStringLiteral("-"));
        part = part.trimmed();
        while (part.endsWith(u'.') || part.endsWith(u' '))
            part.chop(1);
        while (part.startsWith(u'.'))
            part.remove(0, 1);
        if (!part.isEmpty())
            parts.append(part.left(80));
    }
    return parts.join(u'/');
}

Result<QString> Workspace::saveRequest(const SavedRequest& input)
{
    SavedRequest request = input;
    request.folder = cleanFolderPath(request.folder);
    if (request.name.trimmed().isEmpty())
        return Error(tr("A saved request needs a name."));
    const QString oldId = request.id;
    const QString prefix = request.folder.isEmpty() ? QString() : request.folder + u'/';
    const QString base = slugify(request.name);
    // Keep the file when neither folder nor name changed, so that an edit touches one file.
    const SavedRequest* existing = oldId.isEmpty() ? nullptr : this->request(oldId);
    QString id = oldId;
    if (!existing || existing->folder != request.folder || existing->name != request.name) {
        id = prefix + base;
        for (int n = 2; id != oldId && (this->request(id) || QFileInfo::exists(requestPath(id))); ++n)
            id = prefix + base + u'-' + QString::number(n);
    }
    const QString path = requestPath(id);
    if (isBlocked(path))
        return Error(tr("This file could not be loaded, so it is not overwritten. Fix or remove it first."),
            QDir(m_folder).relativeFilePath(path));
    if (Status s = writeJson(path, format::requestToJson(request)); !s)
        return s.error();
    if (!oldId.isEmpty() && oldId != id && existing) {
        if (!QFile::remove(requestPath(oldId)))
            return Error(tr("Saved as %1, but the old file could not be removed.").arg(id), requestPath(oldId));
        m_requests.erase(
            std::remove_if(m_requests.begin(), m_requests.end(), [&](const SavedRequest& r) { return r.id == oldId; }),
            m_requests.end());
    }
    request.id = id;
    const auto it
        = std::find_if(m_requests.begin(), m_requests.end(), [&](const SavedRequest& r) { return r.id == id; });
    if (it == m_requests.end()) {
        m_requests.append(request);
        std::sort(m_requests.begin(), m_requests.end(),
            [](const SavedRequest& a, const SavedRequest& b) { return a.id < b.id; });
    } else {
        *it = request;
    }
    return id;
}

Status Workspace::removeRequest(const QString& id)
{
    const QString path = requestPath(id);
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Error(tr("Cannot delete the file."), path);
    m_requests.erase(
        std::remove_if(m_requests.begin(), m_requests.end(), [&](const SavedRequest& r) { return r.id == id; }),
        m_requests.end());
    return {};
}

Result<QString> Workspace::duplicateRequest(const QString& id)
{
    const SavedRequest* original = request(id);
    if (!original)
        return Error(tr("There is no saved request \"%1\".").arg(id));
    SavedRequest copy = *original;
    copy.id.clear();
    copy.name = tr("%1 (copy)").arg(original->name);
    return saveRequest(copy);
}

QStringList Workspace::requestFolders() const
{
    QStringList folders;
    const QDir root(requestsRoot());
    QDirIterator it(root.path(), QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        folders.append(root.relativeFilePath(it.next()));
    folders.sort();
    return folders;
}

Status Workspace::createRequestFolder(const QString& folder)
{
    const QString clean = cleanFolderPath(folder);
    if (clean.isEmpty())
        return Error(tr("\"%1\" cannot be used as a folder name.").arg(folder));
    if (!QDir(requestsRoot()).mkpath(clean))
        return Error(tr("Cannot create the folder."), QDir(requestsRoot()).filePath(clean));
    return {};
}

Status Workspace::renameRequestFolder(const QString& from, const QString& to)
{
    const QString source = cleanFolderPath(from);
    const QString target = cleanFolderPath(to);
    if (source.isEmpty() || target.isEmpty())
        return Error(tr("\"%1\" cannot be used as a folder name.").arg(source.isEmpty() ? from : to));
    if (target == source || target.startsWith(source + u'/'))
        return Error(tr("A folder cannot be moved into itself."));
    const QDir root(requestsRoot());
    if (root.exists(target))
        return Error(tr("A folder \"%1\" already exists.").arg(target));
    const QString parent = target.contains(u'/') ? target.section(u'/', 0, -2) : QString();
    if (!parent.isEmpty() && !root.mkpath(parent))
        return Error(tr("Cannot create the folder."), root.filePath(parent));
    if (!QDir().rename(root.filePath(source), root.filePath(target)))
        return Error(tr("Cannot rename the folder."), root.filePath(source));
    for (SavedRequest& r : m_requests) {
        if (r.folder == source || r.folder.startsWith(source + u'/')) {
            r.folder = target + r.folder.mid(source.size());
            r.id = target + r.id.mid(source.size());
        }
    }
    for (Error& problem : m_problems) {
        const QString prefix = requestsFolder() + u'/' + source + u'/';
        if (problem.file.startsWith(prefix))
            problem.file = requestsFolder() + u'/' + target + u'/' + problem.file.mid(prefix.size());
    }
    std::sort(
        m_requests.begin(), m_requests.end(), [](const SavedRequest& a, const SavedRequest& b) { return a.id < b.id; });
    return {};
}

Status Workspace::removeRequestFolder(const QString& folder)
{
    const QString clean = cleanFolderPath(folder);
    if (clean.isEmpty())
        return Error(tr("\"%1\" is not a folder.").arg(folder));
    if (!QDir(QDir(requestsRoot()).filePath(clean)).removeRecursively())
        return Error(tr("Cannot delete the folder."), QDir(requestsRoot()).filePath(clean));
    m_requests.erase(std::remove_if(m_requests.begin(), m_requests.end(),
                         [&](const SavedRequest& r) { return r.folder == clean || r.folder.startsWith(clean + u'/'); }),
        m_requests.end());
    return {};
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
