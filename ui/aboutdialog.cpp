#include "ui/aboutdialog.h"

#include <openssl/crypto.h>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <sqlite3.h>

namespace studio::ui {

namespace {

struct Library
{
    QString name;
    QString version;
    QString licence;
    QString use;
};

QList<Library> libraries()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), AboutDialog::tr("LGPL-3.0-only (or GPL)"),
            AboutDialog::tr("widgets, networking, SQL, HTTP server")},
        {QStringLiteral("QtKeychain"), QStringLiteral(STUDIO_QTKEYCHAIN_VERSION), AboutDialog::tr("BSD-3-Clause"),
            AboutDialog::tr("operating system keychains")},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)),
            AboutDialog::tr("Apache-2.0"), AboutDialog::tr("TLS, encrypted vault")},
        {QStringLiteral("yaml-cpp"), QStringLiteral(STUDIO_YAMLCPP_VERSION), AboutDialog::tr("MIT"),
            AboutDialog::tr("OpenAPI files in YAML")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()), AboutDialog::tr("Public domain"),
            AboutDialog::tr("request log, run store")},
    };
}

} // namespace

QStringList AboutDialog::libraryLines()
{
    QStringList lines;
    for (const Library& library : libraries())
        lines.append(tr("%1 %2 — %3").arg(library.name, library.version, library.licence));
    return lines;
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Integration Studio"));
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_ComputerIcon).pixmap(48, 48));
    auto* title = new QLabel(tr("<h2>Integration Studio %1</h2>").arg(QApplication::applicationVersion()), this);
    auto* text = new QLabel(tr("A native workbench for Magento 2 / Adobe Commerce integrations: endpoints, "
                               "requests, mappings and sync jobs, with secrets kept in the keychain."),
        this);
    text->setWordWrap(true);
    auto* built = new QLabel(
        tr("Built with Qt %1, running on Qt %2.").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
        this);

    auto* table = new QTreeWidget(this);
    table->setObjectName(QStringLiteral("libraries"));
    table->setHeaderLabels({tr("Library"), tr("Version"), tr("Licence"), tr("Used for")});
    table->setRootIsDecorated(false);
    for (const Library& library : libraries())
        new QTreeWidgetItem(table, {library.name, library.version, library.licence, library.use});
    for (int column = 0; column < 3; ++column)
        table->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    auto* headerText = new QVBoxLayout;
    headerText->addWidget(title);
    headerText->addWidget(text);
    headerText->addWidget(built);
    header->addLayout(headerText, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(new QLabel(tr("Libraries and their licences:"), this));
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(620, 380);
}

} // namespace studio::ui
