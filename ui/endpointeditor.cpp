#include "ui/endpointeditor.h"

#include "core/secrets/secretstore.h"
#include "core/workspace/variables.h"
#include "core/workspace/workspace.h"
#include "ui/dialogs.h"
#include "ui/labels.h"
#include "ui/secretjobs.h"
#include "ui/workspacesession.h"

#include <algorithm>
#include <memory>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace studio::ui {

namespace {

const QString pendingPrefix = QStringLiteral("pending:");
const QString passphraseKey = QStringLiteral("tls.clientKeyPassphrase");
const QString proxyPasswordKey = QStringLiteral("proxy.password");
// Item data of the proxy choice; "server" means the URL field holds the proxy.
const QString proxySystem = QStringLiteral("system");
const QString proxyDirect = QStringLiteral("direct");
const QString proxyServer = QStringLiteral("server");

/// The pending reference a typed, unsaved secret gets: "pending:<field>".
QString pendingField(const QString& key)
{
    if (key == passphraseKey)
        return QStringLiteral("tlsKeyPassphrase");
    if (key == proxyPasswordKey)
        return QStringLiteral("proxyPassword");
    return key.mid(5); // "auth.<field>"
}

QString authKey(const QString& field)
{
    return QStringLiteral("auth.") + field;
}

QList<AuthType> allAuthTypes()
{
    return {AuthType::None, AuthType::Basic, AuthType::Bearer, AuthType::ApiKey, AuthType::OAuth1,
        AuthType::MagentoAdminToken, AuthType::MagentoCustomerToken, AuthType::OAuth2ClientCredentials,
        AuthType::OAuth2RefreshToken};
}

void setComboToData(QComboBox* combo, const QString& data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else if (combo->isEditable())
        combo->setEditText(data);
}

} // namespace

Endpoint EndpointEditor::newEndpoint(EndpointKind kind)
{
    Endpoint endpoint;
    endpoint.kind = kind;
    const QList<AuthType> types = authTypesFor(kind);
    endpoint.auth.type = types.isEmpty() ? AuthType::None : types.first();
    switch (kind) {
    case EndpointKind::Magento:
        endpoint.auth.fields.insert(QStringLiteral("signatureMethod"), QStringLiteral("HMAC-SHA256"));
        break;
    case EndpointKind::Sql:
        endpoint.sql.driver = QStringLiteral("QSQLITE");
        endpoint.auth.type = AuthType::None; // SQLite needs no login; other drivers switch to Basic
        break;
    case EndpointKind::Rest:
    case EndpointKind::GraphQL:
    case EndpointKind::File:
        break;
    }
    return endpoint;
}

EndpointEditor::EndpointEditor(WorkspaceSession* session, const Endpoint& endpoint, bool isNew,
    ConnectionTesterFactory testerFactory, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_original(endpoint)
    , m_isNew(isNew)
    , m_testerFactory(std::move(testerFactory))
{
    setObjectName(QStringLiteral("EndpointEditor"));
    setWindowTitle(isNew ? tr("New %1 endpoint").arg(labels::kindName(endpoint.kind))
                         : tr("Edit endpoint “%1”").arg(endpoint.name));
    setWindowIcon(labels::kindIcon(endpoint.kind));

    // Header: name and kind.
    auto* header = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Magento staging"));
    addRow(header, tr("&Name:"), m_name, QStringLiteral("name"));
    auto* kindLabel = new QLabel(labels::kindName(endpoint.kind), this);
    kindLabel->setToolTip(labels::kindDescription(endpoint.kind));
    header->addRow(tr("Kind:"), kindLabel);

    m_tabs = new QTabWidget(this);
    buildConnectionPage(m_tabs);
    buildAuthPage(m_tabs);
    buildTlsPage(m_tabs);
    buildLimitsPage(m_tabs);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setPlaceholderText(tr("Anything a colleague should know about this system."));
    m_tabs->addTab(m_notes, tr("N&otes"));

    // Connection test.
    m_testButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_testButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_cancelTestButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaStop), tr("Cancel test"), this);
    m_cancelTestButton->setObjectName(QStringLiteral("cancelTest"));
    m_cancelTestButton->setEnabled(false);
    m_testSummary = new QLabel(this);
    m_testSummary->setWordWrap(true);
    m_testSummary->setObjectName(QStringLiteral("testSummary"));
    m_testResults = new QTreeWidget(this);
    m_testResults->setObjectName(QStringLiteral("testResults"));
    m_testResults->setHeaderLabels({tr("Check"), tr("Result"), tr("Details")});
    m_testResults->setRootIsDecorated(false);
    m_testResults->setWordWrap(true);
    m_testResults->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_testResults->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_testResults->setMinimumHeight(90);
    m_testResults->hide();
    if (!m_testerFactory) {
        m_testButton->setEnabled(false);
        m_testButton->setToolTip(tr("Connection tests are not available in this build."));
    }
    connect(m_testButton, &QPushButton::clicked, this, &EndpointEditor::startTest);
    connect(m_cancelTestButton, &QPushButton::clicked, this, &EndpointEditor::cancelTest);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_cancelTestButton);
    testRow->addWidget(m_testSummary, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = m_buttons->button(QDialogButtonBox::Save);
    m_saveButton->setShortcut(QKeySequence::Save);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EndpointEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EndpointEditor::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(testRow);
    layout->addWidget(m_testResults);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    loadFromEndpoint();
    updateKindRows();
    updateAuthRows();
    updateProxyRows();

    // Every edit re-validates; the checks are cheap and local.
    const auto lines = findChildren<QLineEdit*>();
    for (QLineEdit* edit : lines)
        connect(edit, &QLineEdit::textChanged, this, &EndpointEditor::revalidate);
    const auto combos = findChildren<QComboBox*>();
    for (QComboBox* combo : combos)
        connect(combo, &QComboBox::currentTextChanged, this, &EndpointEditor::revalidate);
    const auto spins = findChildren<QSpinBox*>();
    for (QSpinBox* spin : spins)
        connect(spin, &QSpinBox::valueChanged, this, &EndpointEditor::revalidate);
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, &EndpointEditor::revalidate);
    connect(m_authType, &QComboBox::currentIndexChanged, this, &EndpointEditor::updateAuthRows);
    if (m_sqlDriver) {
        connect(m_sqlDriver, &QComboBox::currentIndexChanged, this, [this] {
            // Database servers want a login; offer it rather than leaving "None" selected.
            const QString driver = m_sqlDriver->currentData().toString();
            if ((driver == u"QPSQL" || driver == u"QMYSQL") && m_authType->currentData() == authTypeId(AuthType::None))
                setComboToData(m_authType, authTypeId(AuthType::Basic));
            updateKindRows();
        });
    }
    if (m_fileFormat)
        connect(m_fileFormat, &QComboBox::currentIndexChanged, this, &EndpointEditor::updateKindRows);
    if (m_proxyMode)
        connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &EndpointEditor::updateProxyRows);
    connect(session, &WorkspaceSession::activeEnvironmentChanged, this, &EndpointEditor::revalidate);
    connect(session, &WorkspaceSession::changed, this, &EndpointEditor::revalidate);
    revalidate();
    resize(620, 640);
    m_name->setFocus();
}

