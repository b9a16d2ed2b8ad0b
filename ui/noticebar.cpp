#include "ui/noticebar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace studio::ui {

NoticeBar::NoticeBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_details(new QListWidget(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Hide this message"));
    m_details->setVisible(false);
    m_details->setMaximumHeight(110);
    m_details->setSelectionMode(QAbstractItemView::ExtendedSelection);

    auto* top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_text, 1);
    top->addLayout(m_buttons);
    top->addWidget(m_close, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(top);
    layout->addWidget(m_details);

    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    hide();
}

void NoticeBar::showMessage(Level level, const QString& text)
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor background(0xdd, 0xea, 0xf7);
    if (level == Level::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        background = QColor(0xfc, 0xf0, 0xcf);
    } else if (level == Level::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        background = QColor(0xf7, 0xd9, 0xd9);
    }
    QPalette pal = palette();
    pal.setColor(QPalette::Window, background);
    pal.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(pal);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_text->setText(text);
    while (QLayoutItem* item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    setDetails({});
    show();
}

void NoticeBar::addActionButton(QAction* action)
{
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_buttons->addWidget(button, 0, Qt::AlignTop);
}

void NoticeBar::setDetails(const QStringList& lines)
{
    m_details->clear();
    m_details->addItems(lines);
    m_details->setVisible(!lines.isEmpty());
}

QString NoticeBar::text() const
{
    return m_text->text();
}

QStringList NoticeBar::details() const
{
    QStringList lines;
    for (int i = 0; i < m_details->count(); ++i)
        lines.append(m_details->item(i)->text());
    return lines;
}

void NoticeBar::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

} // namespace studio::ui
