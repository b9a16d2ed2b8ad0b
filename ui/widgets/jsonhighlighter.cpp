#include "ui/widgets/jsonhighlighter.h"

#include "core/json/syntaxlexer.h"
#include "ui/widgets/syntaxcolors.h"

#include <QApplication>
#include <QTextDocument>

namespace studio::ui {

JsonSyntaxHighlighter::JsonSyntaxHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{ }

void JsonSyntaxHighlighter::setErrorPosition(int position)
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

void JsonSyntaxHighlighter::highlightBlock(const QString& text)
{
    const SyntaxColors colors = SyntaxColors::forPalette(QApplication::palette());
    // A string left open on the previous line continues (while typing); state 1 says so.
    bool inString = previousBlockState() == 1;
    const std::vector<json::TokenSpan> spans = json::lexJsonLine(text, inString);
    for (const json::TokenSpan& span : spans) {
        const QColor color = colors.color(span.kind);
        if (color.isValid())
            setFormat(int(span.start), int(span.length), color);
    }
    setCurrentBlockState(inString ? 1 : 0);
    const int position = m_errorPosition - currentBlock().position();
    if (m_errorPosition >= 0 && position >= 0 && position <= text.size()) {
        QTextCharFormat error = format(std::min(position, int(text.size()) - 1));
        error.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        error.setUnderlineColor(colors.error);
        setFormat(std::min(position, std::max(0, int(text.size()) - 1)), 1, error);
    }
}

} // namespace studio::ui
