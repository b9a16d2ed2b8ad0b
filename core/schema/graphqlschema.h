#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace studio::schema {

/// A GraphQL schema as learned from an introspection query: types, their fields and arguments. Feeds the
/// console's schema explorer and the completion of field names in the query editor.
class GraphQLSchema final
{
    Q_DECLARE_TR_FUNCTIONS(studio::schema::GraphQLSchema)

public:
    /// A reference to a type with its wrappers, e.g. [Product!]!.
    struct TypeRef
    {
        QString kind;          ///< SCALAR, OBJECT, INTERFACE, UNION, ENUM, INPUT_OBJECT, LIST, NON_NULL
        QString name;          ///< empty for LIST and NON_NULL
        QList<TypeRef> ofType; ///< zero or one element: the wrapped type

        /// The named type under all LIST / NON_NULL wrappers.
        QString namedType() const;
        /// GraphQL notation: "[Product!]!".
        QString toString() const;
    };

    struct InputValue
    {
        QString name;
        QString description;
        TypeRef type;
        QString defaultValue;
    };

    struct Field
    {
        QString name;
        QString description;
        TypeRef type;
        QList<InputValue> args;
        bool deprecated = false;
        QString deprecationReason;
    };

    struct Type
    {
        QString kind;
        QString name;
        QString description;
        QList<Field> fields;           ///< OBJECT and INTERFACE
        QList<InputValue> inputFields; ///< INPUT_OBJECT
        QStringList enumValues;        ///< ENUM
        QStringList possibleTypes;     ///< INTERFACE and UNION
        QStringList interfaces;        ///< OBJECT
    };

    /// The introspection query the console sends (fields, args, input fields, enums, possible types,
    /// wrapped types seven levels deep).
    static QString introspectionQuery();

    /// Reads the answer to introspectionQuery(): either the whole response {"data": {"__schema": ...}} or
    /// the __schema object. GraphQL errors in the response (e.g. "introspection is disabled") become the error.
    static Result<GraphQLSchema> fromIntrospection(const QJsonObject& response);

    QString queryType() const { return m_queryType; }
    QString mutationType() const { return m_mutationType; }
    QString subscriptionType() const { return m_subscriptionType; }
    const Type* type(const QString& name) const;
    /// Every type name, sorted, without the introspection types (__Schema, __Type, ...).
    QStringList typeNames() const;
    const Field* field(const QString& typeName, const QString& fieldName) const;

    /// What completion offers at a cursor position of a query document.
    struct Completion
    {
        enum class Context { None, Fields, Arguments };
        Context context = Context::None;
        QString parentType;     ///< type whose fields (or field whose arguments) are offered
        QString prefix;         ///< the partial word before the cursor
        QStringList candidates; ///< sorted, already filtered by prefix
    };
    /// Works on incomplete documents (that is what one types); ignores strings and comments.
    Completion complete(const QString& document, qsizetype cursor) const;

private:
    QString m_queryType;
    QString m_mutationType;
    QString m_subscriptionType;
    QHash<QString, Type> m_types;
};

} // namespace studio::schema
