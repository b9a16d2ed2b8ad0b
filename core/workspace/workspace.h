#pragma once

#include "core/common/result.h"
#include "core/workspace/endpoint.h"
#include "core/workspace/environment.h"

#include <QList>
#include <QString>

namespace studio {

/// A workspace is a folder of plain, git-friendly files:
///   workspace.json            id, name, formatVersion
///   endpoints/<id>.json       one Endpoint each
///   environments/<name>.json  one Environment each
///   .studio/                  local state (request log, run store, vault), git-ignored
/// Later issues add requests/, mappings/, jobs/.
///
/// Loading never stops at the first bad file: every file that loads is used, every file that does not is
/// reported with file, line and reason in loadProblems(), and is never overwritten by a save (saving an
/// item whose file failed to load is refused).
class Workspace final
{
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

    Status saveEnvironment(const Environment& environment);
    Status removeEnvironment(const QString& name);
    Status renameWorkspace(const QString& name);

    /// File path of an endpoint or environment file.
    QString endpointPath(const QString& id) const;
    QString environmentPath(const QString& name) const;

private:
    Workspace() = default;
    bool isBlocked(const QString& path) const;

    QString m_folder;
    QString m_id;
    QString m_name;
    QList<Endpoint> m_endpoints;
    QList<Environment> m_environments;
    QList<Error> m_problems;
};

} // namespace studio
