#include "core/schema/graphqlschema.h"

#include <algorithm>
#include <optional>
#include <QCoreApplication>
#include <QJsonArray>

namespace studio::schema {

namespace {

GraphQLSchema::TypeRef readTypeRef(const QJsonObject& object, int depth = 0)
{
    GraphQLSchema::TypeRef ref;
    ref.kind = object.value(QStringLiteral("kind")).toString();
    ref.name = object.value(QStringLiteral("name")).toString();
    const QJsonValue inner = object.value(QStringLiteral("ofType"));
    if (inner.isObject() && depth < 16)
        ref.ofType.append(readTypeRef(inner.toObject(), depth + 1));
    return ref;
}

QList<GraphQLSchema::InputValue> readInputValues(const QJsonArray& array)
{
    QList<GraphQLSchema::InputValue> values;
    for (const QJsonValue v : array) {
        const QJsonObject o = v.toObject();
        values.append({o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("description")).toString(),
            readTypeRef(o.value(QStringLiteral("type")).toObject()),
            o.value(QStringLiteral("defaultValue")).toString()});
    }
    return values;
}

QString nameOf(const QJsonValue& value)
{
    return value.toObject().value(QStringLiteral("name")).toString();
}

/// A token of a GraphQL document: a name or a single punctuator ("..." counts as one).
struct Token
{
    enum class Kind { Name, Punct, Value };
    Kind kind;
    QString text;
};

/// Splits the document up to `end` into tokens, skipping strings, numbers' insides and comments.
QList<Token> tokenize(const QString& doc, qsizetype end)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const auto isNameStart = [](QChar c) { return c == u'_' || (c.isLetter() && c.unicode() < 128); };
    const auto isNameChar = [&](QChar c) { return isNameStart(c) || (c.isDigit() && c.unicode() < 128); };
    while (i < end) {
        const QChar c = doc.at(i);
        if (c.isSpace() || c == u',') {
            if (c == u',')
                tokens.append({Token::Kind::Punct, QStringLiteral(",")});
            ++i;
        } else if (c == u'#') {
            while (i < end && doc.at(i) != u'\n')
                ++i;
        } else if (c == u'"') {
            const bool block = doc.mid(i, 3) == u"\"\"\"";
            i += block ? 3 : 1;
            while (i < end) {
                if (block && doc.mid(i, 3) == u"\"\"\"") {
                    i += 3;
                    break;
                }
                if (!block && doc.at(i) == u'\\') {
                    i += 2;
                    continue;
                }
                if (!block && (doc.at(i) == u'"' || doc.at(i) == u'\n')) {
                    ++i;
                    break;
                }
                ++i;
            }
            tokens.append({Token::Kind::Value, QStringLiteral("\"\"")});
        } else if (isNameStart(c)) {
            const qsizetype start = i;
            while (i < end && isNameChar(doc.at(i)))
                ++i;
            tokens.append({Token::Kind::Name, doc.mid(start, i - start)});
        } else if (c.isDigit() || c == u'-') {
            while (i < end
                && (doc.at(i).isLetterOrNumber() || doc.at(i) == u'.' || doc.at(i) == u'-' || doc.at(i) == u'+'))
                ++i;
            tokens.append({Token::Kind::Value, QStringLiteral("0")});
        } else if (doc.mid(i, 3) == u"...") {
            tokens.append({Token::Kind::Punct, QStringLiteral("...")});
            i += 3;
        } else {
            tokens.append({Token::Kind::Punct, QString(c)});
            ++i;
        }
    }
    return tokens;
}

} // namespace

QString GraphQLSchema::TypeRef::namedType() const
{
    const TypeRef* ref = this;
    while (!ref->ofType.isEmpty() && ref->name.isEmpty())
        ref = &ref->ofType.first();
    return ref->name;
}

QString GraphQLSchema::TypeRef::toString() const
{
    if (kind == u"NON_NULL")
        return (ofType.isEmpty() ? QString() : ofType.first().toString()) + u'!';
    if (kind == u"LIST")
        return u'[' + (ofType.isEmpty() ? QString() : ofType.first().toString()) + u']';
    return name;
}

