#include "ui/graphql/graphqleditor.h"

#include "core/json/jsontext.h"
#include "ui/graphql/graphqlhighlighter.h"
#include "ui/graphql/graphqlqueryedit.h"
#include "ui/widgets/jsonhighlighter.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace studio::ui {

using schema::GraphQLDocument;
using schema::GraphQLOperation;

GraphQLEditor::GraphQLEditor(QWidget* parent)
    : QWidget(parent)
    , m_query(new GraphQLQueryEdit(this))
    , m_variables(new QPlainTextEdit(this))
    , m_variablesHighlighter(new JsonSyntaxHighlighter(m_variables->document()))
    , m_operation(new QComboBox(this))
    , m_operationLabel(new QLabel(tr("Ope&ration:"), this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("GraphQLEditor"));
    m_variables->setObjectName(QStringLiteral("graphqlVariables"));
    m_variables->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_variables->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_variables->setPlaceholderText(tr("Variables as a JSON object: {\"sku\": \"MS-0001\"}"));
    m_variables->installEventFilter(this);
    m_operation->setObjectName(QStringLiteral("graphqlOperation"));
    m_operation->setToolTip(tr("The document defines several operations: the one to run"));
    m_operation->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_operationLabel->setBuddy(m_operation);
    m_problems->setObjectName(QStringLiteral("graphqlProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    m_problems->hide();

    auto* variablesBox = new QWidget(this);
    auto* variablesLayout = new QVBoxLayout(variablesBox);
    variablesLayout->setContentsMargins(0, 0, 0, 0);
    variablesLayout->setSpacing(2);
    auto* variablesLabel = new QLabel(tr("Variab&les"), variablesBox);
    variablesLabel->setBuddy(m_variables);
    variablesLayout->addWidget(variablesLabel);
    variablesLayout->addWidget(m_variables, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_query);
    split->addWidget(variablesBox);
    split->setSizes({300, 110});

    auto* operationRow = new QHBoxLayout;
    operationRow->addWidget(m_operationLabel);
    operationRow->addWidget(m_operation);
    operationRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(operationRow);
    layout->addWidget(split, 1);
    layout->addWidget(m_problems);
    m_operation->hide();
    m_operationLabel->hide();

    connect(m_query, &QPlainTextEdit::textChanged, this, &GraphQLEditor::queryEdited);
    connect(m_query, &GraphQLQueryEdit::sendRequested, this, &GraphQLEditor::sendRequested);
    connect(m_variables, &QPlainTextEdit::textChanged, this, &GraphQLEditor::variablesEdited);
    connect(m_operation, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating || m_operation->currentIndex() < 0)
            return;
        m_operationName = m_operation->currentData().toString();
        Q_EMIT changed();
    });
}

GraphQLEditor::~GraphQLEditor() = default;

QString GraphQLEditor::query() const
{
    return m_query->toPlainText();
}

void GraphQLEditor::setQuery(const QString& query)
{
    m_updating = true;
    m_query->setPlainText(query);
    m_updating = false;
    updateOperations();
    showProblems();
}

QString GraphQLEditor::variables() const
{
    return m_variables->toPlainText();
}

void GraphQLEditor::setVariables(const QString& variables)
{
    m_updating = true;
    m_variables->setPlainText(variables);
    m_updating = false;
    variablesEdited();
}

QString GraphQLEditor::operationName() const
{
    for (const GraphQLOperation& operation : m_operations) {
        if (!operation.name.isEmpty() && operation.name == m_operationName)
            return m_operationName;
    }
    if (m_operations.size() > 1 && m_operation->currentIndex() >= 0)
        return m_operation->currentData().toString();
    return QString();
}

void GraphQLEditor::setOperationName(const QString& name)
{
    m_operationName = name;
    updateOperations();
}

void GraphQLEditor::setSchema(std::shared_ptr<const schema::GraphQLSchema> schema)
{
    m_query->setSchema(std::move(schema));
}

void GraphQLEditor::queryEdited()
{
    updateOperations();
    showProblems();
    if (!m_updating)
        Q_EMIT changed();
}

void GraphQLEditor::variablesEdited()
{
    const QString text = m_variables->toPlainText();
    m_variablesError.clear();
    int position = -1;
    if (!text.trimmed().isEmpty()) {
        const json::JsonTextCheck check = json::jsontext::check(text);
        if (!check.ok()) {
            m_variablesError = tr("Variables: %1").arg(check.error.toString());
            position = int(check.position);
        } else if (!text.trimmed().startsWith(u'{')) {
            m_variablesError = tr("Variables must be a JSON object ({\"name\": value}), not a list or a single value.");
            position = int(text.indexOf(text.trimmed().front()));
        }
    }
    m_variablesHighlighter->setErrorPosition(position);
    showProblems();
    if (!m_updating)
        Q_EMIT changed();
}

void GraphQLEditor::updateOperations()
{
    m_operations = GraphQLDocument::operations(m_query->toPlainText());
    QStringList names;
    for (const GraphQLOperation& operation : std::as_const(m_operations)) {
        if (!operation.name.isEmpty())
            names << operation.name;
    }
    const bool several = m_operations.size() > 1;
    const bool wasUpdating = m_updating;
    m_updating = true;
    QStringList current;
    for (int i = 0; i < m_operation->count(); ++i)
        current << m_operation->itemData(i).toString();
    if (current != names) {
        m_operation->clear();
        for (const GraphQLOperation& operation : std::as_const(m_operations)) {
            if (!operation.name.isEmpty())
                m_operation->addItem(QStringLiteral("%1 %2").arg(operation.type, operation.name), operation.name);
        }
    }
    const int wanted = m_operation->findData(m_operationName);
    if (wanted >= 0)
        m_operation->setCurrentIndex(wanted);
    else if (m_operation->currentIndex() < 0 && m_operation->count() > 0)
        m_operation->setCurrentIndex(0);
    m_updating = wasUpdating;
    m_operation->setVisible(several);
    m_operationLabel->setVisible(several);
}

void GraphQLEditor::showProblems()
{
    const QString document = m_query->toPlainText();
    m_queryProblem.clear();
    int position = -1;
    if (const std::optional<schema::GraphQLSyntaxProblem> problem = GraphQLDocument::checkBrackets(document)) {
        m_queryProblem = tr("Query: %1").arg(problem->message);
        position = int(problem->position);
    } else if (m_operations.size() > 1) {
        for (const GraphQLOperation& operation : std::as_const(m_operations)) {
            if (operation.name.isEmpty()) {
                const auto [line, column] = GraphQLDocument::lineAndColumn(document, operation.position);
                m_queryProblem = tr("Query: line %1, column %2: with several operations in one document, each "
                                    "needs a name (query Name { ... }).")
                                     .arg(line)
                                     .arg(column);
                position = int(operation.position);
                break;
            }
        }
    }
    m_query->highlighter()->setErrorPosition(position);
    QStringList problems;
    if (!m_queryProblem.isEmpty())
        problems << m_queryProblem;
    if (!m_variablesError.isEmpty())
        problems << m_variablesError;
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

bool GraphQLEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_variables && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers().testFlag(Qt::ControlModifier)
            && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            Q_EMIT sendRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace studio::ui
