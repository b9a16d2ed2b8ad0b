#pragma once

#include "core/common/result.h"
#include "core/workspace/endpoint.h"
#include "core/workspace/environment.h"

#include <QMap>
#include <QString>

namespace studio {

/// Replaces {{name}} placeholders. An unknown variable is an error that names it (and the field, when
/// given) — never a silent blank. `{{{{` is not special; whitespace inside braces is ignored ("{{ host }}").
class VariableResolver final
{
public:
    VariableResolver() = default;
    explicit VariableResolver(QMap<QString, QString> values);
    /// Plain variables of the environment; secret variables must be added with setValue() once read.
    static VariableResolver forEnvironment(const Environment& environment);

    void setValue(const QString& name, const QString& value);
    bool contains(const QString& name) const;

    /// Resolves one text. `fieldName` only improves the error message.
    Result<QString> resolve(const QString& text, const QString& fieldName = QString()) const;
    /// Names of the variables a text uses.
    static QStringList variablesIn(const QString& text);

    /// The endpoint with every plain field resolved (URL, store code, auth fields, TLS paths, proxy URL, SQL and
    /// file settings). The first unknown variable fails the whole endpoint with the field named.
    Result<Endpoint> resolveEndpoint(const Endpoint& endpoint) const;

private:
    QMap<QString, QString> m_values;
};

} // namespace studio
