#pragma once

#include <QMainWindow>

namespace studio::ui {

/// The studio's main window: navigator on the left, the selected view on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;
};

} // namespace studio::ui
