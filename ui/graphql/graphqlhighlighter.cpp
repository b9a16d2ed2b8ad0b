#include "ui/graphql/graphqlhighlighter.h"

#include "core/schema/graphqldocument.h"
#include "ui/widgets/syntaxcolors.h"

#include <QApplication>
#include <QTextDocument>

namespace studio::ui {

GraphQLHighlighter::GraphQLHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{ }

void GraphQLHighlighter::setErrorPosition(int position)
{
    if (position == m_errorPosition)
        return;
    const int previous = m_errorPosition;
    m_errorPosition = position;
    if (!document())
        return;
    for (const int at : {previous, position}) {
        if (at >= 0) {
            const QTextBlock block = document()->findBlock(at);
            if (block.isValid())
                rehighlightBlock(block);
        }
    }
}

void GraphQLHighlighter::highlightBlock(const QString& text)
{
    const SyntaxColors colors = SyntaxColors::forPalette(QApplication::palette());
    int state = std::max(0, previousBlockState());
    const std::vector<json::TokenSpan> spans = schema::GraphQLDocument::lexLine(text, state);
    for (const json::TokenSpan& span : spans) {
        const QColor color = colors.color(span.kind);
        if (!color.isValid())
            continue;
        QTextCharFormat format;
        format.setForeground(color);
        if (span.kind == json::TokenKind::Comment)
            format.setFontItalic(true);
        if (span.kind == json::TokenKind::Keyword)
            format.setFontWeight(QFont::DemiBold);
        setFormat(int(span.start), int(span.length), format);
    }
    setCurrentBlockState(state);
    const int position = m_errorPosition - currentBlock().position();
    if (m_errorPosition >= 0 && position >= 0 && position <= text.size() && !text.isEmpty()) {
        const int at = std::min(position, int(text.size()) - 1);
        QTextCharFormat error = format(at);
        error.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        error.setUnderlineColor(colors.error);
        setFormat(at, 1, error);
    }
}

} // namespace studio::ui
