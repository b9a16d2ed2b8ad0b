#include "core/secrets/layeredsecretstore.h"

#include "core/secrets/secretstorage.h"

#include <QPointer>

namespace studio {

LayeredSecretStore::LayeredSecretStore(Opener openPersistent, const QProcessEnvironment& environment, QObject* parent)
    : SecretStore(parent)
    , m_environment(environment)
    , m_opener(std::move(openPersistent))
{ }

LayeredSecretStore::~LayeredSecretStore() = default;

std::unique_ptr<LayeredSecretStore> LayeredSecretStore::forWorkspace(
    const QString& workspaceFolder, const QProcessEnvironment& environment, int keychainProbeTimeoutMs)
{
    auto opener = [workspaceFolder, environment, keychainProbeTimeoutMs]() -> Result<std::unique_ptr<SecretStore>> {
        const SecretStoragePlan plan = planSecretStorageBlocking(workspaceFolder, keychainProbeTimeoutMs);
        SecretStorageAnswer answer;
        if (plan.choice == SecretStoragePlan::Choice::UnlockVault) {
            // Read only when needed, and kept no longer than the unlock.
            QByteArray passphrase = environment.value(QStringLiteral("STUDIO_VAULT_PASSPHRASE")).toUtf8();
            if (passphrase.isEmpty())
                return Error {tr("the workspace keeps its secrets in a vault; set STUDIO_VAULT_PASSPHRASE to open it")};
            answer.passphrase = SecureBytes::fromBytes(passphrase);
            wipe(passphrase);
        }
        return openSecretStore(plan, answer);
    };
    return std::make_unique<LayeredSecretStore>(std::move(opener), environment);
}

SecretStore* LayeredSecretStore::persistent()
{
    if (m_persistent || m_tried)
        return m_persistent.get();
    m_tried = true;
    if (!m_opener) {
        m_problem = tr("no keychain or vault is configured");
        return nullptr;
    }
    Result<std::unique_ptr<SecretStore>> store = m_opener();
    if (!store) {
        m_problem = store.error().message;
        return nullptr;
    }
    m_persistent = std::move(store).value();
    return m_persistent.get();
}

QString LayeredSecretStore::backendName() const
{
    return m_persistent ? tr("environment variables, then %1").arg(m_persistent->backendName())
                        : tr("environment variables");
}

void LayeredSecretStore::read(const QString& ref, QObject* context, ReadCallback done)
{
    if (m_environment.contains(ref)) {
        m_environment.read(ref, context, std::move(done));
        return;
    }
    const QString variables = m_environment.variablesFor(ref).join(QStringLiteral(" or "));
    SecretStore* store = persistent();
    if (!store) {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, done = std::move(done), variables, problem = m_problem]() {
                if (guard)
                    done(Error {tr("Set %1 (%2).").arg(variables, problem)});
            },
            Qt::QueuedConnection);
        return;
    }
    // When the persistent store has nothing either, say which variable would have provided it.
    store->read(ref, context, [variables, done = std::move(done)](Result<SecureBytes> value) {
        if (value)
            done(std::move(value));
        else
            done(Error {tr("%1 Or set %2.").arg(value.error().message, variables)});
    });
}

void LayeredSecretStore::write(const QString& ref, const SecureBytes& value, QObject* context, DoneCallback done)
{
    if (SecretStore* store = persistent()) {
        store->write(ref, value, context, std::move(done));
        return;
    }
    m_environment.write(ref, value, context, std::move(done));
}

void LayeredSecretStore::remove(const QString& ref, QObject* context, DoneCallback done)
{
    if (SecretStore* store = persistent()) {
        store->remove(ref, context, std::move(done));
        return;
    }
    m_environment.remove(ref, context, std::move(done));
}

} // namespace studio