EndpointEditor::~EndpointEditor()
{
    clearSecretFields();
    if (m_tester)
        m_tester->cancel();
}

void EndpointEditor::addRow(QFormLayout* form, const QString& label, QWidget* input, const QString& key, QWidget* shown)
{
    if (input->objectName().isEmpty())
        input->setObjectName(key);
    auto* message = new QLabel(this);
    message->setObjectName(key + QStringLiteral(".message"));
    message->setWordWrap(true);
    message->hide();
    auto* cell = new QWidget(this);
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(shown ? shown : input);
    cellLayout->addWidget(message);
    form->addRow(label, cell);
    if (auto* buddy = qobject_cast<QLabel*>(form->labelForField(cell)))
        buddy->setBuddy(input);
    m_rows.insert(key, FieldRow {form, cell, message});
}

void EndpointEditor::setRowVisible(const QString& key, bool visible)
{
    const auto it = m_rows.constFind(key);
    if (it != m_rows.constEnd())
        it->form->setRowVisible(it->field, visible);
}

QLineEdit* EndpointEditor::addLine(QFormLayout* form, const QString& label, const QString& key, const QString& text)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(key);
    edit->setPlaceholderText(text);
    addRow(form, label, edit, key);
    return edit;
}

QWidget* EndpointEditor::withBrowseButton(QLineEdit* edit, bool folder)
{
    auto* box = new QWidget(this);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto* browse = new QToolButton(box);
    browse->setText(tr("Browse…"));
    browse->setIcon(style()->standardIcon(folder ? QStyle::SP_DirOpenIcon : QStyle::SP_FileIcon));
    browse->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(browse);
    connect(browse, &QToolButton::clicked, edit, [this, edit, folder] {
        const QString path = folder ? FileDialog::getExistingDirectory(this, tr("Choose a folder"), edit->text())
                                    : FileDialog::getOpenFileName(this, tr("Choose a file"), edit->text());
        if (!path.isEmpty())
            edit->setText(path);
    });
    return box;
}

