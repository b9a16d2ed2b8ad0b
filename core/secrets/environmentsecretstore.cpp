#include "core/secrets/environmentsecretstore.h"

#include "core/secrets/secretsasync_p.h"
#include "core/workspace/endpoint.h"

#include <utility>

namespace studio {

namespace {

const QString Prefix = QStringLiteral("STUDIO_SECRET_");

bool isAsciiAlnum(QChar ch)
{
    return (ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z') || (ch >= u'0' && ch <= u'9');
}

bool isAsciiLowerOrDigit(QChar ch)
{
    return (ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9');
}

} // namespace

EnvironmentSecretStore::EnvironmentSecretStore(const QProcessEnvironment& environment, QObject* parent)
    : SecretStore(parent)
    , m_environment(environment)
{ }

EnvironmentSecretStore::~EnvironmentSecretStore() = default;

QString EnvironmentSecretStore::toVariablePart(const QString& name)
{
    QString part;
    part.reserve(name.size() + 8);
    bool separate = false;
    QChar previous;
    for (const QChar ch : name) {
        if (isAsciiAlnum(ch)) {
            if (ch >= u'A' && ch <= u'Z' && isAsciiLowerOrDigit(previous))
                separate = true;
            if (separate && !part.isEmpty())
                part += u'_';
            separate = false;
            part += ch.toUpper();
        } else {
            separate = true;
        }
        previous = ch;
    }
    return part;
}

QString EnvironmentSecretStore::variableForField(const QString& endpointId, const QString& field)
{
    return Prefix + toVariablePart(endpointId) + u'_' + toVariablePart(field);
}

QString EnvironmentSecretStore::variableForRef(const QString& ref)
{
    return Prefix + u"REF_" + toVariablePart(ref);
}

void EnvironmentSecretStore::mapField(const QString& ref, const QString& endpointId, const QString& field)
{
    m_fieldVariables.insert(ref, variableForField(endpointId, field));
}

void EnvironmentSecretStore::mapEndpoint(const Endpoint& endpoint)
{
    for (auto it = endpoint.auth.secretRefs.cbegin(); it != endpoint.auth.secretRefs.cend(); ++it) {
        if (!it.value().isEmpty())
            mapField(it.value(), endpoint.id, it.key());
    }
}

QStringList EnvironmentSecretStore::variablesFor(const QString& ref) const
{
    QStringList variables;
    const auto field = m_fieldVariables.constFind(ref);
    if (field != m_fieldVariables.cend())
        variables.append(*field);
    variables.append(variableForRef(ref));
    return variables;
}

bool EnvironmentSecretStore::contains(const QString& ref) const
{
    const QStringList variables = variablesFor(ref);
    for (const QString& variable : variables) {
        if (!m_environment.value(variable).isEmpty())
            return true;
    }
    return false;
}

Result<SecureBytes> EnvironmentSecretStore::lookup(const QStringList& variables, const QString& what) const
{
    for (const QString& variable : variables) {
        if (!m_environment.contains(variable))
            continue;
        QString text = m_environment.value(variable);
        if (text.isEmpty())
            return Error {tr("The environment variable %1 for %2 is set but empty (an unset CI secret often "
                             "expands to nothing).")
                              .arg(variable, what)};
        SecureBytes value = SecureBytes::fromUtf8(text);
        wipe(text);
        return value;
    }
    return Error {tr("No secret for %1 in the environment: set %2.").arg(what, variables.join(tr(" or ")))};
}

Result<SecureBytes> EnvironmentSecretStore::readField(const QString& endpointId, const QString& field) const
{
    return lookup({variableForField(endpointId, field)}, tr("endpoint \"%1\", field \"%2\"").arg(endpointId, field));
}

Result<SecureBytes> EnvironmentSecretStore::readNow(const QString& ref) const
{
    return lookup(variablesFor(ref), tr("reference \"%1\"").arg(ref));
}

QString EnvironmentSecretStore::backendName() const
{
    return tr("Environment variables");
}

void EnvironmentSecretStore::read(const QString& ref, QObject* context, ReadCallback done)
{
    secrets_detail::postLater(context ? context : this,
        [outcome = readNow(ref), done = std::move(done)]() mutable { done(std::move(outcome)); });
}

void EnvironmentSecretStore::write(const QString& ref, const SecureBytes&, QObject* context, DoneCallback done)
{
    const Error error {tr("Cannot store the secret \"%1\": secrets from environment variables are read-only. Set %2 "
                          "instead.")
                           .arg(ref, variablesFor(ref).constFirst())};
    secrets_detail::postLater(context ? context : this, [error, done = std::move(done)] { done(error); });
}

void EnvironmentSecretStore::remove(const QString& ref, QObject* context, DoneCallback done)
{
    const Error error {
        tr("Cannot delete the secret \"%1\": secrets from environment variables are read-only.").arg(ref)};
    secrets_detail::postLater(context ? context : this, [error, done = std::move(done)] { done(error); });
}

} // namespace studio
