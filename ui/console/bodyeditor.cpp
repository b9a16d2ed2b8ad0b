#include "ui/console/bodyeditor.h"

#include "core/interop/urlmapping.h"
#include "core/json/jsonpretty.h"
#include "ui/console/keyvaluetable.h"
#include "ui/widgets/jsonhighlighter.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace studio::ui {

namespace {

enum Page { NonePage, TextPage, FormPage };

} // namespace

BodyEditor::BodyEditor(QWidget* parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_highlighter(new JsonSyntaxHighlighter(m_text->document()))
    , m_form(new KeyValueTable(tr("Field"), tr("Value"), this))
    , m_format(new QPushButton(tr("&Format"), this))
    , m_validation(new QLabel(this))
    , m_validateTimer(new QTimer(this))
{
    m_type->setObjectName(QStringLiteral("bodyType"));
    m_type->addItem(tr("No body"), QStringLiteral("none"));
    m_type->addItem(tr("JSON"), QStringLiteral("json"));
    m_type->addItem(tr("Form (URL-encoded)"), QStringLiteral("form"));
    m_type->addItem(tr("Raw text"), QStringLiteral("text"));
    m_text->setObjectName(QStringLiteral("bodyText"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTabChangesFocus(false);
    m_text->setPlaceholderText(tr("{\"product\": {\"sku\": \"...\"}}"));
    m_form->setObjectName(QStringLiteral("formTable"));
    m_format->setObjectName(QStringLiteral("formatBody"));
    m_format->setToolTip(tr("Indent the JSON body with two spaces (Ctrl+Shift+F)"));
    m_format->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_validation->setObjectName(QStringLiteral("bodyValidation"));
    m_validation->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_validation->setWordWrap(true);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(250);

    auto* none = new QLabel(tr("This request has no body."), this);
    none->setAlignment(Qt::AlignCenter);
    none->setEnabled(false);
    m_pages->insertWidget(NonePage, none);
    m_pages->insertWidget(TextPage, m_text);
    m_pages->insertWidget(FormPage, m_form);

    auto* top = new QHBoxLayout;
    auto* typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    top->addWidget(typeLabel);
    top->addWidget(m_type);
    top->addWidget(m_validation, 1);
    top->addWidget(m_format);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        typeChanged();
        if (!m_updating)
            Q_EMIT changed();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (m_updating)
            return;
        m_validateTimer->start();
        Q_EMIT changed();
    });
    connect(m_form, &KeyValueTable::pairsChanged, this, [this] {
        if (!m_updating)
            Q_EMIT changed();
    });
    connect(m_validateTimer, &QTimer::timeout, this, &BodyEditor::validateNow);
    connect(m_format, &QPushButton::clicked, this, &BodyEditor::formatJson);
    connect(m_validation, &QLabel::linkActivated, this, &BodyEditor::jumpToProblem);
    typeChanged();
}

QString BodyEditor::bodyType() const
{
    return m_type->currentData().toString();
}

QString BodyEditor::body() const
{
    const QString type = bodyType();
    if (type == u"none")
        return QString();
    if (type == u"form")
        return interop::encodeQuery(m_form->pairs(), false);
    return m_text->toPlainText();
}

void BodyEditor::setBody(const QString& bodyType, const QString& body)
{
    m_updating = true;
    int index = m_type->findData(bodyType);
    if (index < 0)
        index = body.isEmpty() ? 0 : m_type->findData(QStringLiteral("text"));
    m_type->setCurrentIndex(index);
    if (m_type->currentData().toString() == u"form") {
        m_form->setPairs(interop::decodeQuery(body));
        m_text->setPlainText(QString());
    } else {
        if (m_text->toPlainText() != body)
            m_text->setPlainText(body);
        m_form->setPairs({});
    }
    m_updating = false;
    typeChanged();
}

void BodyEditor::typeChanged()
{
    const QString type = bodyType();
    if (type == u"none")
        m_pages->setCurrentIndex(NonePage);
    else if (type == u"form")
        m_pages->setCurrentIndex(FormPage);
    else
        m_pages->setCurrentIndex(TextPage);
    m_format->setVisible(type == u"json");
    validateNow();
}

void BodyEditor::validateNow()
{
    m_validateTimer->stop();
    m_problem.clear();
    m_problemOffset = -1;
    const QString text = m_text->toPlainText();
    const bool json = bodyType() == u"json";
    // Only JSON bodies are coloured; form and text bodies are left alone.
    m_highlighter->setDocument(json ? m_text->document() : nullptr);
    m_highlighter->setErrorPosition(-1);
    if (!json || text.trimmed().isEmpty()) {
        m_validation->clear();
        return;
    }
    // Request bodies are typed by hand, so they are small: checking them here costs microseconds. Bodies with
    // {{variables}} are checked as typed; a variable in place of a value is reported like any other problem.
    const QByteArray utf8 = text.toUtf8();
    const json::JsonError error = json::validateJson(utf8);
    if (!error.isError()) {
        m_validation->setText(tr("Valid JSON"));
        m_validation->setStyleSheet(QString());
        return;
    }
    m_problem = error.toString();
    m_problemOffset = error.offset;
    // The offset counts UTF-8 bytes; the document counts UTF-16 units.
    m_highlighter->setErrorPosition(int(QString::fromUtf8(utf8.left(error.offset)).size()));
    m_validation->setText(QStringLiteral("<a href=\"#problem\">%1</a>").arg(m_problem.toHtmlEscaped()));
    m_validation->setToolTip(tr("Click to move the cursor to the problem"));
}

void BodyEditor::jumpToProblem()
{
    if (m_problemOffset < 0)
        return;
    // The offset counts UTF-8 bytes; the editor counts UTF-16 units.
    const QByteArray utf8 = m_text->toPlainText().toUtf8();
    const int position = int(QString::fromUtf8(utf8.left(m_problemOffset)).size());
    QTextCursor cursor = m_text->textCursor();
    cursor.setPosition(position);
    m_text->setTextCursor(cursor);
    m_text->setFocus();
}

void BodyEditor::formatJson()
{
    if (bodyType() != u"json")
        return;
    json::JsonError error;
    const QByteArray pretty = json::prettyJson(m_text->toPlainText().toUtf8(), &error);
    if (error.isError()) {
        validateNow();
        return;
    }
    // Through the cursor, so that Ctrl+Z undoes the formatting.
    QTextCursor cursor(m_text->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(QString::fromUtf8(pretty));
    validateNow();
}

} // namespace studio::ui