void EndpointEditor::buildConnectionPage(QTabWidget* tabs)
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    switch (m_original.kind) {
    case EndpointKind::Magento:
    case EndpointKind::Rest:
    case EndpointKind::GraphQL: {
        m_baseUrl = new QLineEdit(this);
        m_baseUrl->setPlaceholderText(m_original.kind == EndpointKind::GraphQL ? tr("https://api.example.com/graphql")
                                                                               : tr("https://shop.example.com"));
        m_baseUrl->setToolTip(tr("May contain {{variables}} of the active environment, e.g. {{baseUrl}}."));
        addRow(form, tr("Base &URL:"), m_baseUrl, QStringLiteral("baseUrl"));
        if (m_original.kind == EndpointKind::Magento) {
            m_storeCode = new QLineEdit(this);
            m_storeCode->setPlaceholderText(QStringLiteral("default"));
            m_storeCode->setToolTip(tr("Store view code used in /rest/<code>/V1/…: \"default\", \"all\" or a store "
                                       "view code."));
            addRow(form, tr("&Store code:"), m_storeCode, QStringLiteral("storeCode"));
        }
        m_proxyMode = new QComboBox(this);
        m_proxyMode->addItem(tr("System settings"), proxySystem);
        m_proxyMode->addItem(tr("No proxy (direct connection)"), proxyDirect);
        m_proxyMode->addItem(tr("Proxy server"), proxyServer);
        m_proxyMode->setToolTip(tr("How requests reach this system: the operating system's proxy settings "
                                   "(https_proxy and no_proxy on Linux), no proxy at all, or a given proxy server."));
        addRow(form, tr("Pro&xy:"), m_proxyMode, QStringLiteral("proxy.mode"));
        m_proxyUrl = addLine(
            form, tr("Proxy &URL:"), QStringLiteral("proxy.url"), tr("http://proxy.example.com:3128 or socks5://…"));
        m_proxyUrl->setToolTip(tr("http://host:port or socks5://host:port; a user name goes before the host "
                                  "(http://user@host:port). May contain {{variables}}."));
        QLineEdit* proxyPassword = addLine(form, tr("Proxy pass&word:"), proxyPasswordKey, QString());
        proxyPassword->setEchoMode(QLineEdit::Password);
        m_secretEdits.insert(proxyPasswordKey, proxyPassword);
        break;
    }
    case EndpointKind::Sql: {
        m_sqlDriver = new QComboBox(this);
        for (const QString& driver : labels::sqlDrivers()) {
            const bool installed = QSqlDatabase::isDriverAvailable(driver);
            const QString text = installed ? labels::sqlDriverName(driver)
                                           : tr("%1 (driver not installed)").arg(labels::sqlDriverName(driver));
            m_sqlDriver->addItem(text, driver);
            if (!installed)
                m_sqlDriver->setItemData(m_sqlDriver->count() - 1,
                    tr("The Qt SQL driver %1 is not installed on this computer.").arg(driver), Qt::ToolTipRole);
        }
        addRow(form, tr("&Driver:"), m_sqlDriver, QStringLiteral("sql.driver"));
        m_sqlHost = addLine(form, tr("&Host:"), QStringLiteral("sql.host"), tr("db.example.com"));
        m_sqlPort = new QSpinBox(this);
        m_sqlPort->setRange(0, 65535);
        m_sqlPort->setSpecialValueText(tr("Driver default"));
        addRow(form, tr("&Port:"), m_sqlPort, QStringLiteral("sql.port"));
        m_sqlDatabase = new QLineEdit(this);
        m_sqlDatabase->setObjectName(QStringLiteral("sql.database"));
        addRow(form, tr("Data&base:"), m_sqlDatabase, QStringLiteral("sql.database"),
            withBrowseButton(m_sqlDatabase, false));
        m_sqlOptions = addLine(form, tr("&Options:"), QStringLiteral("sql.options"), tr("e.g. connect_timeout=5"));
        m_sqlOptions->setToolTip(tr("Driver connection options, separated by semicolons."));
        break;
    }
    case EndpointKind::File: {
        m_fileFolder = new QLineEdit(this);
        m_fileFolder->setObjectName(QStringLiteral("file.folder"));
        addRow(form, tr("&Folder:"), m_fileFolder, QStringLiteral("file.folder"), withBrowseButton(m_fileFolder, true));
        m_filePattern = addLine(form, tr("File &pattern:"), QStringLiteral("file.pattern"), QStringLiteral("*.csv"));
        m_fileFormat = new QComboBox(this);
        m_fileFormat->addItem(tr("CSV"), QStringLiteral("csv"));
        m_fileFormat->addItem(tr("JSON"), QStringLiteral("json"));
        m_fileFormat->addItem(tr("JSON Lines"), QStringLiteral("jsonl"));
        addRow(form, tr("F&ormat:"), m_fileFormat, QStringLiteral("file.format"));
        m_fileDelimiter = addLine(form, tr("&Delimiter:"), QStringLiteral("file.delimiter"), QStringLiteral(","));
        m_fileDelimiter->setToolTip(tr("One character; \\t for tab."));
        m_fileDelimiter->setMaxLength(2);
        m_fileQuote = addLine(form, tr("&Quote:"), QStringLiteral("file.quote"), QStringLiteral("\""));
        m_fileQuote->setMaxLength(2);
        m_fileEncoding = new QComboBox(this);
        m_fileEncoding->setEditable(true);
        m_fileEncoding->addItems({QStringLiteral("UTF-8"), QStringLiteral("UTF-16"), QStringLiteral("ISO-8859-1"),
            QStringLiteral("Windows-1252")});
        addRow(form, tr("&Encoding:"), m_fileEncoding, QStringLiteral("file.encoding"));
        m_fileHeader = new QCheckBox(tr("First line holds the column names"), this);
        m_fileHeader->setObjectName(QStringLiteral("file.hasHeader"));
        addRow(form, tr("&Header:"), m_fileHeader, QStringLiteral("file.hasHeader"));
        connect(m_fileHeader, &QCheckBox::toggled, this, &EndpointEditor::revalidate);
        break;
    }
    }
    tabs->addTab(page, tr("&Connection"));
}

