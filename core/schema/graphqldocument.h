#pragma once

#include "core/json/syntaxlexer.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>
#include <vector>

namespace studio::schema {

/// One operation defined in a GraphQL document.
struct GraphQLOperation
{
    QString type;           ///< "query", "mutation" or "subscription"
    QString name;           ///< empty for an anonymous operation (and the `{ ... }` shorthand)
    qsizetype position = 0; ///< where its definition starts in the document

    bool operator==(const GraphQLOperation&) const = default;
};

/// A place in a GraphQL document that cannot be right, with a sentence that names line and column.
struct GraphQLSyntaxProblem
{
    qsizetype position = 0; ///< index into the document (UTF-16 units)
    QString message;        ///< translated
};

/// Lexical help for GraphQL documents typed in an editor: colouring spans, the operations a document defines
/// (for the operation-name picker) and a quick check of brackets and strings. Comments (`# ...`), strings and
/// block strings (`"""..."""`) are understood; the grammar is not checked — the server does that.
class GraphQLDocument final
{
    Q_DECLARE_TR_FUNCTIONS(studio::schema::GraphQLDocument)

public:
    /// Line state for lexLine(): 0 normally, 1 inside a block string that continues on the next line.
    static constexpr int InBlockString = 1;

    /// Colour spans of one line: keywords (query, mutation, subscription, fragment, on, true, false, null) and
    /// directives as Keyword, strings, numbers, punctuation, comments, variables ($id) as Attribute, argument
    /// and alias names (a name before ':') as Key, type names (after ':' in a variable definition, after `on` or
    /// `fragment X on`) as Tag. `state` carries a block string from line to line; start with 0.
    static std::vector<json::TokenSpan> lexLine(QStringView line, int& state);

    /// The operations of a document, in order. Fragments are not operations and are left out.
    static QList<GraphQLOperation> operations(const QString& document);

    /// The first unbalanced or mismatched bracket or unterminated string; nullopt when brackets and strings are
    /// fine (the document may still be wrong in other ways).
    static std::optional<GraphQLSyntaxProblem> checkBrackets(const QString& document);

    /// 1-based line and column of a position, for messages.
    static std::pair<int, int> lineAndColumn(const QString& document, qsizetype position);
};

} // namespace studio::schema
