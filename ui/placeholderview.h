#pragma once

#include <QWidget>

namespace studio::ui {

/// A view whose feature is not built yet. It says so in plain words and shows no sample data, so nobody
/// mistakes it for a working feature.
class PlaceholderView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderView)

public:
    /// `purpose`: one or two sentences on what the view will do once built.
    PlaceholderView(const QString& title, const QString& purpose, QWidget* parent = nullptr);
};

} // namespace studio::ui
