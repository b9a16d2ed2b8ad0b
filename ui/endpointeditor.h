#pragma once

#include "core/workspace/connectiontester.h"
#include "core/workspace/endpoint.h"

#include <functional>
#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;

namespace studio {
class SecretStore;
}

namespace studio::ui {

class WorkspaceSession;

/// Makes the ConnectionTester that "Test connection" uses; it reads secrets from `secrets`.
/// Empty when this build has no tester (the button is then disabled and says why).
using ConnectionTesterFactory = std::function<ConnectionTester*(SecretStore* secrets, QObject* parent)>;

/// Edits one endpoint: the fields of its kind, authentication, TLS and limits, with inline validation
/// (studio::validateEndpoint) next to the fields and Save disabled while anything is invalid.
///
/// Secret fields are password fields. On save their values go to the SecretStore first (new references for
/// new secrets; an empty field keeps the stored secret), then the endpoint file is written with references
/// only, then secrets the endpoint no longer uses are removed. Input widgets are named by field key
/// ("baseUrl", "auth.password", "sql.driver", ...) — the keys validateEndpoint() reports.
class EndpointEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointEditor)

public:
    /// `isNew`: the endpoint is not in the workspace yet; its id is chosen from the name on save.
    EndpointEditor(WorkspaceSession* session, const Endpoint& endpoint, bool isNew,
        ConnectionTesterFactory testerFactory, QWidget* parent = nullptr);
    ~EndpointEditor() override;

    /// A new endpoint of a kind with sensible defaults (first auth type, SQLite, CSV...).
    static Endpoint newEndpoint(EndpointKind kind);

    /// The endpoint as the form describes it. Typed, unsaved secrets appear as "pending:<field>" references.
    Endpoint currentEndpoint() const;
    /// Problems shown in the form (validation errors; unknown variables are warnings and not included).
    QList<FieldProblem> problems() const { return m_problems; }
    /// The message shown next to a field ("" when none), for errors and warnings alike.
    QString messageFor(const QString& field) const;
    bool canSave() const;
    bool isSaving() const { return m_saving; }

Q_SIGNALS:
    /// The endpoint and its secrets were saved under this id.
    void saved(const QString& endpointId);
    /// A connection test finished (or was cancelled).
    void connectionTestFinished(const studio::ConnectionReport& report);

private:
    struct FieldRow
    {
        QFormLayout* form = nullptr;
        QWidget* field = nullptr;
        QLabel* message = nullptr;
    };

    void buildConnectionPage(QTabWidget* tabs);
    void buildAuthPage(QTabWidget* tabs);
    void buildTlsPage(QTabWidget* tabs);
    void buildLimitsPage(QTabWidget* tabs);
    QLineEdit* addLine(QFormLayout* form, const QString& label, const QString& key, const QString& text);
    QWidget* withBrowseButton(QLineEdit* edit, bool folder);
    void addRow(QFormLayout* form, const QString& label, QWidget* input, const QString& key, QWidget* shown = nullptr);
    void setRowVisible(const QString& key, bool visible);
    void loadFromEndpoint();
    void updateAuthRows();
    void updateKindRows();
    void updateProxyRows();
    void revalidate();
    void save();
    void finishSave(const Endpoint& endpoint, const QStringList& orphans);
    void setBusy(bool busy, const QString& message = QString());
    void showError(const QString& message);
    void startTest();
    void cancelTest();
    void testFinished(const ConnectionReport& report);
    QString secretText(const QString& key) const;
    void clearSecretFields();

    WorkspaceSession* m_session;
    Endpoint m_original;
    bool m_isNew;
    ConnectionTesterFactory m_testerFactory;

    QHash<QString, FieldRow> m_rows;
    QHash<QString, QLineEdit*> m_secretEdits; ///< "auth.<field>", "tls.clientKeyPassphrase" and "proxy.password"
    QStringList m_authFieldKeys;              ///< every auth field any type uses, "auth.<field>"

    QLineEdit* m_name = nullptr;
    QLineEdit* m_baseUrl = nullptr;
    QLineEdit* m_storeCode = nullptr;
    QComboBox* m_proxyMode = nullptr; ///< system settings, direct, or a proxy server (m_proxyUrl)
    QLineEdit* m_proxyUrl = nullptr;
    QComboBox* m_sqlDriver = nullptr;
    QLineEdit* m_sqlHost = nullptr;
    QSpinBox* m_sqlPort = nullptr;
    QLineEdit* m_sqlDatabase = nullptr;
    QLineEdit* m_sqlOptions = nullptr;
    QLineEdit* m_fileFolder = nullptr;
    QLineEdit* m_filePattern = nullptr;
    QComboBox* m_fileFormat = nullptr;
    QLineEdit* m_fileDelimiter = nullptr;
    QLineEdit* m_fileQuote = nullptr;
    QComboBox* m_fileEncoding = nullptr;
    QCheckBox* m_fileHeader = nullptr;
    QComboBox* m_authType = nullptr;
    QHash<QString, QLineEdit*> m_authPlainEdits;
    QComboBox* m_keyIn = nullptr;
    QComboBox* m_signatureMethod = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLineEdit* m_pinnedSha256 = nullptr;
    QLineEdit* m_clientCert = nullptr;
    QLineEdit* m_clientKey = nullptr;
    QSpinBox* m_timeout = nullptr;
    QDoubleSpinBox* m_rate = nullptr;
    QSpinBox* m_burst = nullptr;
    QSpinBox* m_maxConcurrent = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QTabWidget* m_tabs = nullptr;
    int m_tlsTab = -1;
    int m_limitsTab = -1;

    QLabel* m_status = nullptr;
    QPushButton* m_testButton = nullptr;
    QPushButton* m_cancelTestButton = nullptr;
    QTreeWidget* m_testResults = nullptr;
    QLabel* m_testSummary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_saveButton = nullptr;

    QList<FieldProblem> m_problems;
    QHash<QString, QString> m_warnings;
    QHash<QString, QString> m_infos; ///< resolved values of fields with variables
    bool m_saving = false;
    QPointer<ConnectionTester> m_tester;
};

} // namespace studio::ui
