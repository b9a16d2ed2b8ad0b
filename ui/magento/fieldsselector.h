#pragma once

#include "core/common/result.h"
#include "core/magento/fieldselection.h"
#include "core/schema/responsefields.h"

#include <functional>
#include <memory>
#include <QWidget>

class QLabel;
class QLineEdit;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace studio::json {
class WorkerRelay;
}

namespace studio::ui {

/// Magento's `fields=` partial-response selection as a checkable tree of the response's fields — from the
/// route's response schema when it is known, otherwise from the last response — and as text. Checking a field
/// selects it whole; checking some fields inside one selects just those ("items[sku,name]"). The text can be
/// edited directly; errors name the column.
///
/// Embedding: feed it setSchemaFields() / setSampleBody(), read and write the expression with setExpression()
/// and expressionEdited(). MagentoQueryPanel does this against a request's query.
class FieldsSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldsSelector)

public:
    explicit FieldsSelector(QWidget* parent = nullptr);
    ~FieldsSelector() override;

    /// The response's fields from the API description; `source` says where they are from ("GET /V1/products in
    /// the store's schema"). An empty list falls back to the sample.
    void setSchemaFields(const QList<schema::ResponseField>& fields, const QString& source);
    /// Fields seen in a response; merged below the schema's (marked as not in the schema).
    void setSampleFields(const QList<schema::ResponseField>& fields);
    /// Reads a JSON response body on a worker thread and then calls setSampleFields(). Bodies above 16 MB are not
    /// read. `done` (optional) runs on this thread with the parsed JSON's top-level value's custom attribute codes
    /// (items[].custom_attributes[].attribute_code), for the searchCriteria builder.
    void setSampleBody(const QByteArray& body, std::function<void(const QStringList&)> done = {});
    /// Forgets schema and sample fields (the route changed).
    void clearFields();

    /// The selection the tree shows.
    magento::FieldSelection selection() const;
    /// The canonical text of selection(); empty when nothing is selected (no fields= parameter).
    QString expression() const;
    /// Shows a selection read from the request's query: strict like Magento (a space is an error). On an error
    /// the tree stays as it was and the error names the column. Emits nothing.
    Status setExpression(const QString& text);
    /// Why the text cannot be used; empty when it can.
    QString errorText() const { return m_errorText; }

    /// The parts, for embedding code and tests.
    QTreeView* tree() const { return m_tree; }
    QLineEdit* expressionEdit() const { return m_edit; }
    /// The tree item of a path ({"items", "sku"}), or nullptr.
    QStandardItem* itemForPath(const QStringList& path) const;

Q_SIGNALS:
    /// The user changed the selection (tree or text): the new canonical expression, empty for none.
    void expressionEdited(const QString& expression);

private:
    void rebuild();
    void addFields(QStandardItem* parent, const QList<schema::ResponseField>& fields, int depth);
    QStandardItem* ensurePath(const QStringList& path);
    void applySelection(const magento::FieldSelection& selection);
    void itemChanged(QStandardItem* item);
    void textEdited(const QString& text);
    void setError(const QString& text, qsizetype position = -1);
    void updateSummary();

    QLabel* m_source;
    QLineEdit* m_edit;
    QLabel* m_error;
    QTreeView* m_tree;
    QStandardItemModel* m_model;
    QList<schema::ResponseField> m_schemaFields;
    QList<schema::ResponseField> m_sampleFields;
    QString m_schemaSource;
    magento::FieldSelection m_selection;
    QString m_errorText;
    bool m_updating = false;
    std::shared_ptr<json::WorkerRelay> m_job;
};

} // namespace studio::ui
