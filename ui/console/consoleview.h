#pragma once

#include "core/magento/bulkpoller.h"
#include "core/net/apiclient.h"
#include "core/workspace/savedrequest.h"

#include <memory>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace studio {
class SecretStore;
class RequestRecorder;
} // namespace studio

namespace studio::json {
class WorkerRelay;
}

namespace studio::ui {

class BodyEditor;
class BulkPanel;
class ConsoleInterop;
class GraphQLPanel;
class KeyValueTable;
class MagentoQueryPanel;
class PathCompletion;
class ResponsePane;
class SavedRequestsPanel;
class WorkspaceSession;

/// The request console: pick an endpoint and environment, write a request (method, path with completion from the
/// endpoint's schema, params synced with the URL's query, headers, a JSON/form/text body; for Magento the store
/// scope and async bulk mode), send it through the HTTP engine with the endpoint's auth applied, and read the
/// answer in the response pane. Saved requests live in the tree on the left. Every request lands in the
/// workspace's request log, so the log browser can send one back here to edit and resend.
///
/// Nothing here waits: secrets, the network, parsing and the disk all answer through callbacks.
class ConsoleView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleView)

public:
    explicit ConsoleView(WorkspaceSession* session, QWidget* parent = nullptr);
    ~ConsoleView() override;

    /// The request as the fields describe it now.
    RequestSpec spec() const;
    /// Fills the fields from a request (keeps the saved-request identity; see openRequest()).
    void setSpec(const RequestSpec& spec);
    /// Opens a request that is not saved (e.g. from the log): the fields show it, ready to edit and send. Asks
    /// first when a saved request with unsaved changes is open; false when the user keeps it.
    bool openRequest(const RequestSpec& spec);
    /// Opens a saved request from the workspace by id; false when there is no such request.
    bool openSaved(const QString& id);
    /// Starts an empty request for the current endpoint.
    void newRequest();
    /// The saved request being edited; empty for an unsaved one.
    QString openRequestId() const { return m_savedId; }
    /// True when the fields differ from the saved request (or an unsaved request has content).
    bool isModified() const;

    /// Sends the request (Ctrl+Enter). Does nothing while a request is running.
    void send();
    /// Cancels the running request or bulk follow (Esc).
    void cancel();
    bool isSending() const { return m_sending; }

    /// Saves the open request (Ctrl+S); asks for a name when it was never saved.
    void save();
    /// Saves the fields as a new request (Ctrl+Shift+S), asking for its name.
    void saveAs();

    /// Reads a cURL command into the fields; false (with the reason shown) when it is not one.
    bool pasteCurl(const QString& command);

    /// The last finished response.
    const net::HttpResponse& lastResponse() const { return m_response; }
    /// The engine the console sends through (rebuilt when the workspace, secret store or request log changes).
    net::ApiClient* client();

    SavedRequestsPanel* savedRequests() const { return m_saved; }
    BulkPanel* bulkPanel() const { return m_bulk; }
    ResponsePane* responsePane() const { return m_responsePane; }
    ConsoleInterop* interop() const { return m_interop; }
    /// Where the Magento searchCriteria builder and `fields` selector go (beside the params table), for the
    /// Magento widgets to be placed in.
    QWidget* builderSlot() const { return m_builderSlot; }
    /// The searchCriteria builder and `fields` selector shown beside the params for Magento endpoints.
    MagentoQueryPanel* queryPanel() const { return m_queryPanel; }
    /// The page shown in GraphQL mode.
    QWidget* graphqlPage() const { return m_graphqlPage; }
    /// GraphQL mode: query and variables editors with completion, schema explorer, introspection.
    GraphQLPanel* graphqlPanel() const { return m_graphql; }
    /// Replaces the query string's params (the searchCriteria builder writes through this).
    void setQueryItems(const KeyValueList& items);