void EndpointEditor::buildAuthPage(QTabWidget* tabs)
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_authType = new QComboBox(this);
    QList<AuthType> offered = authTypesFor(m_original.kind);
    // A file may name a type this kind does not offer: show it, so validation can say so instead of the
    // editor silently switching to another type.
    if (!offered.contains(m_original.auth.type))
        offered.append(m_original.auth.type);
    for (AuthType type : std::as_const(offered))
        m_authType->addItem(labels::authTypeName(type), authTypeId(type));
    addRow(form, tr("&Authentication:"), m_authType, QStringLiteral("auth.type"));

    // One row per field any auth type uses; rows of other types are hidden. Fields shared by several types
    // (user name, password) keep what was typed when the type changes.
    QStringList plain;
    QStringList secret;
    for (AuthType type : allAuthTypes()) {
        const AuthFields fields = authFieldsOf(type);
        for (const QString& field : fields.plain) {
            if (!plain.contains(field))
                plain.append(field);
        }
        for (const QString& field : fields.secret) {
            if (!secret.contains(field))
                secret.append(field);
        }
    }
    for (const QString& field : plain) {
        const QString key = authKey(field);
        const QString label = authFieldDisplayName(field) + u':';
        if (field == u"keyIn") {
            m_keyIn = new QComboBox(this);
            m_keyIn->addItem(tr("HTTP header"), QStringLiteral("header"));
            m_keyIn->addItem(tr("Query parameter"), QStringLiteral("query"));
            addRow(form, label, m_keyIn, key);
        } else if (field == u"signatureMethod") {
            m_signatureMethod = new QComboBox(this);
            m_signatureMethod->addItem(QStringLiteral("HMAC-SHA256"), QStringLiteral("HMAC-SHA256"));
            m_signatureMethod->addItem(QStringLiteral("HMAC-SHA1"), QStringLiteral("HMAC-SHA1"));
            addRow(form, label, m_signatureMethod, key);
        } else {
            m_authPlainEdits.insert(field, addLine(form, label, key, QString()));
        }
        m_authFieldKeys.append(key);
    }
    for (const QString& field : secret) {
        const QString key = authKey(field);
        QLineEdit* edit = addLine(form, authFieldDisplayName(field) + u':', key, QString());
        edit->setEchoMode(QLineEdit::Password);
        m_secretEdits.insert(key, edit);
        m_authFieldKeys.append(key);
    }
    auto* note = new QLabel(tr("Secrets are stored in the keychain (or the encrypted vault), never in the "
                               "workspace files."),
        this);
    note->setWordWrap(true);
    note->setEnabled(false);
    form->addRow(note);
    tabs->addTab(page, tr("A&uthentication"));
}

void EndpointEditor::buildTlsPage(QTabWidget* tabs)
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_caFile = new QLineEdit(this);
    m_caFile->setPlaceholderText(tr("PEM file with extra CA certificates"));
    addRow(form, tr("Extra &CA file:"), m_caFile, QStringLiteral("tls.caFile"), withBrowseButton(m_caFile, false));
    m_pinnedSha256 = addLine(form, tr("&Pinned SHA-256:"), QStringLiteral("tls.pinnedSha256"), tr("AB:CD:…"));
    m_pinnedSha256->setToolTip(tr("Fingerprint of the server certificate. A pinned certificate is accepted even if "
                                  "self-signed."));
    m_clientCert = new QLineEdit(this);
    addRow(form, tr("Client c&ertificate:"), m_clientCert, QStringLiteral("tls.clientCertFile"),
        withBrowseButton(m_clientCert, false));
    m_clientKey = new QLineEdit(this);
    addRow(form, tr("Client &key:"), m_clientKey, QStringLiteral("tls.clientKeyFile"),
        withBrowseButton(m_clientKey, false));
    QLineEdit* passphrase = addLine(form, tr("Key pass&phrase:"), passphraseKey, QString());
    passphrase->setEchoMode(QLineEdit::Password);
    m_secretEdits.insert(passphraseKey, passphrase);
    m_tlsTab = tabs->addTab(page, tr("T&LS"));
}

void EndpointEditor::buildLimitsPage(QTabWidget* tabs)
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(1, 3600 * 1000);
    m_timeout->setSingleStep(1000);
    m_timeout->setSuffix(tr(" ms"));
    addRow(form, tr("&Timeout:"), m_timeout, QStringLiteral("timeoutMs"));
    m_rate = new QDoubleSpinBox(this);
    m_rate->setRange(0, 100000);
    m_rate->setDecimals(1);
    m_rate->setSpecialValueText(tr("Unlimited"));
    m_rate->setSuffix(tr(" requests/s"));
    addRow(form, tr("&Rate limit:"), m_rate, QStringLiteral("rateLimit.requestsPerSecond"));
    m_burst = new QSpinBox(this);
    m_burst->setRange(0, 100000);
    m_burst->setSpecialValueText(tr("Same as rate"));
    addRow(form, tr("&Burst:"), m_burst, QStringLiteral("rateLimit.burst"));
    m_maxConcurrent = new QSpinBox(this);
    m_maxConcurrent->setRange(1, 256);
    addRow(form, tr("&Max concurrent requests:"), m_maxConcurrent, QStringLiteral("maxConcurrent"));
    m_limitsTab = tabs->addTab(page, tr("Li&mits"));
}

