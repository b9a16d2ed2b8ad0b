#include "core/schema/graphqldocument.h"

#include <QList>

namespace studio::schema {

namespace {

bool isNameStart(QChar c)
{
    return c == u'_' || (c.unicode() < 128 && c.isLetter());
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c.unicode() < 128 && c.isDigit());
}

bool isIgnored(QChar c)
{
    // GraphQL's ignored tokens: white space, line terminators, commas (and the BOM).
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n' || c == u',' || c == QChar(0xFEFF);
}

bool isKeyword(QStringView name)
{
    return name == u"query" || name == u"mutation" || name == u"subscription" || name == u"fragment" || name == u"on"
        || name == u"true" || name == u"false" || name == u"null";
}

// Past the end of a block string whose content starts at i; `closed` tells whether """ was found.
qsizetype blockStringEnd(QStringView text, qsizetype i, bool& closed)
{
    const qsizetype n = text.size();
    while (i < n) {
        if (text[i] == u'\\' && text.mid(i + 1, 3) == u"\"\"\"") {
            i += 4;
            continue;
        }
        if (text.mid(i, 3) == u"\"\"\"") {
            closed = true;
            return i + 3;
        }
        ++i;
    }
    closed = false;
    return n;
}

// Past the end of a one-line string whose content starts at i; `closed` tells whether '"' came before the line end.
qsizetype stringEnd(QStringView text, qsizetype i, bool& closed)
{
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text[i];
        if (c == u'\\') {
            i += 2;
            continue;
        }
        if (c == u'"') {
            closed = true;
            return i + 1;
        }
        if (c == u'\n' || c == u'\r')
            break;
        ++i;
    }
    closed = false;
    return std::min(i, n);
}

// A token of the whole document.
struct Token
{
    enum class Kind { Name, Punct, String, Number, Variable };
    Kind kind;
    qsizetype start;
    qsizetype end;
    bool closed = true; ///< strings: terminated
};

QList<Token> tokenize(QStringView text)
{
    QList<Token> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (isIgnored(c)) {
            ++i;
        } else if (c == u'#') {
            while (i < n && text[i] != u'\n' && text[i] != u'\r')
                ++i;
        } else if (c == u'"') {
            const qsizetype start = i;
            bool closed = false;
            if (text.mid(i, 3) == u"\"\"\"")
                i = blockStringEnd(text, i + 3, closed);
            else
                i = stringEnd(text, i + 1, closed);
            tokens.append({Token::Kind::String, start, i, closed});
        } else if (isNameStart(c)) {
            const qsizetype start = i;
            while (i < n && isNameChar(text[i]))
                ++i;
            tokens.append({Token::Kind::Name, start, i});
        } else if (c == u'$') {
            const qsizetype start = i++;
            while (i < n && isNameChar(text[i]))
                ++i;
            tokens.append({Token::Kind::Variable, start, i});
        } else if (c.isDigit() || c == u'-') {
            const qsizetype start = i++;
            while (i < n && (text[i].isLetterOrNumber() || text[i] == u'.' || text[i] == u'+' || text[i] == u'-'))
                ++i;
            tokens.append({Token::Kind::Number, start, i});
        } else if (text.mid(i, 3) == u"...") {
            tokens.append({Token::Kind::Punct, i, i + 3});
            i += 3;
        } else {
            tokens.append({Token::Kind::Punct, i, i + 1});
            ++i;
        }
    }
    return tokens;
}

} // namespace

std::vector<json::TokenSpan> GraphQLDocument::lexLine(QStringView line, int& state)
{
    using json::TokenKind;
    std::vector<json::TokenSpan> spans;
    const qsizetype n = line.size();
    qsizetype i = 0;
    if (state == InBlockString) {
        bool closed = false;
        i = blockStringEnd(line, 0, closed);
        spans.push_back({0, i, TokenKind::String});
        state = closed ? 0 : InBlockString;
    }
    // Context on this line for type names: after "$var:" and after "on".
    bool typeExpected = false;
    bool afterVariable = false;
    while (i < n) {
        const QChar c = line[i];
        if (isIgnored(c)) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        if (c == u'#') {
            spans.push_back({start, n - start, TokenKind::Comment});
            break;
        }
        if (c == u'"') {
            bool closed = false;
            if (line.mid(i, 3) == u"\"\"\"") {
                i = blockStringEnd(line, i + 3, closed);
                if (!closed)
                    state = InBlockString;
            } else {
                i = stringEnd(line, i + 1, closed);
            }
            spans.push_back(
                {start, i - start, closed || state == InBlockString ? TokenKind::String : TokenKind::Error});
            typeExpected = afterVariable = false;
            continue;
        }
        if (c == u'$') {
            ++i;
            while (i < n && isNameChar(line[i]))
                ++i;
            spans.push_back({start, i - start, TokenKind::Attribute});
            afterVariable = true;
            typeExpected = false;
            continue;
        }
        if (c == u'@') {
            ++i;
            while (i < n && isNameChar(line[i]))
                ++i;
            spans.push_back({start, i - start, TokenKind::Keyword});
            typeExpected = afterVariable = false;
            continue;
        }
        if (isNameStart(c)) {
            while (i < n && isNameChar(line[i]))
                ++i;
            const QStringView name = line.mid(start, i - start);
            qsizetype after = i;
            while (after < n && (line[after] == u' ' || line[after] == u'\t'))
                ++after;
            TokenKind kind = TokenKind::Plain;
            if (typeExpected)
                kind = TokenKind::Tag;
            else if (isKeyword(name))
                kind = TokenKind::Keyword;
            else if (after < n && line[after] == u':')
                kind = TokenKind::Key;
            typeExpected = name == u"on" && kind == TokenKind::Keyword;
            afterVariable = false;
            spans.push_back({start, i - start, kind});
            continue;
        }
        if (c.isDigit() || c == u'-') {
            ++i;
            while (i < n && (line[i].isLetterOrNumber() || line[i] == u'.' || line[i] == u'+' || line[i] == u'-'))
                ++i;
            spans.push_back({start, i - start, TokenKind::Number});
            typeExpected = afterVariable = false;
            continue;
        }
        const qsizetype length = line.mid(i, 3) == u"..." ? 3 : 1;
        i += length;
        const bool known = QStringView(u"{}()[]:!=@|&.").contains(c);
        spans.push_back({start, length, known ? TokenKind::Punctuation : TokenKind::Error});
        if (c == u':') {
            typeExpected = afterVariable;
        } else if (c != u'[' && c != u'!') {
            typeExpected = false;
        }
        afterVariable = false;
    }
    return spans;
}

