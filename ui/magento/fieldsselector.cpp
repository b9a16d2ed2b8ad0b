#include "ui/magento/fieldsselector.h"

#include "core/json/worker.h"
#include "core/magento/searchfields.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace studio::ui {

using magento::FieldNode;
using magento::FieldSelection;
using schema::ResponseField;

namespace {

constexpr qint64 kMaxSampleBytes = 16 * 1024 * 1024;
constexpr int kMaxTreeDepth = 12;

enum Column { NameColumn, TypeColumn, DescriptionColumn };
enum Role { OriginRole = Qt::UserRole + 1 };
// Origin of a tree item: where the field is known from.
enum class ItemOrigin { Schema, Sample, Typed };

QStandardItem* childNamed(QStandardItem* parent, const QString& name)
{
    for (int row = 0; row < parent->rowCount(); ++row) {
        QStandardItem* child = parent->child(row, NameColumn);
        if (child->text() == name)
            return child;
    }
    return nullptr;
}

void setSubtree(QStandardItem* item, Qt::CheckState state)
{
    item->setCheckState(state);
    for (int row = 0; row < item->rowCount(); ++row)
        setSubtree(item->child(row, NameColumn), state);
}

QList<FieldNode> collect(const QStandardItem* parent)
{
    QList<FieldNode> nodes;
    for (int row = 0; row < parent->rowCount(); ++row) {
        const QStandardItem* item = parent->child(row, NameColumn);
        if (item->checkState() == Qt::Checked) {
            nodes << FieldNode {item->text(), {}};
        } else if (item->checkState() == Qt::PartiallyChecked) {
            QList<FieldNode> children = collect(item);
            if (!children.isEmpty())
                nodes << FieldNode {item->text(), children};
        }
    }
    return nodes;
}

// The fields of `nodes` (in tree order) with those already in `previous` first and in its order, so that a
// selection read from text prints back the same and the user's clicks only append.
QList<FieldNode> ordered(QList<FieldNode> nodes, const QList<FieldNode>& previous)
{
    QList<FieldNode> out;
    for (const FieldNode& old : previous) {
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            if (nodes.at(i).name == old.name) {
                FieldNode node = nodes.takeAt(i);
                node.children = ordered(node.children, old.children);
                out << node;
                break;
            }
        }
    }
    out << nodes;
    return out;
}

} // namespace

