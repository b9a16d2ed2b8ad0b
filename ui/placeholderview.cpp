#include "ui/placeholderview.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace studio::ui {

PlaceholderView::PlaceholderView(const QString& title, const QString& purpose, QWidget* parent)
    : QWidget(parent)
{
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    auto* notBuilt = new QLabel(tr("This view is not built yet."), this);
    notBuilt->setObjectName(QStringLiteral("notBuilt"));
    notBuilt->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(purpose, this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(520);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(heading);
    layout->addWidget(notBuilt);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace studio::ui
