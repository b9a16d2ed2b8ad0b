#include "core/magento/fieldselection.h"

#include <QCoreApplication>

namespace studio::magento {

namespace {

bool isNameChar(QChar c)
{
    // PHP's \w without the u flag: ASCII letters, digits and underscore.
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
}

class Parser final
{
    Q_DECLARE_TR_FUNCTIONS(studio::magento::Parser)

public:
    Parser(const QString& text, FieldSelection::Whitespace whitespace)
        : m_text(text)
        , m_skipSpaces(whitespace == FieldSelection::Whitespace::Ignore)
    { }

    Result<QList<FieldNode>> run()
    {
        if (m_text.trimmed().isEmpty())
            return fail(0, tr("The field selection is empty."));
        Result<QList<FieldNode>> list = parseList(0);
        if (!list)
            return list;
        skipSpaces();
        if (m_pos < m_text.size()) {
            if (m_text.at(m_pos) == u']')
                return fail(m_pos, tr("Column %1: ']' has no matching '['.").arg(m_pos + 1));
            return unexpected(tr("',' or the end"));
        }
        return list;
    }

    FieldSelectionError error() const { return m_error; }

private:
    Error fail(qsizetype position, const QString& message)
    {
        m_error = {position, message};
        return Error(message);
    }

    Error unexpected(const QString& expected)
    {
        if (m_pos >= m_text.size())
            return fail(m_pos, tr("Column %1: the selection ends where %2 was expected.").arg(m_pos + 1).arg(expected));
        const QChar c = m_text.at(m_pos);
        if (c.isSpace())
            return fail(m_pos,
                tr("Column %1: spaces are not allowed in a field selection (Magento then ignores the "
                   "whole selection and answers with an empty result). Remove the space.")
                    .arg(m_pos + 1));
        if (!isNameChar(c) && c != u'[' && c != u']' && c != u',')
            return fail(m_pos,
                tr("Column %1: '%2' cannot appear in a field selection; field names contain only "
                   "letters, digits and '_' (Magento ignores the whole selection otherwise).")
                    .arg(m_pos + 1)
                    .arg(c));
        return fail(m_pos, tr("Column %1: expected %2, found '%3'.").arg(m_pos + 1).arg(expected).arg(c));
    }

    void skipSpaces()
    {
        while (m_skipSpaces && m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    Result<QList<FieldNode>> parseList(int depth)
    {
        QList<FieldNode> nodes;
        QList<qsizetype> positions;
        while (true) {
            skipSpaces();
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && isNameChar(m_text.at(m_pos)))
                ++m_pos;
            if (m_pos == start) {
                if (m_pos < m_text.size() && (m_text.at(m_pos) == u',' || m_text.at(m_pos) == u']'))
                    return fail(m_pos,
                        tr("Column %1: a field name is missing before '%2'.").arg(m_pos + 1).arg(m_text.at(m_pos)));
                if (m_pos < m_text.size() && m_text.at(m_pos) == u'[')
                    return fail(m_pos, tr("Column %1: '[' must follow a field name.").arg(m_pos + 1));
                return unexpected(tr("a field name"));
            }
            FieldNode node;
            node.name = m_text.mid(start, m_pos - start);
            skipSpaces();
            if (m_pos < m_text.size() && m_text.at(m_pos) == u'[') {
                const qsizetype open = m_pos;
                ++m_pos;
                skipSpaces();
                if (m_pos < m_text.size() && m_text.at(m_pos) == u']')
                    return fail(open,
                        tr("Column %1: \"%2[]\" selects nothing; name the fields inside the brackets "
                           "or drop them to select the whole field.")
                            .arg(open + 1)
                            .arg(node.name));
                Result<QList<FieldNode>> children = parseList(depth + 1);
                if (!children)
                    return children;
                skipSpaces();
                if (m_pos >= m_text.size())
                    return fail(open, tr("Column %1: '[' after \"%2\" is never closed.").arg(open + 1).arg(node.name));
                if (m_text.at(m_pos) != u']')
                    return unexpected(tr("',' or ']'"));
                ++m_pos;
                node.children = children.value();
            }
            for (qsizetype i = 0; i < nodes.size(); ++i) {
                if (nodes.at(i).name == node.name)
                    return fail(start,
                        tr("Column %1: \"%2\" is selected twice (first at column %3); Magento keeps "
                           "only the last one. Merge them into one, e.g. %2[a,b].")
                            .arg(start + 1)
                            .arg(node.name)
                            .arg(positions.at(i) + 1));
            }
            nodes << node;
            positions << start;
            skipSpaces();
            if (m_pos < m_text.size() && m_text.at(m_pos) == u',') {
                ++m_pos;
                skipSpaces();
                if (m_pos >= m_text.size())
                    return fail(m_pos - 1, tr("Column %1: the selection ends with a ','.").arg(m_pos));
                continue;
            }
            // A ']' closes this list; at the top level run() reports it as unmatched.
            if (m_pos >= m_text.size() || m_text.at(m_pos) == u']')
                return nodes;
            return unexpected(depth > 0 ? tr("',' or ']'") : tr("','"));
        }
    }

    const QString& m_text;
    bool m_skipSpaces;
    qsizetype m_pos = 0;
    FieldSelectionError m_error;
};

void print(const QList<FieldNode>& nodes, QString& out)
{
    bool first = true;
    for (const FieldNode& node : nodes) {
        if (!first)
            out += u',';
        first = false;
        out += node.name;
        if (!node.children.isEmpty()) {
            out += u'[';
            print(node.children, out);
            out += u']';
        }
    }
}

bool selectsIn(const QList<FieldNode>& nodes, const QStringList& path, qsizetype index)
{
    if (index >= path.size())
        return true;
    for (const FieldNode& node : nodes) {
        if (node.name == path.at(index))
            return node.children.isEmpty() || selectsIn(node.children, path, index + 1);
    }
    return false;
}

void addIn(QList<FieldNode>& nodes, const QStringList& path, qsizetype index)
{
    if (index >= path.size())
        return;
    for (FieldNode& node : nodes) {
        if (node.name == path.at(index)) {
            if (node.children.isEmpty())
                return; // selected as a whole already
            addIn(node.children, path, index + 1);
            return;
        }
    }
    FieldNode node;
    node.name = path.at(index);
    addIn(node.children, path, index + 1);
    nodes << node;
}

} // namespace

bool FieldNode::operator==(const FieldNode& other) const
{
    return name == other.name && children == other.children;
}

FieldSelection::FieldSelection(QList<FieldNode> fields)
    : m_fields(std::move(fields))
{ }

Result<FieldSelection> FieldSelection::parse(const QString& text, Whitespace whitespace, FieldSelectionError* error)
{
    Parser parser(text, whitespace);
    Result<QList<FieldNode>> nodes = parser.run();
    if (!nodes) {
        if (error)
            *error = parser.error();
        return nodes.error();
    }
    return FieldSelection(std::move(nodes).value());
}

QString FieldSelection::toString() const
{
    QString out;
    print(m_fields, out);
    return out;
}

bool FieldSelection::selects(const QStringList& path) const
{
    if (path.isEmpty() || m_fields.isEmpty())
        return true;
    return selectsIn(m_fields, path, 0);
}

void FieldSelection::add(const QStringList& path)
{
    addIn(m_fields, path, 0);
}

} // namespace studio::magento
