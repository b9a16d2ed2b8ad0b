#include "ui/console/consoleinterop.h"

#include "core/common/atomicfile.h"
#include "core/interop/curlformat.h"
#include "core/json/worker.h"
#include "core/secrets/secretstore.h"
#include "core/workspace/workspace.h"
#include "ui/dialogs.h"
#include "ui/logs/savefiledialog.h"
#include "ui/secretjobs.h"
#include "ui/workspacesession.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QPointer>

namespace studio::ui {

ConsoleInterop::ConsoleInterop(WorkspaceSession* session, QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{ }

interop::ImportContext ConsoleInterop::context(const QString& baseFolder, const QString& targetEndpointId) const
{
    interop::ImportContext context;
    if (const Workspace* workspace = m_session->workspace())
        context.endpoints = workspace->endpoints();
    if (const Environment* environment = m_session->activeEnvironment())
        context.environment = *environment;
    context.baseFolder = baseFolder;
    context.targetEndpointId = targetEndpointId;
    return context;
}

void ConsoleInterop::fail(const QString& message)
{
    Q_EMIT statusMessage(message);
    Q_EMIT failed(message);
}

void ConsoleInterop::importFile(const QString& formatId, const QString& targetEndpointId)
{
    const interop::RequestFormat* format = interop::requestFormat(formatId);
    if (!format || !m_session->isOpen())
        return;
    const QString path = FileDialog::getOpenFileName(m_dialogParent, tr("Import %1").arg(format->displayName()),
        QString(), format->nameFilter() + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    const interop::ImportContext importContext = context(QFileInfo(path).absolutePath(), targetEndpointId);
    Q_EMIT statusMessage(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    QPointer<ConsoleInterop> self(this);
    m_importJob = json::startGlobalJob(
        this, [self, format, path, importContext](const std::shared_ptr<json::WorkerRelay>& relay) {
            Result<QByteArray> data = readWholeFile(path);
            Result<interop::ImportResult> result
                = data ? format->importData(data.value(), importContext) : Result<interop::ImportResult>(data.error());
            relay->post([self, path, result]() mutable {
                if (!self)
                    return;
                if (!result) {
                    Error error = result.error();
                    if (error.file.isEmpty())
                        error.file = QDir::toNativeSeparators(path);
                    self->fail(tr("Nothing was imported: %1").arg(error.toString()));
                    return;
                }
                self->review(QFileInfo(path).fileName(), std::move(result).value());
            });
        });
}

void ConsoleInterop::importData(
    const QString& formatId, const QByteArray& data, const QString& fileName, const QString& targetEndpointId)
{
    const interop::RequestFormat* format = interop::requestFormat(formatId);
    if (!format || !m_session->isOpen())
        return;
    const interop::ImportContext importContext = context(QString(), targetEndpointId);
    QPointer<ConsoleInterop> self(this);
    m_importJob = json::startGlobalJob(
        this, [self, format, data, fileName, importContext](const std::shared_ptr<json::WorkerRelay>& relay) {
            Result<interop::ImportResult> result = format->importData(data, importContext);
            relay->post([self, fileName, result]() mutable {
                if (!self)
                    return;
                if (!result) {
                    self->fail(tr("Nothing was imported from %1: %2").arg(fileName, result.error().toString()));
                    return;
                }
                self->review(fileName, std::move(result).value());
            });
        });
}

void ConsoleInterop::review(const QString& fileName, interop::ImportResult result)
{
    if (result.requests.isEmpty()) {
        fail(tr("%1 holds no requests to import.").arg(fileName));
        return;
    }
    QStringList lines;
    lines.append(tr("Import %n request(s) from %1?", nullptr, int(result.requests.size())).arg(fileName));
    if (!result.endpoints.isEmpty()) {
        QStringList names;
        for (const Endpoint& endpoint : std::as_const(result.endpoints))
            names.append(endpoint.name);
        lines.append(tr("New endpoints: %1.").arg(names.join(QStringLiteral(", "))));
    }
    if (!result.authForExisting.isEmpty()) {
        QStringList names;
        for (auto it = result.authForExisting.cbegin(); it != result.authForExisting.cend(); ++it) {
            const Workspace* workspace = m_session->workspace();
            const Endpoint* endpoint = workspace ? workspace->endpoint(it.key()) : nullptr;
            names.append(endpoint ? endpoint->name : it.key());
        }
        lines.append(tr("The authentication of these existing endpoints is replaced by the imported one: %1.")
                         .arg(names.join(QStringLiteral(", "))));
    }
    if (result.environment)
        lines.append(tr("Variables go to the environment \"%1\".").arg(result.environment->name));
    if (!result.secrets.isEmpty()) {
        SecretStore* store = m_session->secretStore();
        lines.append(tr("%n secret(s) go to %1, never into the workspace files.", nullptr, int(result.secrets.size()))
                         .arg(store ? store->backendName() : tr("the secret store")));
    }
    QStringList notes;
    for (const interop::ImportNote& note : std::as_const(result.notes))
        notes.append(QStringLiteral("• %1: %2").arg(note.where, note.message));
    if (!notes.isEmpty()) {
        lines.append(tr("Notes:"));
        lines.append(notes.mid(0, 12));
        if (notes.size() > 12)
            lines.append(tr("… and %n more.", nullptr, int(notes.size() - 12)));
    }
    if (MessageBox::question(m_dialogParent, tr("Import requests"), lines.join(u'\n'),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        != QMessageBox::Yes) {
        Q_EMIT statusMessage(tr("Import cancelled."));
        return;
    }
    save(std::move(result));
}

void ConsoleInterop::save(interop::ImportResult result)
{
    const Workspace* workspace = m_session->workspace();
    if (!workspace)
        return;
    QList<SecretWrite> writes;
    interop::assignSecretRefs(result, workspace->id());
    for (const interop::ImportedSecret& secret : std::as_const(result.secrets)) {
        if (!secret.ref.isEmpty())
            writes.append({secret.ref, secret.value});
    }
    result.secrets.clear(); // the values travel in `writes` only
    SecretStore* store = m_session->secretStore();
    if (!writes.isEmpty() && !store) {
        fail(tr("Nothing was imported: the import carries secrets, and no secret store (keychain or vault) is "
                "available to keep them."));
        return;
    }
    const QString prefix = Workspace::cleanFolderPath(result.title.trimmed().isEmpty() ? tr("Imported") : result.title);
    QPointer<ConsoleInterop> self(this);
    auto apply = [self, result, prefix](Status secretsWritten) {
        if (!self)
            return;
        if (!secretsWritten.ok()) {
            self->fail(
                tr("Nothing was imported: the secrets could not be stored: %1").arg(secretsWritten.error().toString()));
            return;
        }
        auto ids = std::make_shared<QStringList>();
        self->m_session->modify(
            [result, prefix, ids](Workspace& ws) -> Status {
                for (const Endpoint& endpoint : result.endpoints) {
                    if (Status saved = ws.saveEndpoint(endpoint); !saved)
                        return saved;
                }
                for (auto it = result.authForExisting.cbegin(); it != result.authForExisting.cend(); ++it) {
                    const Endpoint* existing = ws.endpoint(it.key());
                    if (!existing)
                        continue;
                    Endpoint updated = *existing;
                    updated.auth = it.value();
                    if (Status saved = ws.saveEndpoint(updated); !saved)
                        return saved;
                }
                if (result.environment) {
                    Environment environment = *result.environment;
                    if (const Environment* existing = ws.environment(environment.name)) {
                        Environment merged = *existing;
                        for (auto it = environment.variables.cbegin(); it != environment.variables.cend(); ++it)
                            merged.variables.insert(it.key(), it.value());
                        for (auto it = environment.secretVariables.cbegin(); it != environment.secretVariables.cend();
                             ++it)
                            merged.secretVariables.insert(it.key(), it.value());
                        environment = merged;
                    }
                    if (Status saved = ws.saveEnvironment(environment); !saved)
                        return saved;
                }
                for (SavedRequest request : result.requests) {
                    request.folder = request.folder.isEmpty() ? prefix : prefix + u'/' + request.folder;
                    request.id.clear();
                    Result<QString> saved = ws.saveRequest(request);
                    if (!saved)
                        return saved.error();
                    ids->append(saved.value());
                }
                return {};
            },
            self,
            [self, ids, prefix, result](Status status) {
                if (!self)
                    return;
                if (!status.ok()) {
                    self->fail(tr("The import stopped: %1").arg(status.error().toString()));
                    return;
                }
                QString message = tr("Imported %n request(s) into \"%1\".", nullptr, int(ids->size())).arg(prefix);
                if (result.environment && self->m_session->activeEnvironmentName().isEmpty()) {
                    self->m_session->setActiveEnvironment(result.environment->name);
                    message += u' ' + tr("The environment \"%1\" is now active.").arg(result.environment->name);
                } else if (result.environment) {
                    message += u' '
                        + tr("Its variables are in the environment \"%1\"; switch to it to use them.")
                              .arg(result.environment->name);
                }
                Q_EMIT self->statusMessage(message);
                Q_EMIT self->imported(*ids, prefix);
            });
    };
    if (writes.isEmpty())
        apply(Status());
    else
        writeSecrets(store, writes, this, apply);
}

Result<QString> ConsoleInterop::copyAsCurl(const RequestSpec& spec)
{
    const Workspace* workspace = m_session->workspace();
    const Endpoint* endpoint = workspace && !spec.endpointId.isEmpty() ? workspace->endpoint(spec.endpointId) : nullptr;
    if (!spec.endpointId.isEmpty() && !endpoint)
        return Error {tr("The endpoint \"%1\" no longer exists.").arg(spec.endpointId)};
    const Environment* active = m_session->activeEnvironment();
    interop::CurlExportOptions options;
    options.authPlaceholders = true;
    QList<interop::ExportedSecret> secrets;
    Result<QString> command
        = interop::CurlFormat::exportRequest(spec, endpoint, active ? *active : Environment(), options, &secrets);
    if (!command) {
        Q_EMIT statusMessage(tr("Not copied: %1").arg(command.error().toString()));
        return command;
    }
    QApplication::clipboard()->setText(command.value());
    QStringList variables;
    for (const interop::ExportedSecret& secret : std::as_const(secrets))
        variables.append(secret.variable);
    Q_EMIT statusMessage(variables.isEmpty()
            ? tr("Copied the request as a cURL command.")
            : tr("Copied the request as a cURL command; set %1 in the shell before running it.")
                  .arg(variables.join(QStringLiteral(", "))));
    return command;
}

void ConsoleInterop::exportFolderAsPostman(const QString& folder)
{
    const Workspace* workspace = m_session->workspace();
    if (!workspace)
        return;
    interop::ExportInput input;
    input.title = folder.isEmpty() ? workspace->name() : folder.mid(folder.lastIndexOf(u'/') + 1);
    QSet<QString> endpointIds;
    for (const SavedRequest& request : workspace->requests()) {
        if (folder.isEmpty() || request.folder == folder || request.folder.startsWith(folder + u'/')) {
            input.requests.append(request);
            if (!request.spec.endpointId.isEmpty())
                endpointIds.insert(request.spec.endpointId);
        }
    }
    if (input.requests.isEmpty()) {
        fail(tr("The folder \"%1\" holds no requests to export.").arg(folder));
        return;
    }
    for (const QString& id : std::as_const(endpointIds)) {
        const Endpoint* endpoint = workspace->endpoint(id);
        if (!endpoint) {
            fail(tr("Not exported: a request uses the endpoint \"%1\", which no longer exists.").arg(id));
            return;
        }
        input.endpoints.append(*endpoint);
    }
    if (const Environment* environment = m_session->activeEnvironment())
        input.environment = *environment;
    const QString path = SaveFileDialog::getSaveFileName(m_dialogParent, tr("Export as Postman collection"),
        input.title + QStringLiteral(".postman_collection.json"), tr("Postman collection (*.json)"));
    if (path.isEmpty())
        return;
    QPointer<ConsoleInterop> self(this);
    m_exportJob = json::startGlobalJob(this, [self, input, path](const std::shared_ptr<json::WorkerRelay>& relay) {
        const interop::RequestFormat* format = interop::requestFormat(QStringLiteral("postman"));
        Result<interop::ExportResult> result = format ? format->exportData(input, interop::ExportOptions())
                                                      : Result<interop::ExportResult>(Error {tr("No Postman format.")});
        Status written = result ? writeFileAtomically(path, result->data) : Status(result.error());
        QStringList variables;
        if (result) {
            for (const interop::ExportedSecret& secret : std::as_const(result->secrets))
                variables.append(secret.variable);
        }
        const int count = int(input.requests.size());
        relay->post([self, path, written, variables, count] {
            if (!self)
                return;
            if (!written.ok()) {
                self->fail(tr("Not exported: %1").arg(written.error().toString()));
                return;
            }
            Q_EMIT self->statusMessage(variables.isEmpty()
                    ? tr("Exported %n request(s) to %1.", nullptr, count).arg(QDir::toNativeSeparators(path))
                    : tr("Exported %n request(s) to %1. Supply the secrets when running it, e.g. newman run … "
                         "--env-var %2=…",
                        nullptr, count)
                          .arg(QDir::toNativeSeparators(path), variables.join(QStringLiteral("=… --env-var "))));
            Q_EMIT self->exported(path, variables);
        });
    });
}

} // namespace studio::ui
