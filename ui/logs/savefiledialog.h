#pragma once

#include <optional>
#include <QString>

class QWidget;

namespace studio::ui {

/// Asks where to save a file. Tests provide the next answer with setNextPath() (empty = cancelled), like the
/// pickers in ui/dialogs.h, so no modal dialog blocks an offscreen test.
class SaveFileDialog final
{
public:
    /// The chosen path, or an empty string when the user cancelled.
    static QString getSaveFileName(
        QWidget* parent, const QString& caption, const QString& path = QString(), const QString& filter = QString());
    static void setNextPath(const QString& path);

private:
    static std::optional<QString> s_nextPath;
};

} // namespace studio::ui
