#pragma once

#include "core/schema/graphqlschema.h"

#include <memory>
#include <QPlainTextEdit>

class QCompleter;
class QStandardItemModel;
class QTreeView;

namespace studio::ui {

class GraphQLHighlighter;

/// The GraphQL query editor: syntax colouring and completion of field and argument names from the schema
/// (GraphQLSchema::complete() at the cursor). The completion list opens by itself after '{' or '(' and while a
/// name is typed, and on Ctrl+Space; Enter or Tab takes the selected entry. Ctrl+Enter asks for the request to be
/// sent (sendRequested()).
class GraphQLQueryEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphQLQueryEdit)

public:
    explicit GraphQLQueryEdit(QWidget* parent = nullptr);
    ~GraphQLQueryEdit() override;

    /// The schema completion uses; null for none.
    void setSchema(std::shared_ptr<const schema::GraphQLSchema> schema);
    std::shared_ptr<const schema::GraphQLSchema> schema() const { return m_schema; }

    /// The completer and the highlighter, for tests and embedding code.
    QCompleter* completer() const { return m_completer; }
    GraphQLHighlighter* highlighter() const { return m_highlighter; }
    /// True while the completion list is open.
    bool isCompletionVisible() const;
    /// The names the open (or last) completion list offers, in order.
    QStringList completionCandidates() const;

    /// Opens the completion list at the cursor; false (and closed) when there is nothing to offer. With
    /// `selectFirst` the first entry is selected, so Enter takes it; otherwise Enter still starts a new line.
    bool showCompletion(bool selectFirst = true);
    /// Inserts `text` at the cursor and puts the cursor `cursorOffset` characters into it (-1: after it). Adds a
    /// space first when the cursor is right after a name.
    void insertSnippet(const QString& text, int cursorOffset = -1);

Q_SIGNALS:
    /// Ctrl+Enter: send the request.
    void sendRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void acceptCompletion(int row);
    void hideCompletion();

    std::shared_ptr<const schema::GraphQLSchema> m_schema;
    GraphQLHighlighter* m_highlighter;
    QCompleter* m_completer;
    QStandardItemModel* m_model;
    QTreeView* m_popup;
    schema::GraphQLSchema::Completion::Context m_context = schema::GraphQLSchema::Completion::Context::None;
};

} // namespace studio::ui
