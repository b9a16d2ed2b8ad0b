#include "core/workspace/variables.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace studio {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("studio::VariableResolver", text); // lupdate's context for the callers
}

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.\\-]*)\\s*\\}\\}"));
    return pattern;
}

constexpr int MaxNesting = 8;

} // namespace

VariableResolver::VariableResolver(QMap<QString, QString> values)
    : m_values(std::move(values))
{ }

VariableResolver VariableResolver::forEnvironment(const Environment& environment)
{
    return VariableResolver(environment.variables);
}

void VariableResolver::setValue(const QString& name, const QString& value)
{
    m_values.insert(name, value);
}

bool VariableResolver::contains(const QString& name) const
{
    return m_values.contains(name);
}

QStringList VariableResolver::variablesIn(const QString& text)
{
    QStringList names;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

Result<QString> VariableResolver::resolve(const QString& text, const QString& fieldName) const
{
    const auto where = [&fieldName]() { return fieldName.isEmpty() ? QString() : tr(" in %1").arg(fieldName); };
    QString current = text;
    QStringList chain;
    for (int depth = 0; depth <= MaxNesting; ++depth) {
        if (!current.contains(u"{{"))
            return current;
        QString out;
        out.reserve(current.size());
        qsizetype last = 0;
        bool replaced = false;
        auto it = placeholderPattern().globalMatch(current);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const QString name = match.captured(1);
            const auto value = m_values.constFind(name);
            if (value == m_values.constEnd())
                return Error {tr("Unknown variable {{%1}}%2: define it in the active environment.").arg(name, where())};
            out.append(QStringView(current).mid(last, match.capturedStart() - last));
            out.append(value.value());
            last = match.capturedEnd();
            replaced = true;
            if (value.value().contains(u"{{"))
                chain.append(name);
        }
        out.append(QStringView(current).mid(last));
        if (!replaced) {
            // "{{" left that is not a well-formed placeholder: say so rather than sending it on.
            const qsizetype at = current.indexOf(u"{{");
            const qsizetype close = current.indexOf(u"}}", at);
            const QString fragment = close < 0 ? current.mid(at, 24) : current.mid(at, close - at + 2);
            return Error {tr("Malformed variable placeholder \"%1\"%2: use {{name}} with letters, digits, _ . or -.")
                              .arg(fragment, where())};
        }
        current = out;
    }
    return Error {
        tr("Variables refer to each other in a loop (%1)%2.").arg(chain.join(QStringLiteral(" → ")), where())};
}

Result<Endpoint> VariableResolver::resolveEndpoint(const Endpoint& endpoint) const
{
    Endpoint resolved = endpoint;
    std::optional<Error> failure;
    const auto apply = [&](QString& value, const QString& field) {
        if (failure)
            return;
        Result<QString> result = resolve(value, field);
        if (result)
            value = result.value();
        else
            failure = result.error();
    };
    apply(resolved.baseUrl, QStringLiteral("baseUrl"));
    apply(resolved.storeCode, QStringLiteral("storeCode"));
    for (auto it = resolved.auth.fields.begin(); it != resolved.auth.fields.end(); ++it)
        apply(it.value(), QStringLiteral("auth.") + it.key());
    apply(resolved.tls.caFile, QStringLiteral("tls.caFile"));
    apply(resolved.tls.pinnedSha256, QStringLiteral("tls.pinnedSha256"));
    apply(resolved.tls.clientCertFile, QStringLiteral("tls.clientCertFile"));
    apply(resolved.tls.clientKeyFile, QStringLiteral("tls.clientKeyFile"));
    apply(resolved.proxyUrl, QStringLiteral("proxy.url"));
    apply(resolved.sql.host, QStringLiteral("sql.host"));
    apply(resolved.sql.database, QStringLiteral("sql.database"));
    apply(resolved.sql.options, QStringLiteral("sql.options"));
    apply(resolved.file.folder, QStringLiteral("file.folder"));
    apply(resolved.file.pattern, QStringLiteral("file.pattern"));
    if (failure) {
        Error error = *failure;
        error.message = tr("Endpoint \"%1\": %2").arg(endpoint.name, error.message);
        return error;
    }
    return resolved;
}

} // namespace studio
