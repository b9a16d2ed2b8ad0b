#pragma once

#include <QDialog>

namespace studio::ui {

/// Help > About: the studio's version and the versions and licences of the libraries it is built on.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// One line per library: name, version in use, licence. Also shown by the dialog.
    static QStringList libraryLines();
};

} // namespace studio::ui