FieldsSelector::FieldsSelector(QWidget* parent)
    : QWidget(parent)
    , m_source(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("FieldsSelector"));
    m_source->setObjectName(QStringLiteral("fieldsSource"));
    m_source->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("fieldsExpression"));
    m_edit->setPlaceholderText(tr("items[sku,name,price],total_count"));
    m_edit->setToolTip(tr("Magento's fields= parameter: names separated by commas, fields inside a field in "
                          "brackets. Leave empty for the whole response."));
    m_edit->setClearButtonEnabled(true);
    m_error->setObjectName(QStringLiteral("fieldsError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    m_error->hide();
    m_model->setHorizontalHeaderLabels({tr("Field"), tr("Type"), tr("Description")});
    m_tree->setObjectName(QStringLiteral("fieldsTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(NameColumn, 220);
    m_tree->setColumnWidth(TypeColumn, 160);
    auto* clear = new QPushButton(tr("C&lear"), this);
    clear->setObjectName(QStringLiteral("clearFields"));
    clear->setToolTip(tr("Select nothing: the whole response comes back"));

    auto* editRow = new QHBoxLayout;
    auto* label = new QLabel(tr("f&ields="), this);
    label->setBuddy(m_edit);
    editRow->addWidget(label);
    editRow->addWidget(m_edit, 1);
    editRow->addWidget(clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_source);
    layout->addLayout(editRow);
    layout->addWidget(m_error);
    layout->addWidget(m_tree, 1);

    connect(m_model, &QStandardItemModel::itemChanged, this, &FieldsSelector::itemChanged);
    connect(m_edit, &QLineEdit::textEdited, this, &FieldsSelector::textEdited);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (m_errorText.isEmpty() && m_edit->text() != expression())
            m_edit->setText(expression());
    });
    connect(clear, &QPushButton::clicked, this, [this] {
        m_selection = FieldSelection();
        applySelection(m_selection);
        m_edit->clear();
        setError(QString());
        Q_EMIT expressionEdited(QString());
    });
    rebuild();
}

FieldsSelector::~FieldsSelector()
{
    if (m_job)
        m_job->cancel();
}

// Fields

void FieldsSelector::setSchemaFields(const QList<ResponseField>& fields, const QString& source)
{
    m_schemaFields = fields;
    m_schemaSource = source;
    rebuild();
}

void FieldsSelector::setSampleFields(const QList<ResponseField>& fields)
{
    m_sampleFields = fields;
    rebuild();
}

void FieldsSelector::setSampleBody(const QByteArray& body, std::function<void(const QStringList&)> done)
{
    if (m_job)
        m_job->cancel();
    if (body.size() > kMaxSampleBytes) {
        m_job.reset();
        return;
    }
    QPointer<FieldsSelector> self(this);
    m_job = json::startJob(this, [self, body, done](const std::shared_ptr<json::WorkerRelay>& relay) {
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || relay->isCancelled())
            return;
        const QJsonValue value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        QList<ResponseField> fields = schema::fieldsFromSample(value);
        QStringList codes = magento::SearchFields::customAttributeCodes(value);
        relay->post([self, fields, codes, done] {
            if (!self)
                return;
            self->setSampleFields(fields);
            if (done)
                done(codes);
        });
    });
}

void FieldsSelector::clearFields()
{
    m_schemaFields.clear();
    m_sampleFields.clear();
    m_schemaSource.clear();
    rebuild();
}

void FieldsSelector::rebuild()
{
    // What the user opened stays open.
    QSet<QString> expanded;
    std::function<void(QStandardItem*, const QString&)> remember = [&](QStandardItem* parent, const QString& prefix) {
        for (int row = 0; row < parent->rowCount(); ++row) {
            QStandardItem* item = parent->child(row, NameColumn);
            if (item->rowCount() > 0 && m_tree->isExpanded(item->index())) {
                const QString path = prefix + u'/' + item->text();
                expanded.insert(path);
                remember(item, path);
            }
        }
    };
    remember(m_model->invisibleRootItem(), QString());
    const bool first = m_model->rowCount() == 0;

    m_updating = true;
    m_model->removeRows(0, m_model->rowCount());
    QList<ResponseField> fields = m_schemaFields;
    schema::mergeFields(fields, m_sampleFields);
    addFields(m_model->invisibleRootItem(), fields, 0);
    m_updating = false;
    applySelection(m_selection);
    updateSummary();
    std::function<void(QStandardItem*, const QString&)> restore = [&](QStandardItem* parent, const QString& prefix) {
        for (int row = 0; row < parent->rowCount(); ++row) {
            QStandardItem* item = parent->child(row, NameColumn);
            const QString path = prefix + u'/' + item->text();
            if (expanded.contains(path)) {
                m_tree->expand(item->index());
                restore(item, path);
            }
        }
    };
    restore(m_model->invisibleRootItem(), QString());
    // Lists are what one narrows first: open them the first time.
    if (first) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, NameColumn);
            if (m_model->itemFromIndex(index)->rowCount() > 0 && m_model->rowCount() <= 4)
                m_tree->expand(index);
        }
    }
}

