#pragma once

#include "core/schema/graphqldocument.h"
#include "core/schema/graphqlschema.h"

#include <memory>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace studio::ui {

class GraphQLQueryEdit;
class JsonSyntaxHighlighter;

/// The request part of GraphQL mode: the query editor (colouring, completion), the variables editor (JSON,
/// checked as one types), and an operation picker that appears when the document defines several operations.
/// Problems (unbalanced brackets, variables that are not a JSON object) are shown with line and column.
class GraphQLEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphQLEditor)

public:
    explicit GraphQLEditor(QWidget* parent = nullptr);
    ~GraphQLEditor() override;

    /// The query document as typed.
    QString query() const;
    /// Replaces the query (emits nothing).
    void setQuery(const QString& query);
    /// The variables as typed (JSON object text; empty for none).
    QString variables() const;
    /// Replaces the variables (emits nothing).
    void setVariables(const QString& variables);
    /// The operation to run: the picked one when the document has several; otherwise the name set with
    /// setOperationName() if the document defines it, else empty.
    QString operationName() const;
    /// Picks an operation by name (emits nothing).
    void setOperationName(const QString& name);
    /// The operations the document defines.
    QList<schema::GraphQLOperation> operations() const { return m_operations; }

    /// The schema completion offers names from; null for none.
    void setSchema(std::shared_ptr<const schema::GraphQLSchema> schema);

    /// Why the variables cannot be sent ("Variables, line 2, column 5: ..."); empty when they can (or are empty).
    QString variablesError() const { return m_variablesError; }
    /// A problem in the query document found while typing; empty when none was found.
    QString queryProblem() const { return m_queryProblem; }

    /// The parts, for embedding code and tests.
    GraphQLQueryEdit* queryEdit() const { return m_query; }
    QPlainTextEdit* variablesEdit() const { return m_variables; }
    QComboBox* operationPicker() const { return m_operation; }

Q_SIGNALS:
    /// The user changed the query, the variables or the operation.
    void changed();
    /// Ctrl+Enter in one of the editors.
    void sendRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void queryEdited();
    void variablesEdited();
    void updateOperations();
    void showProblems();

    GraphQLQueryEdit* m_query;
    QPlainTextEdit* m_variables;
    JsonSyntaxHighlighter* m_variablesHighlighter;
    QComboBox* m_operation;
    QLabel* m_operationLabel;
    QLabel* m_problems;
    QList<schema::GraphQLOperation> m_operations;
    QString m_operationName;
    QString m_variablesError;
    QString m_queryProblem;
    bool m_updating = false;
};

} // namespace studio::ui
