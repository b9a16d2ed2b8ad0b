#pragma once

#include "core/secrets/secretstore.h"

#include <QHash>
#include <QStringList>

namespace studio::test {

/// A SecretStore in memory for tests of code that reads secrets: asynchronous like the real stores (callbacks on
/// the next turn of the event loop), with a log of the operations so tests can check what was read and written.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject* parent = nullptr);

    QString backendName() const override;
    void read(const QString& ref, QObject* context, ReadCallback done) override;
    void write(const QString& ref, const SecureBytes& value, QObject* context, DoneCallback done) override;
    void remove(const QString& ref, QObject* context, DoneCallback done) override;

    /// Stores a value at once (test set-up).
    void put(const QString& ref, const QByteArray& value);
    bool contains(const QString& ref) const { return m_values.contains(ref); }
    QByteArray valueOf(const QString& ref) const;
    /// "read <ref>", "write <ref>", "remove <ref>", in order.
    const QStringList& operations() const { return m_operations; }
    int readCount(const QString& ref) const;

private:
    QHash<QString, SecureBytes> m_values;
    QStringList m_operations;
};

} // namespace studio::test
