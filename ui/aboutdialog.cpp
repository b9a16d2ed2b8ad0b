#include "ui/aboutdialog.h"

#include "core/common/buildinfo.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace studio::ui {

QStringList AboutDialog::libraryLines()
{
    QStringList lines;
    for (const buildinfo::Library& library : buildinfo::libraries())
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
        tr("Built with Qt %1, running on Qt %2.").arg(buildinfo::qtBuildVersion(), QString::fromLatin1(qVersion())),
        this);

    auto* table = new QTreeWidget(this);
    table->setObjectName(QStringLiteral("libraries"));
    table->setHeaderLabels({tr("Library"), tr("Version"), tr("Licence"), tr("Used for")});
    table->setRootIsDecorated(false);
    for (const buildinfo::Library& library : buildinfo::libraries())
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
