#include "ui/mainwindow.h"

namespace studio::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Integration Studio"));
}

MainWindow::~MainWindow() = default;

} // namespace studio::ui
