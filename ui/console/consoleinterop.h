#pragma once

#include "core/interop/requestformat.h"

#include <memory>
#include <QObject>
#include <QString>

class QWidget;

namespace studio::json {
class WorkerRelay;
}

namespace studio::ui {

class WorkspaceSession;

/// The console's doors to other tools, over core/interop's formats: import a Postman v2.1 collection (folders,
/// variables into an environment, auth into endpoints, secrets into the SecretStore), requests from an
/// OpenAPI/Swagger file or a HAR archive; export a request as a cURL command (clipboard) and a folder as a Postman
/// collection that newman runs. Files are read, parsed, built and written on a worker thread; only the question
/// to the user and the workspace update happen on the UI thread.
class ConsoleInterop final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleInterop)

public:
    /// `dialogParent` parents the file pickers and questions.
    ConsoleInterop(WorkspaceSession* session, QWidget* dialogParent, QObject* parent = nullptr);

    /// Asks for a file and imports it with the format `formatId` ("postman", "openapi", "har"). For OpenAPI,
    /// `targetEndpointId` (may be empty) is the endpoint the operations are attached to.
    void importFile(const QString& formatId, const QString& targetEndpointId = QString());
    /// Imports data already read (drag and drop, tests); `fileName` names it in messages.
    void importData(const QString& formatId, const QByteArray& data, const QString& fileName,
        const QString& targetEndpointId = QString());
    /// Puts `spec` on the clipboard as a cURL command (credentials as shell-variable placeholders); returns the
    /// command, or the error.
    Result<QString> copyAsCurl(const RequestSpec& spec);
    /// Asks for a file name and writes the saved requests of `folder` (and its sub-folders; empty = all) as a
    /// Postman v2.1 collection.
    void exportFolderAsPostman(const QString& folder);

Q_SIGNALS:
    /// A sentence for the status bar (success or failure).
    void statusMessage(const QString& message);
    /// An import saved these requests (ids); `folder` is where they went.
    void imported(const QStringList& requestIds, const QString& folder);
    /// An export was written to `path`; `variables` are the secret variables to supply at run time.
    void exported(const QString& path, const QStringList& variables);
    /// An import or export failed; `message` says why.
    void failed(const QString& message);

private:
    interop::ImportContext context(const QString& baseFolder, const QString& targetEndpointId) const;
    void review(const QString& fileName, interop::ImportResult result);
    void save(interop::ImportResult result);
    void fail(const QString& message);

    WorkspaceSession* m_session;
    QWidget* m_dialogParent;
    std::shared_ptr<json::WorkerRelay> m_importJob;
    std::shared_ptr<json::WorkerRelay> m_exportJob;
};

} // namespace studio::ui