QString GraphQLSchema::introspectionQuery()
{
    return QStringLiteral(
        "query IntrospectionQuery {\n"
        "  __schema {\n"
        "    queryType { name }\n"
        "    mutationType { name }\n"
        "    subscriptionType { name }\n"
        "    types { ...FullType }\n"
        "  }\n"
        "}\n"
        "fragment FullType on __Type {\n"
        "  kind name description\n"
        "  fields(includeDeprecated: true) {\n"
        "    name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason\n"
        "  }\n"
        "  inputFields { ...InputValue }\n"
        "  interfaces { ...TypeRef }\n"
        "  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }\n"
        "  possibleTypes { ...TypeRef }\n"
        "}\n"
        "fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }\n"
        "fragment TypeRef on __Type {\n"
        "  kind name\n"
        "  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name\n"
        "    ofType { kind name ofType { kind name } } } } } } }\n"
        "}\n");
}

Result<GraphQLSchema> GraphQLSchema::fromIntrospection(const QJsonObject& response)
{
    const QJsonArray errors = response.value(QStringLiteral("errors")).toArray();
    QJsonObject schemaObject = response.value(QStringLiteral("__schema")).toObject();
    if (schemaObject.isEmpty())
        schemaObject = response.value(QStringLiteral("data")).toObject().value(QStringLiteral("__schema")).toObject();
    if (schemaObject.isEmpty()) {
        if (!errors.isEmpty()) {
            QStringList messages;
            for (const QJsonValue e : errors)
                messages.append(e.toObject().value(QStringLiteral("message")).toString());
            return Error(tr("The server refused the introspection query: %1").arg(messages.join(QStringLiteral("; "))));
        }
        return Error(tr("The answer holds no schema (expected data.__schema from an introspection query)."));
    }
    const QJsonValue typesValue = schemaObject.value(QStringLiteral("types"));
    if (!typesValue.isArray())
        return Error(tr("The introspection answer has no list of types (__schema.types)."));

    GraphQLSchema schema;
    schema.m_queryType = nameOf(schemaObject.value(QStringLiteral("queryType")));
    schema.m_mutationType = nameOf(schemaObject.value(QStringLiteral("mutationType")));
    schema.m_subscriptionType = nameOf(schemaObject.value(QStringLiteral("subscriptionType")));
    for (const QJsonValue value : typesValue.toArray()) {
        const QJsonObject o = value.toObject();
        Type type;
        type.kind = o.value(QStringLiteral("kind")).toString();
        type.name = o.value(QStringLiteral("name")).toString();
        if (type.name.isEmpty() || type.kind.isEmpty())
            return Error(tr("A type in the introspection answer has no name or kind."));
        type.description = o.value(QStringLiteral("description")).toString();
        for (const QJsonValue f : o.value(QStringLiteral("fields")).toArray()) {
            const QJsonObject fo = f.toObject();
            type.fields.append(
                {fo.value(QStringLiteral("name")).toString(), fo.value(QStringLiteral("description")).toString(),
                    readTypeRef(fo.value(QStringLiteral("type")).toObject()),
                    readInputValues(fo.value(QStringLiteral("args")).toArray()),
                    fo.value(QStringLiteral("isDeprecated")).toBool(),
                    fo.value(QStringLiteral("deprecationReason")).toString()});
        }
        type.inputFields = readInputValues(o.value(QStringLiteral("inputFields")).toArray());
        for (const QJsonValue e : o.value(QStringLiteral("enumValues")).toArray())
            type.enumValues.append(nameOf(e));
        for (const QJsonValue p : o.value(QStringLiteral("possibleTypes")).toArray())
            type.possibleTypes.append(nameOf(p));
        for (const QJsonValue i : o.value(QStringLiteral("interfaces")).toArray())
            type.interfaces.append(nameOf(i));
        schema.m_types.insert(type.name, type);
    }
    if (schema.m_queryType.isEmpty() || !schema.m_types.contains(schema.m_queryType))
        return Error(tr("The introspection answer names no query type that it also describes."));
    return schema;
}

const GraphQLSchema::Type* GraphQLSchema::type(const QString& name) const
{
    const auto it = m_types.constFind(name);
    return it == m_types.constEnd() ? nullptr : &it.value();
}

QStringList GraphQLSchema::typeNames() const
{
    QStringList names;
    for (auto it = m_types.cbegin(); it != m_types.cend(); ++it) {
        if (!it.key().startsWith(QStringLiteral("__")))
            names.append(it.key());
    }
    names.sort();
    return names;
}

const GraphQLSchema::Field* GraphQLSchema::field(const QString& typeName, const QString& fieldName) const
{
    const Type* t = type(typeName);
    if (!t)
        return nullptr;
    const auto it
        = std::find_if(t->fields.cbegin(), t->fields.cend(), [&](const Field& f) { return f.name == fieldName; });
    return it == t->fields.cend() ? nullptr : &*it;
}

