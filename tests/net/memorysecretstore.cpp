#include "tests/net/memorysecretstore.h"

#include <QPointer>
#include <QTimer>

namespace studio::test {

MemorySecretStore::MemorySecretStore(QObject* parent)
    : SecretStore(parent)
{ }

QString MemorySecretStore::backendName() const
{
    return QStringLiteral("Test memory store");
}

void MemorySecretStore::read(const QString& ref, QObject* context, ReadCallback done)
{
    m_operations.append(QStringLiteral("read ") + ref);
    Result<SecureBytes> result = m_values.contains(ref)
        ? Result<SecureBytes>(m_values.value(ref))
        : Result<SecureBytes>(Error {QStringLiteral("No secret is stored under %1.").arg(ref)});
    QTimer::singleShot(0, context, [result = std::move(result), done = std::move(done)]() { done(result); });
}

void MemorySecretStore::write(const QString& ref, const SecureBytes& value, QObject* context, DoneCallback done)
{
    m_operations.append(QStringLiteral("write ") + ref);
    m_values.insert(ref, value);
    QTimer::singleShot(0, context, [done = std::move(done)]() { done(Status()); });
}

void MemorySecretStore::remove(const QString& ref, QObject* context, DoneCallback done)
{
    m_operations.append(QStringLiteral("remove ") + ref);
    m_values.remove(ref);
    QTimer::singleShot(0, context, [done = std::move(done)]() { done(Status()); });
}

void MemorySecretStore::put(const QString& ref, const QByteArray& value)
{
    m_values.insert(ref, SecureBytes::fromBytes(value));
}

QByteArray MemorySecretStore::valueOf(const QString& ref) const
{
    return m_values.value(ref).reveal();
}

int MemorySecretStore::readCount(const QString& ref) const
{
    return int(m_operations.count(QStringLiteral("read ") + ref));
}

} // namespace studio::test
