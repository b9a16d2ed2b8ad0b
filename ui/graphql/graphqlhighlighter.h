#pragma once

#include <QSyntaxHighlighter>

namespace studio::ui {

/// Colours GraphQL documents (the console's query editor) with the viewer's colours: keywords, names of
/// arguments and types, variables, strings and block strings, numbers, comments. Underlines a problem's position
/// when told (see GraphQLDocument::checkBrackets()).
class GraphQLHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphQLHighlighter)

public:
    explicit GraphQLHighlighter(QTextDocument* document);

    /// Underlines the character at `position` (index into the document's text); -1 for none.
    void setErrorPosition(int position);
    int errorPosition() const { return m_errorPosition; }

protected:
    void highlightBlock(const QString& text) override;

private:
    int m_errorPosition = -1;
};

} // namespace studio::ui
