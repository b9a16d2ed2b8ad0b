#include "ui/graphql/graphqlqueryedit.h"

#include "ui/graphql/graphqlhighlighter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTreeView>

namespace studio::ui {

using Completion = schema::GraphQLSchema::Completion;

namespace {

bool isNameChar(QChar c)
{
    return c == u'_' || (c.unicode() < 128 && c.isLetterOrNumber());
}

} // namespace

GraphQLQueryEdit::GraphQLQueryEdit(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new GraphQLHighlighter(document()))
    , m_completer(new QCompleter(this))
    , m_model(new QStandardItemModel(this))
    , m_popup(new QTreeView)
{
    setObjectName(QStringLiteral("graphqlQuery"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    setPlaceholderText(tr("{ products(search: \"bag\") { items { sku name } } }   (Ctrl+Space completes names)"));

    m_popup->setObjectName(QStringLiteral("graphqlCompletionPopup"));
    m_popup->setHeaderHidden(true);
    m_popup->setRootIsDecorated(false);
    m_popup->setUniformRowHeights(true);
    m_popup->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_popup->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_popup->setAlternatingRowColors(true);
    m_completer->setObjectName(QStringLiteral("graphqlCompleter"));
    m_completer->setModel(m_model);
    m_completer->setPopup(m_popup); // the completer owns the view
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
        [this](const QModelIndex& index) { acceptCompletion(index.row()); });
}

GraphQLQueryEdit::~GraphQLQueryEdit() = default;

void GraphQLQueryEdit::setSchema(std::shared_ptr<const schema::GraphQLSchema> schema)
{
    m_schema = std::move(schema);
    if (!m_schema)
        hideCompletion();
}

bool GraphQLQueryEdit::isCompletionVisible() const
{
    return m_popup->isVisible();
}

QStringList GraphQLQueryEdit::completionCandidates() const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row)
        names << m_model->item(row, 0)->data(Qt::UserRole).toString();
    return names;
}

void GraphQLQueryEdit::hideCompletion()
{
    if (m_popup->isVisible())
        m_popup->hide();
}

bool GraphQLQueryEdit::showCompletion(bool selectFirst)
{
    if (!m_schema) {
        hideCompletion();
        return false;
    }
    const Completion completion = m_schema->complete(toPlainText(), textCursor().position());
    if (completion.context == Completion::Context::None || completion.candidates.isEmpty()) {
        hideCompletion();
        return false;
    }
    m_context = completion.context;
    m_model->clear();
    m_model->setColumnCount(2);
    // For arguments parentType is "Type.field".
    const qsizetype dot = completion.parentType.indexOf(u'.');
    const schema::GraphQLSchema::Field* owner = completion.context == Completion::Context::Arguments
        ? m_schema->field(completion.parentType.left(dot), completion.parentType.mid(dot + 1))
        : nullptr;
    for (const QString& name : completion.candidates) {
        QString type;
        QString description;
        bool deprecated = false;
        QString reason;
        if (completion.context == Completion::Context::Fields) {
            if (const schema::GraphQLSchema::Field* field = m_schema->field(completion.parentType, name)) {
                type = field->type.toString();
                description = field->description;
                deprecated = field->deprecated;
                reason = field->deprecationReason;
            } else if (name == u"__typename") {
                type = QStringLiteral("String!");
                description = tr("The name of the object's type");
            }
        } else if (owner) {
            for (const schema::GraphQLSchema::InputValue& argument : owner->args) {
                if (argument.name == name) {
                    type = argument.type.toString();
                    if (!argument.defaultValue.isEmpty())
                        type += QStringLiteral(" = ") + argument.defaultValue;
                    description = argument.description;
                }
            }
        }
        auto* nameItem = new QStandardItem(completion.context == Completion::Context::Arguments ? name + u':' : name);
        nameItem->setData(name, Qt::UserRole);
        auto* typeItem = new QStandardItem(type);
        typeItem->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        QString tip = description;
        if (deprecated) {
            QFont font = nameItem->font();
            font.setStrikeOut(true);
            nameItem->setFont(font);
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n"))
                + (reason.isEmpty() ? tr("Deprecated.") : tr("Deprecated: %1").arg(reason));
        }
        nameItem->setToolTip(tip);
        typeItem->setToolTip(tip);
        m_model->appendRow({nameItem, typeItem});
    }
    m_completer->setCompletionPrefix(QString());
    m_popup->resizeColumnToContents(0);
    m_popup->resizeColumnToContents(1);
    QRect rect = cursorRect();
    rect.setWidth(
        m_popup->columnWidth(0) + m_popup->columnWidth(1) + m_popup->verticalScrollBar()->sizeHint().width() + 24);
    m_completer->complete(rect);
    m_popup->setCurrentIndex(selectFirst ? m_completer->completionModel()->index(0, 0) : QModelIndex());
    return true;
}

