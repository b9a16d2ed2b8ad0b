#include "ui/settings.h"

#include <QDir>
#include <QFileInfo>

namespace studio::ui {

namespace settings {

SettingValue<QByteArray> mainWindowGeometry()
{
    return {QStringLiteral("MainWindow/geometry")};
}

SettingValue<QByteArray> mainWindowState()
{
    return {QStringLiteral("MainWindow/state")};
}

SettingValue<QByteArray> mainWindowSplitter()
{
    return {QStringLiteral("MainWindow/splitter")};
}

SettingValue<int> prettyLimitMegabytes()
{
    return {QStringLiteral("Viewer/prettyLimitMB"), 64};
}

SettingValue<QString> currentView()
{
    return {QStringLiteral("MainWindow/currentView"), QStringLiteral("endpoints")};
}

SettingValue<QStringList> recentWorkspaces()
{
    return {QStringLiteral("Workspaces/recent")};
}

SettingValue<QString> lastWorkspace()
{
    return {QStringLiteral("Workspaces/last")};
}

SettingValue<QString> activeEnvironment(const QString& workspaceId)
{
    // Workspace ids are generated slugs/UUIDs; keep the key to characters QSettings stores verbatim.
    QString safe = workspaceId;
    for (QChar& c : safe) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    }
    return {QStringLiteral("ActiveEnvironment/") + safe};
}

} // namespace settings

namespace {

QString normalized(const QString& folder)
{
    return QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
}

bool holdsWorkspace(const QString& folder)
{
    return QFileInfo(QDir(folder).filePath(QStringLiteral("workspace.json"))).isFile();
}

} // namespace

QStringList RecentWorkspaces::list()
{
    const QStringList stored = settings::recentWorkspaces().get();
    QStringList kept;
    for (const QString& folder : stored) {
        if (!folder.isEmpty() && holdsWorkspace(folder) && !kept.contains(folder) && kept.size() < Max)
            kept.append(folder);
    }
    if (kept != stored)
        settings::recentWorkspaces().set(kept);
    return kept;
}

void RecentWorkspaces::add(const QString& folder)
{
    const QString path = normalized(folder);
    QStringList list = settings::recentWorkspaces().get();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > Max)
        list.removeLast();
    settings::recentWorkspaces().set(list);
}

void RecentWorkspaces::remove(const QString& folder)
{
    QStringList list = settings::recentWorkspaces().get();
    list.removeAll(normalized(folder));
    settings::recentWorkspaces().set(list);
}

void RecentWorkspaces::clear()
{
    settings::recentWorkspaces().reset();
}

} // namespace studio::ui