void FieldsSelector::addFields(QStandardItem* parent, const QList<ResponseField>& fields, int depth)
{
    const bool haveSchema = !m_schemaFields.isEmpty();
    for (const ResponseField& field : fields) {
        auto* name = new QStandardItem(field.name);
        name->setCheckable(true);
        name->setCheckState(Qt::Unchecked);
        const bool fromSample = haveSchema && field.origin == ResponseField::Origin::Sample;
        name->setData(int(fromSample ? ItemOrigin::Sample : ItemOrigin::Schema), OriginRole);
        auto* type = new QStandardItem(field.typeLabel());
        auto* description = new QStandardItem(field.description);
        QString tip = field.description;
        if (fromSample) {
            QFont italic = name->font();
            italic.setItalic(true);
            name->setFont(italic);
            tip = tr("Seen in the last response; the schema does not describe it.");
        }
        if (field.recursive)
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n"))
                + tr("Refers back to a type above it; select it whole or type the fields inside.");
        name->setToolTip(tip);
        description->setToolTip(field.description);
        for (QStandardItem* item : {name, type, description})
            item->setEditable(false);
        parent->appendRow({name, type, description});
        if (depth < kMaxTreeDepth)
            addFields(name, field.children, depth + 1);
    }
}

QStandardItem* FieldsSelector::itemForPath(const QStringList& path) const
{
    QStandardItem* item = m_model->invisibleRootItem();
    for (const QString& name : path) {
        item = childNamed(item, name);
        if (!item)
            return nullptr;
    }
    return item == m_model->invisibleRootItem() ? nullptr : item;
}

QStandardItem* FieldsSelector::ensurePath(const QStringList& path)
{
    QStandardItem* item = m_model->invisibleRootItem();
    for (const QString& name : path) {
        QStandardItem* child = childNamed(item, name);
        if (!child) {
            // A field the selection names but neither the schema nor a response showed: keep it visible.
            child = new QStandardItem(name);
            child->setCheckable(true);
            child->setCheckState(Qt::Unchecked);
            child->setEditable(false);
            child->setData(int(ItemOrigin::Typed), OriginRole);
            child->setToolTip(tr("Not in the schema or the last response; Magento leaves out names it does not "
                                 "know."));
            QFont italic = child->font();
            italic.setItalic(true);
            child->setFont(italic);
            auto* type = new QStandardItem(tr("unknown"));
            type->setEditable(false);
            auto* description = new QStandardItem();
            description->setEditable(false);
            item->appendRow({child, type, description});
        }
        item = child;
    }
    return item;
}

// Selection

FieldSelection FieldsSelector::selection() const
{
    return FieldSelection(ordered(collect(m_model->invisibleRootItem()), m_selection.fields()));
}

QString FieldsSelector::expression() const
{
    return selection().toString();
}

void FieldsSelector::applySelection(const FieldSelection& selection)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    QStandardItem* root = m_model->invisibleRootItem();
    for (int row = 0; row < root->rowCount(); ++row)
        setSubtree(root->child(row, NameColumn), Qt::Unchecked);
    std::function<void(const QList<FieldNode>&, const QStringList&)> apply
        = [&](const QList<FieldNode>& nodes, const QStringList& prefix) {
              for (const FieldNode& node : nodes) {
                  const QStringList path = prefix + QStringList {node.name};
                  QStandardItem* item = ensurePath(path);
                  if (node.children.isEmpty()) {
                      setSubtree(item, Qt::Checked);
                  } else {
                      item->setCheckState(Qt::PartiallyChecked);
                      apply(node.children, path);
                  }
              }
          };
    apply(selection.fields(), {});
    m_updating = wasUpdating;
    // Show what is selected inside lists and objects.
    std::function<void(QStandardItem*)> expandPartial = [&](QStandardItem* parent) {
        for (int row = 0; row < parent->rowCount(); ++row) {
            QStandardItem* item = parent->child(row, NameColumn);
            if (item->checkState() == Qt::PartiallyChecked) {
                m_tree->expand(item->index());
                expandPartial(item);
            }
        }
    };
    expandPartial(root);
}