void GraphQLQueryEdit::acceptCompletion(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QString name = m_model->item(row, 0)->data(Qt::UserRole).toString();
    const QString text = toPlainText();
    QTextCursor cursor = textCursor();
    qsizetype start = cursor.position();
    while (start > 0 && isNameChar(text.at(start - 1)))
        --start;
    qsizetype end = cursor.position();
    while (end < text.size() && isNameChar(text.at(end)))
        ++end;
    QString insert = name;
    if (m_context == Completion::Context::Arguments) {
        qsizetype after = end;
        while (after < text.size() && text.at(after) == u' ')
            ++after;
        if (after >= text.size() || text.at(after) != u':')
            insert += QStringLiteral(": ");
    }
    cursor.setPosition(int(start));
    cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    cursor.insertText(insert);
    setTextCursor(cursor);
    hideCompletion();
}

void GraphQLQueryEdit::insertSnippet(const QString& text, int cursorOffset)
{
    QTextCursor cursor = textCursor();
    const QString document = toPlainText();
    const qsizetype at = cursor.selectionStart();
    QString insert = text;
    int offset = cursorOffset < 0 ? int(text.size()) : cursorOffset;
    if (at > 0 && !cursor.hasSelection() && isNameChar(document.at(at - 1)) && !text.isEmpty()
        && isNameChar(text.front())) {
        insert.prepend(u' ');
        ++offset;
    }
    const int start = int(at);
    cursor.insertText(insert);
    cursor.setPosition(start + offset);
    setTextCursor(cursor);
    setFocus();
}

void GraphQLQueryEdit::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    const bool control = event->modifiers().testFlag(Qt::ControlModifier);
    if (control && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        hideCompletion();
        event->accept();
        Q_EMIT sendRequested();
        return;
    }
    if (control && key == Qt::Key_Space) {
        showCompletion(true);
        event->accept();
        return;
    }
    const bool open = isCompletionVisible();
    if (open) {
        const QModelIndex current = m_popup->currentIndex();
        switch (key) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (current.isValid()) {
                acceptCompletion(current.row());
                event->accept();
                return;
            }
            hideCompletion();
            break; // no entry chosen: Enter starts a new line
        case Qt::Key_Tab:
            acceptCompletion(current.isValid() ? current.row() : 0);
            event->accept();
            return;
        case Qt::Key_Escape:
            hideCompletion();
            event->accept();
            return;
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            // Reaches here only when the popup did not take the key itself.
            const int rows = m_model->rowCount();
            const int step = key == Qt::Key_Up ? -1 : key == Qt::Key_Down ? 1 : key == Qt::Key_PageUp ? -10 : 10;
            const int row = std::clamp(
                current.isValid() ? current.row() + step : (step > 0 ? 0 : rows - 1), 0, std::max(0, rows - 1));
            m_popup->setCurrentIndex(m_completer->completionModel()->index(row, 0));
            event->accept();
            return;
        }
        default:
            break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
    const QString typed = event->text();
    if (typed == u"{" || typed == u"(") {
        showCompletion(false);
        return;
    }
    if (!typed.isEmpty() && isNameChar(typed.back()) && !control) {
        showCompletion(true);
        return;
    }
    if (open && key == Qt::Key_Backspace) {
        showCompletion(true);
        return;
    }
    if (open)
        hideCompletion();
}

} // namespace studio::ui
