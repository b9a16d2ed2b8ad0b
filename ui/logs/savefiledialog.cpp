#include "ui/logs/savefiledialog.h"

#include <QFileDialog>
#include <utility>

namespace studio::ui {

std::optional<QString> SaveFileDialog::s_nextPath;

QString SaveFileDialog::getSaveFileName(
    QWidget* parent, const QString& caption, const QString& path, const QString& filter)
{
    if (s_nextPath) {
        QString next = std::move(*s_nextPath);
        s_nextPath.reset();
        return next;
    }
    return QFileDialog::getSaveFileName(parent, caption, path, filter);
}

void SaveFileDialog::setNextPath(const QString& path)
{
    s_nextPath = path;
}

} // namespace studio::ui