void EndpointEditor::loadFromEndpoint()
{
    const Endpoint& e = m_original;
    m_name->setText(e.name);
    if (m_baseUrl)
        m_baseUrl->setText(e.baseUrl);
    if (m_storeCode)
        m_storeCode->setText(e.storeCode);
    if (m_proxyMode) {
        const QString proxy = e.proxyUrl.trimmed();
        if (proxy.isEmpty() || proxy.compare(proxySystem, Qt::CaseInsensitive) == 0) {
            setComboToData(m_proxyMode, proxySystem);
        } else if (proxy.compare(proxyDirect, Qt::CaseInsensitive) == 0
            || proxy.compare(u"none", Qt::CaseInsensitive) == 0) {
            setComboToData(m_proxyMode, proxyDirect);
        } else {
            setComboToData(m_proxyMode, proxyServer);
            m_proxyUrl->setText(e.proxyUrl);
        }
        if (!e.proxyPasswordRef.isEmpty())
            m_secretEdits.value(proxyPasswordKey)->setPlaceholderText(tr("Stored — leave empty to keep"));
    }
    if (m_sqlDriver) {
        setComboToData(m_sqlDriver, e.sql.driver);
        m_sqlHost->setText(e.sql.host);
        m_sqlPort->setValue(e.sql.port);
        m_sqlDatabase->setText(e.sql.database);
        m_sqlOptions->setText(e.sql.options);
    }
    if (m_fileFolder) {
        m_fileFolder->setText(e.file.folder);
        m_filePattern->setText(e.file.pattern);
        setComboToData(m_fileFormat, e.file.format);
        m_fileDelimiter->setText(e.file.delimiter);
        m_fileQuote->setText(e.file.quote);
        const int encoding = m_fileEncoding->findText(e.file.encoding, Qt::MatchFixedString);
        if (encoding >= 0)
            m_fileEncoding->setCurrentIndex(encoding);
        else
            m_fileEncoding->setEditText(e.file.encoding);
        m_fileHeader->setChecked(e.file.hasHeader);
    }
    setComboToData(m_authType, authTypeId(e.auth.type));
    for (auto it = m_authPlainEdits.cbegin(); it != m_authPlainEdits.cend(); ++it)
        it.value()->setText(e.auth.fields.value(it.key()));
    if (m_keyIn)
        setComboToData(m_keyIn, e.auth.fields.value(QStringLiteral("keyIn"), QStringLiteral("header")));
    if (m_signatureMethod)
        setComboToData(
            m_signatureMethod, e.auth.fields.value(QStringLiteral("signatureMethod"), QStringLiteral("HMAC-SHA256")));
    const QString kept = tr("Stored — leave empty to keep");
    for (auto it = e.auth.secretRefs.cbegin(); it != e.auth.secretRefs.cend(); ++it) {
        if (QLineEdit* edit = m_secretEdits.value(authKey(it.key())); edit && !it.value().isEmpty())
            edit->setPlaceholderText(kept);
    }
    if (!e.tls.clientKeyPassphraseRef.isEmpty())
        m_secretEdits.value(passphraseKey)->setPlaceholderText(kept);
    m_caFile->setText(e.tls.caFile);
    m_pinnedSha256->setText(e.tls.pinnedSha256);
    m_clientCert->setText(e.tls.clientCertFile);
    m_clientKey->setText(e.tls.clientKeyFile);
    m_timeout->setValue(e.timeoutMs);
    m_rate->setValue(e.rateLimit.requestsPerSecond);
    m_burst->setValue(e.rateLimit.burst);
    m_maxConcurrent->setValue(e.maxConcurrent);
    m_notes->setPlainText(e.notes);
}

void EndpointEditor::updateKindRows()
{
    const bool http = m_original.isHttp();
    m_tabs->setTabVisible(m_tlsTab, http);
    m_tabs->setTabVisible(m_limitsTab, http);
    if (m_sqlDriver) {
        const QString driver = m_sqlDriver->currentData().toString();
        const bool server = driver == u"QPSQL" || driver == u"QMYSQL";
        setRowVisible(QStringLiteral("sql.host"), server);
        setRowVisible(QStringLiteral("sql.port"), server);
        m_sqlDatabase->setPlaceholderText(driver == u"QSQLITE" ? tr("Path of the SQLite file")
                : driver == u"QODBC"                           ? tr("DSN or ODBC connection string")
                                                               : tr("Database name"));
        // The file picker only makes sense for SQLite.
        if (auto* box = m_sqlDatabase->parentWidget(); box && box != this) {
            const auto buttons = box->findChildren<QToolButton*>();
            for (QToolButton* button : buttons)
                button->setVisible(driver == u"QSQLITE");
        }
    }
    if (m_fileFormat) {
        const bool csv = m_fileFormat->currentData().toString() == u"csv";
        setRowVisible(QStringLiteral("file.delimiter"), csv);
        setRowVisible(QStringLiteral("file.quote"), csv);
        setRowVisible(QStringLiteral("file.hasHeader"), csv);
    }
    revalidate();
}

void EndpointEditor::updateProxyRows()
{
    if (!m_proxyMode)
        return;
    const bool server = m_proxyMode->currentData().toString() == proxyServer;
    setRowVisible(QStringLiteral("proxy.url"), server);
    setRowVisible(proxyPasswordKey, server);
    revalidate();
}