QList<GraphQLOperation> GraphQLDocument::operations(const QString& document)
{
    QList<GraphQLOperation> operations;
    const QList<Token> tokens = tokenize(document);
    int braces = 0;
    bool inHeader = false; // between a definition keyword and its selection set
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens.at(i);
        const QStringView text = QStringView(document).mid(t.start, t.end - t.start);
        if (t.kind == Token::Kind::Punct) {
            if (text == u"{") {
                if (braces == 0 && !inHeader)
                    operations.append({QStringLiteral("query"), QString(), t.start});
                inHeader = false;
                ++braces;
            } else if (text == u"}") {
                braces = std::max(0, braces - 1);
            }
            continue;
        }
        if (braces != 0 || inHeader || t.kind != Token::Kind::Name)
            continue;
        if (text == u"query" || text == u"mutation" || text == u"subscription") {
            GraphQLOperation operation {text.toString(), QString(), t.start};
            if (i + 1 < tokens.size() && tokens.at(i + 1).kind == Token::Kind::Name)
                operation.name = document.mid(tokens.at(i + 1).start, tokens.at(i + 1).end - tokens.at(i + 1).start);
            operations.append(operation);
            inHeader = true;
        } else if (text == u"fragment") {
            inHeader = true;
        }
    }
    return operations;
}

std::pair<int, int> GraphQLDocument::lineAndColumn(const QString& document, qsizetype position)
{
    position = std::clamp<qsizetype>(position, 0, document.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < position; ++i) {
        if (document.at(i) == u'\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, int(position - lineStart) + 1};
}

std::optional<GraphQLSyntaxProblem> GraphQLDocument::checkBrackets(const QString& document)
{
    const auto where = [&](qsizetype position) {
        const auto [line, column] = lineAndColumn(document, position);
        return tr("Line %1, column %2").arg(line).arg(column);
    };
    const auto whereInside = [&](qsizetype position) {
        const auto [line, column] = lineAndColumn(document, position);
        return tr("line %1, column %2").arg(line).arg(column);
    };
    const QList<Token> tokens = tokenize(document);
    QList<Token> open;
    for (const Token& t : tokens) {
        if (t.kind == Token::Kind::String && !t.closed) {
            return GraphQLSyntaxProblem {
                t.start, tr("%1: this string is not closed with a quote.").arg(where(t.start))};
        }
        if (t.kind != Token::Kind::Punct || t.end - t.start != 1)
            continue;
        const QChar c = document.at(t.start);
        if (c == u'{' || c == u'(' || c == u'[') {
            open.append(t);
            continue;
        }
        if (c != u'}' && c != u')' && c != u']')
            continue;
        const QChar expected = c == u'}' ? u'{' : c == u')' ? u'(' : u'[';
        if (open.isEmpty())
            return GraphQLSyntaxProblem {t.start, tr("%1: '%2' closes nothing.").arg(where(t.start), c)};
        const Token last = open.takeLast();
        const QChar opener = document.at(last.start);
        if (opener != expected) {
            return GraphQLSyntaxProblem {t.start,
                tr("%1: '%2' does not match the '%3' opened at %4.")
                    .arg(where(t.start), c, opener, whereInside(last.start))};
        }
    }
    if (!open.isEmpty()) {
        const Token& last = open.last();
        return GraphQLSyntaxProblem {
            last.start, tr("%1: '%2' is not closed.").arg(where(last.start), document.at(last.start))};
    }
    return std::nullopt;
}

} // namespace studio::schema
