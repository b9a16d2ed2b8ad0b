#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <utility>

namespace studio::ui {

/// One value in the user's QSettings, with its key and default in one place, so keys are not spelled out
/// all over the code (after qBittorrent's SettingValue<T>). Reads and writes go straight to QSettings.
template<typename T> class SettingValue final
{
public:
    SettingValue(QString key, T defaultValue = T())
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    { }

    /// The stored value, or the default when nothing (or something of another type) is stored.
    T get() const
    {
        const QVariant value = QSettings().value(m_key);
        if (!value.isValid() || !value.canConvert<T>())
            return m_default;
        return value.value<T>();
    }
    void set(const T& value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }
    const QString& key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

/// Every setting the desktop UI keeps between runs.
namespace settings {
SettingValue<QByteArray> mainWindowGeometry();
SettingValue<QByteArray> mainWindowState();
SettingValue<QByteArray> mainWindowSplitter();
/// Id of the navigator entry shown last ("endpoints", "environments", ...).
SettingValue<QString> currentView();
/// Response bodies larger than this many megabytes are shown raw (View > Pretty view size limit).
SettingValue<int> prettyLimitMegabytes();
/// The range prettyLimitMegabytes() is held to.
constexpr int MinPrettyLimitMegabytes = 1;
constexpr int MaxPrettyLimitMegabytes = 2048;
/// Recently opened workspace folders, most recent first (see RecentWorkspaces).
SettingValue<QStringList> recentWorkspaces();
/// The workspace folder that was open when the studio last closed.
SettingValue<QString> lastWorkspace();
/// The environment last chosen in a workspace, keyed by the workspace id.
SettingValue<QString> activeEnvironment(const QString& workspaceId);
} // namespace settings

/// The "File > Recent workspaces" list: most recent first, at most Max entries, folders that no longer
/// hold a workspace are dropped when the list is read.
class RecentWorkspaces final
{
public:
    static constexpr int Max = 8;

    /// The list with missing folders pruned (the pruned list is stored back).
    static QStringList list();
    /// Moves (or adds) a folder to the top.
    static void add(const QString& folder);
    static void remove(const QString& folder);
    static void clear();
};

} // namespace studio::ui