void EndpointEditor::updateAuthRows()
{
    const AuthType type = authTypeFromId(m_authType->currentData().toString()).value_or(AuthType::None);
    const AuthFields fields = authFieldsOf(type);
    for (const QString& key : std::as_const(m_authFieldKeys)) {
        const QString field = key.mid(5);
        setRowVisible(key, fields.plain.contains(field) || fields.secret.contains(field));
    }
    // Customers sign in with their email address.
    if (auto* label
        = qobject_cast<QLabel*>(m_rows.value(authKey(QStringLiteral("username")))
                                    .form->labelForField(m_rows.value(authKey(QStringLiteral("username"))).field)))
        label->setText(type == AuthType::MagentoCustomerToken
                ? tr("Email:")
                : authFieldDisplayName(QStringLiteral("username")) + u':');
    revalidate();
}

QString EndpointEditor::secretText(const QString& key) const
{
    const QLineEdit* edit = m_secretEdits.value(key);
    return edit ? edit->text() : QString();
}

Endpoint EndpointEditor::currentEndpoint() const
{
    Endpoint e = m_original;
    e.name = m_name->text().trimmed();
    if (m_baseUrl)
        e.baseUrl = m_baseUrl->text().trimmed();
    if (m_storeCode)
        e.storeCode = m_storeCode->text().trimmed();
    if (m_sqlDriver) {
        e.sql.driver = m_sqlDriver->currentData().toString();
        const bool server = e.sql.driver == u"QPSQL" || e.sql.driver == u"QMYSQL";
        e.sql.host = server ? m_sqlHost->text().trimmed() : QString();
        e.sql.port = server ? m_sqlPort->value() : 0;
        e.sql.database = m_sqlDatabase->text().trimmed();
        e.sql.options = m_sqlOptions->text().trimmed();
    }
    if (m_fileFolder) {
        e.file.folder = m_fileFolder->text().trimmed();
        e.file.pattern = m_filePattern->text().trimmed();
        e.file.format = m_fileFormat->currentData().toString();
        e.file.delimiter = m_fileDelimiter->text();
        e.file.quote = m_fileQuote->text();
        e.file.encoding = m_fileEncoding->currentText().trimmed();
        e.file.hasHeader = m_fileHeader->isChecked();
    }

    const AuthType type = authTypeFromId(m_authType->currentData().toString()).value_or(AuthType::None);
    const AuthFields fields = authFieldsOf(type);
    e.auth.type = type;
    e.auth.fields.clear();
    e.auth.secretRefs.clear();
    for (const QString& field : fields.plain) {
        QString value;
        if (field == u"keyIn" && m_keyIn)
            value = m_keyIn->currentData().toString();
        else if (field == u"signatureMethod" && m_signatureMethod)
            value = m_signatureMethod->currentData().toString();
        else if (const QLineEdit* edit = m_authPlainEdits.value(field))
            value = edit->text().trimmed();
        if (!value.isEmpty())
            e.auth.fields.insert(field, value);
    }
    for (const QString& field : fields.secret) {
        if (!secretText(authKey(field)).isEmpty())
            e.auth.secretRefs.insert(field, pendingPrefix + field);
        else if (const QString ref = m_original.auth.secretRefs.value(field); !ref.isEmpty())
            e.auth.secretRefs.insert(field, ref);
    }

    if (e.isHttp()) {
        e.tls.caFile = m_caFile->text().trimmed();
        e.tls.pinnedSha256 = m_pinnedSha256->text().trimmed();
        e.tls.clientCertFile = m_clientCert->text().trimmed();
        e.tls.clientKeyFile = m_clientKey->text().trimmed();
        if (e.tls.clientKeyFile.isEmpty())
            e.tls.clientKeyPassphraseRef.clear();
        else if (!secretText(passphraseKey).isEmpty())
            e.tls.clientKeyPassphraseRef = pendingPrefix + QStringLiteral("tlsKeyPassphrase");
        const QString proxyMode = m_proxyMode ? m_proxyMode->currentData().toString() : proxySystem;
        e.proxyUrl = proxyMode == proxyDirect ? proxyDirect
            : proxyMode == proxyServer        ? m_proxyUrl->text().trimmed()
                                              : QString();
        if (proxyMode != proxyServer)
            e.proxyPasswordRef.clear();
        else if (!secretText(proxyPasswordKey).isEmpty())
            e.proxyPasswordRef = pendingPrefix + pendingField(proxyPasswordKey);
        e.timeoutMs = m_timeout->value();
        e.rateLimit.requestsPerSecond = m_rate->value();
        e.rateLimit.burst = m_burst->value();
        e.maxConcurrent = m_maxConcurrent->value();
    } else {
        e.tls = TlsSettings();
        e.proxyUrl.clear();
        e.proxyPasswordRef.clear();
    }
    e.notes = m_notes->toPlainText();
    return e;
}

