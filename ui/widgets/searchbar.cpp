#include "ui/widgets/searchbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace studio::ui {

SearchBar::SearchBar(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_case(new QToolButton(this))
    , m_regex(new QToolButton(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_status(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(4);
    m_edit->setPlaceholderText(tr("Find in body"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_case->setText(tr("Aa"));
    m_case->setToolTip(tr("Match case"));
    m_case->setCheckable(true);
    m_regex->setText(tr(".*"));
    m_regex->setToolTip(tr("Regular expression (matches within a line)"));
    m_regex->setCheckable(true);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (Enter)"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close (Escape)"));
    m_close->setAutoRaise(true);
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(QStringLiteral("0,000,000 of 0,000,000+")));
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_case);
    layout->addWidget(m_regex);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_status);
    layout->addWidget(m_close);

    const auto changed = [this] { Q_EMIT queryChanged(query()); };
    connect(m_edit, &QLineEdit::textChanged, this, changed);
    connect(m_case, &QToolButton::toggled, this, changed);
    connect(m_regex, &QToolButton::toggled, this, changed);
    connect(m_previous, &QToolButton::clicked, this, &SearchBar::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &SearchBar::nextRequested);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    setFocusProxy(m_edit);
}

json::SearchQuery SearchBar::query() const
{
    return json::SearchQuery {m_edit->text(), m_case->isChecked(), m_regex->isChecked()};
}

void SearchBar::setQueryText(const QString& text)
{
    m_edit->setText(text);
}

void SearchBar::setCaseSensitive(bool on)
{
    m_case->setChecked(on);
}

void SearchBar::setRegex(bool on)
{
    m_regex->setChecked(on);
}

void SearchBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchBar::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, QColor(0xd0, 0x00, 0x00));
    m_status->setPalette(pal);
    m_edit->setToolTip(error ? text : QString());
}

QString SearchBar::status() const
{
    return m_status->text();
}

bool SearchBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                Q_EMIT previousRequested();
            else
                Q_EMIT nextRequested();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            Q_EMIT closed();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace studio::ui