void FieldsSelector::itemChanged(QStandardItem* item)
{
    if (m_updating || item->column() != NameColumn)
        return;
    m_updating = true;
    // A click selects or deselects the field with everything inside it.
    const Qt::CheckState state = item->checkState() == Qt::Unchecked ? Qt::Unchecked : Qt::Checked;
    setSubtree(item, state);
    // Then the fields above follow: a field selected whole whose inside changed becomes a list of the rest; a
    // field with nothing selected inside is no longer selected.
    for (QStandardItem* parent = item->parent(); parent; parent = parent->parent()) {
        bool anySelected = false;
        bool allWhole = true;
        for (int row = 0; row < parent->rowCount(); ++row) {
            const Qt::CheckState child = parent->child(row, NameColumn)->checkState();
            anySelected = anySelected || child != Qt::Unchecked;
            allWhole = allWhole && child == Qt::Checked;
        }
        if (parent->checkState() == Qt::Checked && !allWhole)
            parent->setCheckState(anySelected ? Qt::PartiallyChecked : Qt::Unchecked);
        else if (parent->checkState() == Qt::PartiallyChecked && !anySelected)
            parent->setCheckState(Qt::Unchecked);
        else if (parent->checkState() == Qt::Unchecked && anySelected)
            parent->setCheckState(Qt::PartiallyChecked);
    }
    m_updating = false;
    m_selection = selection();
    const QString text = m_selection.toString();
    m_edit->setText(text);
    setError(QString());
    Q_EMIT expressionEdited(text);
}

void FieldsSelector::textEdited(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        setError(QString());
        if (m_selection.isEmpty())
            return;
        m_selection = FieldSelection();
        applySelection(m_selection);
        Q_EMIT expressionEdited(QString());
        return;
    }
    magento::FieldSelectionError error;
    Result<FieldSelection> parsed = FieldSelection::parse(text, FieldSelection::Whitespace::Ignore, &error);
    if (!parsed) {
        setError(parsed.error().message, error.position);
        return;
    }
    setError(QString());
    if (parsed.value() == m_selection)
        return;
    m_selection = parsed.value();
    applySelection(m_selection);
    Q_EMIT expressionEdited(m_selection.toString());
}

Status FieldsSelector::setExpression(const QString& text)
{
    if (text.isEmpty()) {
        // No fields= parameter: the whole response.
        setError(QString());
        if (!m_edit->hasFocus())
            m_edit->clear();
        if (!m_selection.isEmpty()) {
            m_selection = FieldSelection();
            applySelection(m_selection);
        }
        return {};
    }
    magento::FieldSelectionError error;
    Result<FieldSelection> parsed = FieldSelection::parse(text, FieldSelection::Whitespace::Reject, &error);
    if (!parsed) {
        if (!m_edit->hasFocus())
            m_edit->setText(text);
        setError(tr("The query's fields= cannot be used: %1 Magento would answer with an empty result.")
                     .arg(parsed.error().message),
            error.position);
        return parsed.error();
    }
    setError(QString());
    if (!m_edit->hasFocus() || parsed.value() != m_selection)
        m_edit->setText(text);
    if (parsed.value() != m_selection) {
        m_selection = parsed.value();
        applySelection(m_selection);
    }
    return {};
}

void FieldsSelector::setError(const QString& text, qsizetype position)
{
    m_errorText = text;
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    m_edit->setStyleSheet(text.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
    if (!text.isEmpty() && position >= 0 && !m_edit->hasFocus())
        m_edit->setCursorPosition(int(position));
}

void FieldsSelector::updateSummary()
{
    if (!m_schemaFields.isEmpty())
        m_source->setText(m_sampleFields.isEmpty()
                ? tr("Fields of %1.").arg(m_schemaSource)
                : tr("Fields of %1, and (in italics) others seen in the last response.").arg(m_schemaSource));
    else if (!m_sampleFields.isEmpty())
        m_source->setText(tr("Fields seen in the last response (the schema does not describe this route)."));
    else
        m_source->setText(tr("No fields known yet: send the request once, or type the selection."));
}

} // namespace studio::ui