void EndpointEditor::revalidate()
{
    if (!m_maxConcurrent || !m_notes)
        return; // still building the form
    const Endpoint endpoint = currentEndpoint();
    m_problems = validateEndpoint(endpoint);
    // "Proxy server" with an empty URL would silently mean the system's settings.
    if (m_proxyMode && m_proxyMode->currentData().toString() == proxyServer && endpoint.proxyUrl.isEmpty())
        m_problems.append({QStringLiteral("proxy.url"),
            tr("Enter the proxy server, e.g. http://proxy.example.com:3128, or choose another proxy setting.")});

    // Variables the active environment does not define: a warning, since the endpoint may be used with
    // another environment that does define them.
    m_warnings.clear();
    m_infos.clear();
    const Environment* environment = m_session->activeEnvironment();
    const auto checkVariables = [&](const QString& key, const QString& text) {
        QStringList unknown;
        for (const QString& name : VariableResolver::variablesIn(text)) {
            if (!environment
                || (!environment->variables.contains(name) && !environment->secretVariables.contains(name)))
                unknown.append(QStringLiteral("{{") + name + QStringLiteral("}}"));
        }
        if (unknown.isEmpty()) {
            // Show what the field becomes, unless a secret variable is involved (its value stays hidden).
            const QStringList names = VariableResolver::variablesIn(text);
            const bool usesSecret = std::any_of(names.cbegin(), names.cend(),
                [&](const QString& name) { return environment && environment->secretVariables.contains(name); });
            if (!names.isEmpty() && environment && !usesSecret) {
                const Result<QString> resolved = VariableResolver::forEnvironment(*environment).resolve(text);
                if (resolved.ok())
                    m_infos.insert(key, tr("In “%1”: %2").arg(environment->name, resolved.value()));
            }
            return;
        }
        m_warnings.insert(key,
            environment ? tr("Not defined in environment “%1”: %2").arg(environment->name, unknown.join(u", "))
                        : tr("No environment is active to resolve %1.").arg(unknown.join(u", ")));
    };
    const auto lines = findChildren<QLineEdit*>();
    for (const QLineEdit* edit : lines) {
        if (edit->echoMode() == QLineEdit::Normal && m_rows.contains(edit->objectName()) && edit->isVisibleTo(this))
            checkVariables(edit->objectName(), edit->text());
    }
    if (m_fileEncoding)
        checkVariables(QStringLiteral("file.encoding"), m_fileEncoding->currentText());
    if (m_sqlDriver && !QSqlDatabase::isDriverAvailable(endpoint.sql.driver))
        m_warnings.insert(QStringLiteral("sql.driver"),
            tr("The Qt SQL driver %1 is not installed here; the endpoint can be saved, but not used on this "
               "computer.")
                .arg(endpoint.sql.driver));

    QHash<QString, QString> errors;
    QStringList unplaced;
    for (const FieldProblem& problem : std::as_const(m_problems)) {
        if (m_rows.contains(problem.field))
            errors[problem.field]
                += (errors.contains(problem.field) ? QStringLiteral("\n") : QString()) + problem.message;
        else
            unplaced.append(problem.message);
    }
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        QLabel* label = it->message;
        if (errors.contains(it.key())) {
            label->setText(errors.value(it.key()));
            label->setStyleSheet(QStringLiteral("color: #b3261e;"));
            label->show();
        } else if (m_warnings.contains(it.key())) {
            label->setText(m_warnings.value(it.key()));
            label->setStyleSheet(QStringLiteral("color: #8a5a00;"));
            label->show();
        } else if (m_infos.contains(it.key())) {
            label->setText(m_infos.value(it.key()));
            label->setStyleSheet(QStringLiteral("color: palette(mid);"));
            label->show();
        } else {
            label->clear();
            label->hide();
        }
    }
    if (!m_saving) {
        if (m_problems.isEmpty())
            m_status->setText(m_warnings.isEmpty() ? QString() : tr("Check the highlighted variables."));
        else
            m_status->setText(tr("%n problem(s) to fix before saving.", nullptr, int(m_problems.size()))
                + (unplaced.isEmpty() ? QString() : u' ' + unplaced.join(u' ')));
        m_status->setStyleSheet(m_problems.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
    }
    m_saveButton->setEnabled(canSave());
    m_testButton->setEnabled(m_testerFactory && m_problems.isEmpty() && !m_tester);
}

QString EndpointEditor::messageFor(const QString& field) const
{
    const auto it = m_rows.constFind(field);
    return it == m_rows.constEnd() || it->message->isHidden() ? QString() : it->message->text();
}

bool EndpointEditor::canSave() const
{
    return m_problems.isEmpty() && !m_saving && m_session->isOpen();
}

void EndpointEditor::setBusy(bool busy, const QString& message)
{
    m_saving = busy;
    m_tabs->setEnabled(!busy);
    m_name->setEnabled(!busy);
    m_status->setStyleSheet(QString());
    m_status->setText(message);
    m_saveButton->setEnabled(canSave());
}

void EndpointEditor::showError(const QString& message)
{
    setBusy(false);
    m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_status->setText(message);
}

