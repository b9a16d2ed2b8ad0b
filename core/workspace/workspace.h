#pragma once

#include "core/common/result.h"
#include "core/workspace/endpoint.h"
#include "core/workspace/environment.h"
#include "core/workspace/savedrequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace studio {

/// A workspace is a folder of plain, git-friendly files:
///   workspace.json            id, name, formatVersion
///   endpoints/<id>.json       one Endpoint each
///   environments/<name>.json  one Environment each
///   requests/<folder>/<name>.json  one SavedRequest each; folders nest
///   .studio/                  local state (request log, run store, vault), git-ignored
/// Later issues add mappings/ and jobs/.
///
/// Loading never stops at the first bad file: every file that loads is used, every file that does not is
/// reported with file, line and reason in loadProblems(), and is never overwritten by a save (saving an
/// item whose file failed to load is refused).
class Workspace final
{
    Q_DECLARE_TR_FUNCTIONS(studio::Workspace)

public:
    /// The format version this build writes. Files with a lower version are migrated on load (in memory;
    /// written back on the next save); files with a higher one are refused without being touched.
    static constexpr int FormatVersion = 1;

    /// Creates a new workspace folder (must be empty or missing) with workspace.json, the sub-folders and
    /// a .gitignore that excludes .studio/.
    static Result<Workspace> create(const QString& folder, const QString& name);
    /// Opens an existing workspace. Fails only when workspace.json itself cannot be used.
    static Result<Workspace> open(const QString& folder);

    QString folder() const { return m_folder; }
    QString id() const { return m_id; }
    QString name() const { return m_name; }
    /// Local state folder: <workspace>/.studio (created on demand).
    QString stateFolder() const;

    const QList<Endpoint>& endpoints() const { return m_endpoints; }
    const QList<Environment>& environments() const { return m_environments; }
    const Endpoint* endpoint(const QString& id) const;
    const Environment* environment(const QString& name) const;
    /// Problems found while loading (malformed or newer-version files).
    const QList<Error>& loadProblems() const { return m_problems; }

    /// Saves one endpoint to endpoints/<id>.json atomically (adds or replaces it in memory too).
    Status saveEndpoint(const Endpoint& endpoint);
    /// Deletes endpoints/<id>.json. Secret cleanup is the caller's job (it owns the SecretStore).
    Status removeEndpoint(const QString& id);
    /// Renames: new display name and id (file renamed atomically: new file written, old removed).
    Status renameEndpoint(const QString& oldId, const QString& newName, const QString& newId);
    /// An id not used by any endpoint, derived from `name`.
    QString uniqueEndpointId(const QString& name) const;

    /// Saved requests, sorted by id.
    const QList<SavedRequest>& requests() const { return m_requests; }
    const SavedRequest* request(const QString& id) const;
    /// Saves a request and returns its id. A request without id gets a new, unique file named after it in
    /// its folder; a request whose folder or name changed is moved (new file written, old one removed).
    Result<QString> saveRequest(const SavedRequest& request);
    Status removeRequest(const QString& id);
    /// Saves a copy named "<name> (copy)" next to the original; returns the new id.
    Result<QString> duplicateRequest(const QString& id);
    /// Every folder below requests/, including empty ones, "/"-separated, sorted.
    QStringList requestFolders() const;
    Status createRequestFolder(const QString& folder);
    /// Renames or moves a folder with everything in it.
    Status renameRequestFolder(const QString& from, const QString& to);
    /// Removes a folder with every request in it.
    Status removeRequestFolder(const QString& folder);
    /// The folder path as it is stored on disk: each part stripped of characters that are not allowed in
    /// file names on Windows, macOS or Linux; empty when nothing usable is left.
    static QString cleanFolderPath(const QString& folder);

    Status saveEnvironment(const Environment& environment);
    Status removeEnvironment(const QString& name);
    Status renameWorkspace(const QString& name);

    /// File path of an endpoint or environment file.
    QString endpointPath(const QString& id) const;
    QString environmentPath(const QString& name) const;
    QString requestPath(const QString& id) const;

private:
    Workspace() = default;
    bool isBlocked(const QString& path) const;
    void loadRequests();
    QString requestsRoot() const;

    QString m_folder;
    QString m_id;
    QString m_name;
    QList<Endpoint> m_endpoints;
    QList<Environment> m_environments;
    QList<SavedRequest> m_requests;
    QList<Error> m_problems;
};

} // namespace studio
