#pragma once

#include "core/common/result.h"
#include "core/secrets/secretstore.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QString>

namespace studio {

struct Endpoint;

/// Secrets from environment variables, for the headless command line (`integration-studio call`, `run` in CI),
/// where no keychain is unlocked and a pipeline injects credentials as variables. Read-only: write() and remove()
/// fail with an error that says so.
///
/// Naming scheme — the one name to document for users:
///
///     STUDIO_SECRET_<ENDPOINT>_<FIELD>
///
/// `<ENDPOINT>` is the endpoint id (its file name, e.g. `magento-staging`) and `<FIELD>` the secret field name
/// (e.g. `password`, `accessToken`, `consumerSecret`, `tlsKeyPassphrase`, `proxyPassword`). Both are converted the same
/// way: a lower-to-upper case step (camelCase) becomes `_`, letters are upper-cased, every run of other characters
/// (`-`, `.`, spaces, non-ASCII) becomes one `_`, and `_` at either end is dropped. Examples:
///
///     magento-staging / accessToken     → STUDIO_SECRET_MAGENTO_STAGING_ACCESS_TOKEN
///     erp / password                    → STUDIO_SECRET_ERP_PASSWORD
///     shop.eu / tlsKeyPassphrase        → STUDIO_SECRET_SHOP_EU_TLS_KEY_PASSPHRASE
///
/// A secret can also be given by its reference, for tools that only know references:
/// `STUDIO_SECRET_REF_<REFERENCE>` with the same conversion (`ws-1a2b/0f…` → `STUDIO_SECRET_REF_WS_1A2B_0F…`).
/// The endpoint/field name wins when both are set.
///
/// A variable that is set but empty is an error, not an empty secret: an unset CI secret usually expands to "".
/// The values are read once, from the environment given to the constructor; process environments cannot be
/// wiped, so keep CI secrets scoped to the step that needs them.
class EnvironmentSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    /// Reads from `environment` (the process environment by default).
    explicit EnvironmentSecretStore(
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(), QObject* parent = nullptr);
    ~EnvironmentSecretStore() override;

    /// The variable that holds secret `field` of endpoint `endpointId`, e.g. STUDIO_SECRET_ERP_PASSWORD.
    static QString variableForField(const QString& endpointId, const QString& field);
    /// The variable that holds the secret with reference `ref`: STUDIO_SECRET_REF_<REF>.
    static QString variableForRef(const QString& ref);
    /// The upper-case, underscore form used in variable names ("magento-staging" → "MAGENTO_STAGING",
    /// "accessToken" → "ACCESS_TOKEN").
    static QString toVariablePart(const QString& name);

    /// Tells the store that reference `ref` is secret `field` of endpoint `endpointId`, so read(ref) looks at
    /// variableForField(endpointId, field) first.
    void mapField(const QString& ref, const QString& endpointId, const QString& field);
    /// mapField() for every secret reference of the endpoint's auth settings.
    void mapEndpoint(const Endpoint& endpoint);

    /// The variables read(ref) looks at, in order (the field variable if `ref` is mapped, then the reference one).
    QStringList variablesFor(const QString& ref) const;
    /// True when one of variablesFor(ref) is set and not empty.
    bool contains(const QString& ref) const;
    /// The secret `field` of endpoint `endpointId`, for fields that have no reference at all (a CI-only workspace).
    /// The error names the variable to set.
    Result<SecureBytes> readField(const QString& endpointId, const QString& field) const;

    /// "Environment variables".
    QString backendName() const override;
    void read(const QString& ref, QObject* context, ReadCallback done) override;
    /// Always fails: environment variables are read-only here.
    void write(const QString& ref, const SecureBytes& value, QObject* context, DoneCallback done) override;
    /// Always fails: environment variables are read-only here.
    void remove(const QString& ref, QObject* context, DoneCallback done) override;

    /// read() without the event loop: the environment answers at once.
    Result<SecureBytes> readNow(const QString& ref) const;

private:
    Result<SecureBytes> lookup(const QStringList& variables, const QString& what) const;

    QProcessEnvironment m_environment;
    /// ref → variable of its endpoint field
    QHash<QString, QString> m_fieldVariables;
};

} // namespace studio