Q_SIGNALS:
    /// A request finished; lastResponse() holds the outcome.
    void requestFinished();
    /// A sentence for the status bar.
    void statusMessage(const QString& message);
    /// isModified() may have changed.
    void modifiedChanged(bool modified);
    /// The query changed (for a builder that reads it back).
    void queryItemsChanged(const studio::KeyValueList& items);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void buildShortcuts();
    void workspaceChanged();
    void rebuildEndpoints();
    void rebuildEnvironments();
    void endpointChanged();
    void modeChanged();
    void updateScopeHint();
    void updateQueryPanel();
    void updateGraphQLTarget();
    void updateAuthDescription();
    void updateTitle();
    void fieldsEdited();
    void pathEdited(const QString& text);
    void paramsEdited();
    void splitPathQuery(const QString& text, QString& path, KeyValueList& query) const;
    QString joinPathQuery(const QString& path, const KeyValueList& query) const;
    void startSend(const RequestSpec& spec, const Endpoint& endpoint, const Endpoint& resolved,
        const Environment& environment, quint64 generation);
    void finishWithError(const QString& message);
    void replyFinished();
    void setSending(bool sending);
    void fetchBulkStatus(const QString& servicePath, std::function<void(Result<QJsonObject>)> done);
    void applyRequestMoved(const QString& oldId, const QString& newId);
    void fetchStoreViews(const Endpoint& endpoint, const Environment& environment);
    void fillStoreCombo();
    void saveSpecAs(const QString& folder, const QString& name, const QString& existingId);
    Environment currentEnvironment() const;
    const Endpoint* currentEndpoint() const;
    /// The endpoint a new request starts with; -1 when there is none.
    int defaultEndpointIndex() const;

    WorkspaceSession* m_session;
    // Engine
    std::unique_ptr<net::ApiClient> m_client;
    QPointer<SecretStore> m_clientSecrets;
    RequestRecorder* m_clientRecorder = nullptr;
    QByteArray m_fingerprintSalt;
    QPointer<net::ApiReply> m_reply;
    quint64 m_generation = 0;
    bool m_sending = false;
    QElapsedTimer m_sendTimer;
    net::HttpResponse m_response;
    RequestSpec m_sentSpec;
    // Request being edited
    QString m_savedId;
    RequestSpec m_savedSpec;
    RequestSpec m_extras; ///< fields the form does not show (safeToRetry, operation name), kept as loaded
    bool m_updating = false;
    bool m_lastModified = false;
    QString m_lastPathText;
    /// Store view codes per endpoint and environment ("<id>\x1f<environment>"), from /V1/store/storeViews.
    QHash<QString, QStringList> m_storeViews;
    QSet<QString> m_storeViewsLoading;
    // Widgets
    SavedRequestsPanel* m_saved = nullptr;
    QLabel* m_title = nullptr;
    QComboBox* m_endpoint = nullptr;
    QComboBox* m_environment = nullptr;
    QComboBox* m_mode = nullptr;
    QComboBox* m_store = nullptr;
    QLabel* m_storeLabel = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_cancel = nullptr;
    QToolButton* m_more = nullptr;
    QLabel* m_scopeHint = nullptr;
    QProgressBar* m_progress = nullptr;
    QStackedWidget* m_requestStack = nullptr;
    QTabWidget* m_tabs = nullptr;
    KeyValueTable* m_params = nullptr;
    KeyValueTable* m_headers = nullptr;
    BodyEditor* m_body = nullptr;
    QLabel* m_auth = nullptr;
    QWidget* m_builderSlot = nullptr;
    MagentoQueryPanel* m_queryPanel = nullptr;
    QWidget* m_graphqlPage = nullptr;
    GraphQLPanel* m_graphql = nullptr;
    ResponsePane* m_responsePane = nullptr;
    BulkPanel* m_bulk = nullptr;
    PathCompletion* m_completion = nullptr;
    ConsoleInterop* m_interop = nullptr;
    QTimer* m_authTimer = nullptr;
    std::shared_ptr<json::WorkerRelay> m_saltJob;
};

} // namespace studio::ui