void EndpointEditor::save()
{
    revalidate();
    if (!canSave())
        return;
    const Workspace* workspace = m_session->workspace();
    Endpoint endpoint = currentEndpoint();
    QList<SecretWrite> writes;
    const auto prepare = [&](const QString& key, const QString& existing) -> QString {
        QString text = secretText(key);
        if (text.isEmpty())
            return existing;
        // Replace the value under the existing reference, so a failed file save cannot orphan it.
        const QString ref = existing.isEmpty() ? newSecretRef(workspace->id()) : existing;
        writes.append(SecretWrite {ref, SecureBytes::fromUtf8(text)});
        wipe(text);
        return ref;
    };
    for (auto it = endpoint.auth.secretRefs.begin(); it != endpoint.auth.secretRefs.end(); ++it)
        it.value() = prepare(authKey(it.key()), m_original.auth.secretRefs.value(it.key()));
    if (!endpoint.tls.clientKeyPassphraseRef.isEmpty())
        endpoint.tls.clientKeyPassphraseRef = prepare(passphraseKey, m_original.tls.clientKeyPassphraseRef);
    if (!endpoint.proxyPasswordRef.isEmpty())
        endpoint.proxyPasswordRef = prepare(proxyPasswordKey, m_original.proxyPasswordRef);

    QStringList orphans;
    const QStringList now = endpoint.secretRefs();
    for (const QString& ref : m_original.secretRefs()) {
        if (!now.contains(ref))
            orphans.append(ref);
    }
    if (!writes.isEmpty() && !m_session->secretStore()) {
        showError(tr("Cannot save the secrets: no keychain is reachable and no encrypted vault is unlocked. "
                     "Choose where to keep secrets in the main window first."));
        return;
    }
    setBusy(true,
        writes.isEmpty() ? tr("Saving…") : tr("Saving secrets to %1…").arg(m_session->secretStore()->backendName()));
    writeSecrets(m_session->secretStore(), std::move(writes), this, [this, endpoint, orphans](Status status) {
        if (!status.ok()) {
            showError(tr("The secrets could not be stored: %1").arg(status.error().toString()));
            return;
        }
        finishSave(endpoint, orphans);
    });
}

void EndpointEditor::finishSave(const Endpoint& endpoint, const QStringList& orphans)
{
    auto savedId = std::make_shared<QString>();
    const bool isNew = m_isNew;
    m_session->modify(
        [endpoint, isNew, savedId](Workspace& workspace) {
            Endpoint copy = endpoint;
            if (isNew)
                copy.id = workspace.uniqueEndpointId(copy.name);
            *savedId = copy.id;
            return workspace.saveEndpoint(copy);
        },
        this,
        [this, savedId, orphans, endpoint](Status status) {
            if (!status.ok()) {
                showError(tr("The endpoint could not be saved: %1").arg(status.error().toString()));
                return;
            }
            m_isNew = false;
            m_original = endpoint;
            m_original.id = *savedId;
            clearSecretFields();
            if (!orphans.isEmpty() && m_session->secretStore())
                removeSecrets(m_session->secretStore(), orphans, m_session, [](Status) {});
            setBusy(false);
            Q_EMIT saved(*savedId);
            accept();
        });
}

void EndpointEditor::clearSecretFields()
{
    for (QLineEdit* edit : std::as_const(m_secretEdits)) {
        QString text = edit->text();
        wipe(text);
        edit->clear();
    }
}

void EndpointEditor::startTest()
{
    if (!m_testerFactory || m_tester)
        return;
    const Endpoint endpoint = currentEndpoint();
    auto* secrets = new PendingSecretStore(m_session->secretStore(), this);
    for (auto it = m_secretEdits.cbegin(); it != m_secretEdits.cend(); ++it) {
        QString text = it.value()->text();
        if (text.isEmpty())
            continue;
        secrets->setPending(pendingPrefix + pendingField(it.key()), SecureBytes::fromUtf8(text));
        wipe(text);
    }
    m_tester = m_testerFactory(secrets, this);
    if (!m_tester) {
        delete secrets;
        return;
    }
    // The typed secrets live exactly as long as the test that uses them.
    secrets->setParent(m_tester);
    m_testResults->clear();
    m_testResults->show();
    m_testSummary->setText(tr("Testing…"));
    m_cancelTestButton->setEnabled(true);
    m_testButton->setEnabled(false);
    connect(m_tester, &ConnectionTester::checkFinished, this, [this](const ConnectionCheck& check) {
        auto* item = new QTreeWidgetItem(m_testResults);
        item->setText(0, check.name);
        QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
        QString state = tr("Passed");
        if (check.state == ConnectionCheck::State::Failed) {
            icon = QStyle::SP_MessageBoxCritical;
            state = tr("Failed");
        } else if (check.state == ConnectionCheck::State::Skipped) {
            icon = QStyle::SP_MessageBoxInformation;
            state = tr("Skipped");
        }
        item->setIcon(1, style()->standardIcon(icon));
        item->setText(1, state);
        item->setText(2, check.detail);
        item->setToolTip(2, check.detail);
    });
    connect(m_tester, &ConnectionTester::finished, this, &EndpointEditor::testFinished);
    const Environment* environment = m_session->activeEnvironment();
    m_tester->start(endpoint, environment ? *environment : Environment());
}

void EndpointEditor::cancelTest()
{
    if (!m_tester)
        return;
    m_tester->cancel();
    ConnectionReport report;
    report.summary = tr("Test cancelled.");
    testFinished(report);
}

void EndpointEditor::testFinished(const ConnectionReport& report)
{
    if (m_tester) {
        m_tester->disconnect(this);
        m_tester->deleteLater();
        m_tester = nullptr;
    }
    m_testSummary->setText(report.summary);
    m_testSummary->setStyleSheet(report.ok ? QStringLiteral("color: #1b6e20;") : QStringLiteral("color: #b3261e;"));
    m_cancelTestButton->setEnabled(false);
    revalidate();
    Q_EMIT connectionTestFinished(report);
}

} // namespace studio::ui