GraphQLSchema::Completion GraphQLSchema::complete(const QString& document, qsizetype cursor) const
{
    Completion completion;
    cursor = std::clamp<qsizetype>(cursor, 0, document.size());
    qsizetype wordStart = cursor;
    while (wordStart > 0 && (document.at(wordStart - 1).isLetterOrNumber() || document.at(wordStart - 1) == u'_'))
        --wordStart;
    completion.prefix = document.mid(wordStart, cursor - wordStart);
    const QList<Token> tokens = tokenize(document, wordStart);

    // Walk the tokens keeping a stack of selection sets (the type each one selects from).
    struct Frame
    {
        QString type;      ///< empty when unknown
        QString lastField; ///< the field most recently named in this selection set
    };
    QList<Frame> stack;
    QStringList header; // tokens seen at top level since the last definition ended
    int parenDepth = 0;
    QString parenField; // field whose arguments are open
    QString parenType;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens.at(i);
        if (parenDepth > 0) {
            if (t.text == u"(")
                ++parenDepth;
            else if (t.text == u")")
                --parenDepth;
            continue;
        }
        if (t.text == u"(") {
            parenDepth = 1;
            parenField = stack.isEmpty() ? QString() : stack.last().lastField;
            parenType = stack.isEmpty() ? QString() : stack.last().type;
            continue;
        }
        if (stack.isEmpty()) {
            if (t.text == u"{") {
                QString root = m_queryType;
                if (header.value(0) == u"mutation")
                    root = m_mutationType;
                else if (header.value(0) == u"subscription")
                    root = m_subscriptionType;
                else if (header.value(0) == u"fragment") {
                    const qsizetype on = header.indexOf(QStringLiteral("on"));
                    root = on >= 0 ? header.value(on + 1) : QString();
                }
                stack.append({root, QString()});
                header.clear();
            } else if (t.kind == Token::Kind::Name) {
                header.append(t.text);
            }
            continue;
        }
        Frame& frame = stack.last();
        if (t.text == u"{") {
            QString childType;
            const bool inlineFragment = i >= 1 && tokens.at(i - 1).text == u"...";
            const bool typedFragment = i >= 3 && tokens.at(i - 3).text == u"..." && tokens.at(i - 2).text == u"on";
            if (typedFragment)
                childType = tokens.at(i - 1).text;
            else if (inlineFragment)
                childType = frame.type;
            else if (const Field* f = field(frame.type, frame.lastField))
                childType = f->type.namedType();
            stack.append({childType, QString()});
        } else if (t.text == u"}") {
            stack.removeLast();
        } else if (t.kind == Token::Kind::Name) {
            const bool afterSpread = i >= 1 && tokens.at(i - 1).text == u"...";
            const bool afterOn = i >= 1 && tokens.at(i - 1).text == u"on" && i >= 2 && tokens.at(i - 2).text == u"...";
            const bool afterAt = i >= 1 && tokens.at(i - 1).text == u"@";
            if (!afterSpread && !afterOn && !afterAt && !(t.text == u"on" && afterSpread))
                frame.lastField = t.text; // an alias is overwritten by the field after ':'
        }
    }

    if (parenDepth > 0) {
        // Inside arguments: offer names only where a name is expected (after '(' or ',' or a finished value).
        const QString previous = tokens.isEmpty() ? QString() : tokens.last().text;
        if (previous == u":" || previous == u"$" || previous == u"[" || previous == u"{")
            return completion;
        const Field* f = field(parenType, parenField);
        if (!f)
            return completion;
        completion.context = Completion::Context::Arguments;
        completion.parentType = parenType + u'.' + parenField;
        for (const InputValue& arg : f->args) {
            if (arg.name.startsWith(completion.prefix))
                completion.candidates.append(arg.name);
        }
    } else if (!stack.isEmpty()) {
        const Type* t = type(stack.last().type);
        if (!t)
            return completion;
        if (!tokens.isEmpty() && (tokens.last().text == u"on" || tokens.last().text == u"@"))
            return completion;
        completion.context = Completion::Context::Fields;
        completion.parentType = t->name;
        for (const Field& f : t->fields) {
            if (f.name.startsWith(completion.prefix))
                completion.candidates.append(f.name);
        }
        if (QStringLiteral("__typename").startsWith(completion.prefix))
            completion.candidates.append(QStringLiteral("__typename"));
    }
    completion.candidates.sort();
    return completion;
}

} // namespace studio::schema
