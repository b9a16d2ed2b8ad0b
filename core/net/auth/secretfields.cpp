#include "core/net/auth/secretfields.h"

#include "core/secrets/secretstore.h"

namespace studio::net {

SecretFields::SecretFields(SecretStore* store, QMap<QString, QString> refs, QStringList required, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_refs(std::move(refs))
    , m_required(std::move(required))
{ }

SecretFields::~SecretFields() = default;

void SecretFields::forget()
{
    m_values.clear();
    m_loaded = false;
}

void SecretFields::load(std::function<void(Status)> done)
{
    if (m_loaded) {
        done(Status());
        return;
    }
    m_waiting.append(std::move(done));
    if (m_reading)
        return;
    for (const QString& field : std::as_const(m_required)) {
        if (m_refs.value(field).isEmpty()) {
            finish(Error {tr("No %1 is stored for this endpoint: enter it in the endpoint's authentication settings.")
                              .arg(authFieldDisplayName(field))});
            return;
        }
    }
    m_toRead.clear();
    for (auto it = m_refs.cbegin(); it != m_refs.cend(); ++it) {
        if (!it.value().isEmpty() && !m_values.contains(it.key()))
            m_toRead.append(it.key());
    }
    if (!m_toRead.isEmpty() && !m_store) {
        finish(Error {tr("No secret store is available to read the %1.").arg(authFieldDisplayName(m_toRead.first()))});
        return;
    }
    m_reading = true;
    readNext();
}

void SecretFields::readNext()
{
    if (m_toRead.isEmpty()) {
        m_reading = false;
        m_loaded = true;
        finish(Status());
        return;
    }
    const QString field = m_toRead.takeFirst();
    m_store->read(m_refs.value(field), this, [this, field](Result<SecureBytes> result) {
        if (!result) {
            m_reading = false;
            m_toRead.clear();
            finish(Error {tr("The %1 could not be read from %2: %3")
                              .arg(authFieldDisplayName(field), m_store->backendName(), result.error().message)});
            return;
        }
        if (result.value().isEmpty() && m_required.contains(field)) {
            m_reading = false;
            m_toRead.clear();
            finish(Error {tr("The stored %1 is empty: enter it in the endpoint's authentication settings.")
                              .arg(authFieldDisplayName(field))});
            return;
        }
        if (m_observer) {
            QByteArray revealed = result.value().reveal();
            m_observer(revealed);
            wipe(revealed);
        }
        m_values.insert(field, std::move(result).value());
        readNext();
    });
}

void SecretFields::finish(const Status& status)
{
    const QList<std::function<void(Status)>> waiting = std::exchange(m_waiting, {});
    for (const auto& callback : waiting)
        callback(status);
}

} // namespace studio::net
