#pragma once

#include "core/common/result.h"
#include "core/secrets/secretstore.h"
#include "core/secrets/securebytes.h"

#include <functional>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <utility>

namespace studio::ui {

/// A secret to store: reference and value.
struct SecretWrite
{
    QString ref;
    SecureBytes value;
};

/// Writes secrets one after another (keychains dislike parallel prompts); `done` gets the first failure,
/// or success after the last write. Runs asynchronously; `done` is not called if `context` is destroyed.
void writeSecrets(SecretStore* store, QList<SecretWrite> writes, QObject* context, std::function<void(Status)> done);
/// Removes secrets one after another; missing entries are not an error.
void removeSecrets(SecretStore* store, QStringList refs, QObject* context, std::function<void(Status)> done);
/// Copies secrets from one reference to another (pairs of from → to), e.g. to duplicate an endpoint.
void copySecrets(
    SecretStore* store, QList<std::pair<QString, QString>> fromTo, QObject* context, std::function<void(Status)> done);

/// A SecretStore that answers some references from memory and passes everything else to another store.
/// The endpoint editor uses it to test a connection with passwords typed but not yet saved.
class PendingSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingSecretStore)

public:
    /// `base` may be null: then only the pending values can be read and writes fail.
    explicit PendingSecretStore(SecretStore* base, QObject* parent = nullptr);

    /// Serves `value` for `ref` without touching the base store.
    void setPending(const QString& ref, const SecureBytes& value);

    QString backendName() const override;
    void read(const QString& ref, QObject* context, ReadCallback done) override;
    void write(const QString& ref, const SecureBytes& value, QObject* context, DoneCallback done) override;
    void remove(const QString& ref, QObject* context, DoneCallback done) override;

private:
    QPointer<SecretStore> m_base;
    QHash<QString, SecureBytes> m_pending;
};

} // namespace studio::ui
