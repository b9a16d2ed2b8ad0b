#pragma once

#include <QSyntaxHighlighter>

namespace studio::ui {

/// Colours JSON in a QTextDocument (the console's request-body editor, payload templates) with the viewer's
/// colours, and underlines the first error when told where it is (see jsontext::check()).
class JsonSyntaxHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonSyntaxHighlighter)

public:
    explicit JsonSyntaxHighlighter(QTextDocument* document);

    /// Underlines the character at `position` (an index into the document's text) with a red wave; -1 for none.
    void setErrorPosition(int position);
    int errorPosition() const { return m_errorPosition; }

protected:
    void highlightBlock(const QString& text) override;

private:
    int m_errorPosition = -1;
};

} // namespace studio::ui
