#include "ui/secretjobs.h"

#include <memory>
#include <QCoreApplication>
#include <QTimer>

namespace studio::ui {

namespace {

Error noStore()
{
    return Error {QCoreApplication::translate(
        "SecretJobs", "No secret store is available: no keychain is reachable and the encrypted vault is locked.")};
}

/// Calls `done` later on the thread of `context`, as SecretStore callbacks must never run inside the call.
void later(QObject* context, std::function<void()> fn)
{
    QTimer::singleShot(0, context, std::move(fn));
}

struct WriteState
{
    QPointer<SecretStore> store;
    QList<SecretWrite> writes;
    QPointer<QObject> context;
    std::function<void(Status)> done;
};

void writeNext(const std::shared_ptr<WriteState>& state)
{
    if (!state->context)
        return;
    if (state->writes.isEmpty()) {
        state->done(Status());
        return;
    }
    if (!state->store) {
        state->done(noStore());
        return;
    }
    const SecretWrite next = state->writes.takeFirst();
    state->store->write(next.ref, next.value, state->context, [state](Status status) {
        if (!status.ok()) {
            state->writes.clear();
            state->done(status);
            return;
        }
        writeNext(state);
    });
}

struct RemoveState
{
    QPointer<SecretStore> store;
    QStringList refs;
    QPointer<QObject> context;
    std::function<void(Status)> done;
    Status firstFailure;
};

void removeNext(const std::shared_ptr<RemoveState>& state)
{
    if (!state->context)
        return;
    if (state->refs.isEmpty()) {
        state->done(state->firstFailure);
        return;
    }
    if (!state->store) {
        state->done(noStore());
        return;
    }
    const QString ref = state->refs.takeFirst();
    state->store->remove(ref, state->context, [state](Status status) {
        // Keep removing the others: one stale entry must not leave the rest behind.
        if (!status.ok() && state->firstFailure.ok())
            state->firstFailure = status;
        removeNext(state);
    });
}

struct CopyState
{
    QPointer<SecretStore> store;
    QList<std::pair<QString, QString>> fromTo;
    QPointer<QObject> context;
    std::function<void(Status)> done;
};

void copyNext(const std::shared_ptr<CopyState>& state)
{
    if (!state->context)
        return;
    if (state->fromTo.isEmpty()) {
        state->done(Status());
        return;
    }
    if (!state->store) {
        state->done(noStore());
        return;
    }
    const auto [from, to] = state->fromTo.takeFirst();
    state->store->read(from, state->context, [state, to = to](Result<SecureBytes> value) {
        if (!value.ok()) {
            state->done(value.error());
            return;
        }
        if (!state->store) {
            state->done(noStore());
            return;
        }
        state->store->write(to, value.value(), state->context, [state](Status status) {
            if (!status.ok()) {
                state->done(status);
                return;
            }
            copyNext(state);
        });
    });
}

} // namespace

void writeSecrets(SecretStore* store, QList<SecretWrite> writes, QObject* context, std::function<void(Status)> done)
{
    auto state = std::make_shared<WriteState>(WriteState {store, std::move(writes), context, std::move(done)});
    later(context, [state] { writeNext(state); });
}

void removeSecrets(SecretStore* store, QStringList refs, QObject* context, std::function<void(Status)> done)
{
    auto state = std::make_shared<RemoveState>(RemoveState {store, std::move(refs), context, std::move(done), {}});
    later(context, [state] { removeNext(state); });
}

void copySecrets(
    SecretStore* store, QList<std::pair<QString, QString>> fromTo, QObject* context, std::function<void(Status)> done)
{
    auto state = std::make_shared<CopyState>(CopyState {store, std::move(fromTo), context, std::move(done)});
    later(context, [state] { copyNext(state); });
}

PendingSecretStore::PendingSecretStore(SecretStore* base, QObject* parent)
    : SecretStore(parent)
    , m_base(base)
{ }

void PendingSecretStore::setPending(const QString& ref, const SecureBytes& value)
{
    m_pending.insert(ref, value);
}

QString PendingSecretStore::backendName() const
{
    return m_base ? m_base->backendName() : tr("Unsaved values only");
}

void PendingSecretStore::read(const QString& ref, QObject* context, ReadCallback done)
{
    const auto it = m_pending.constFind(ref);
    if (it != m_pending.constEnd()) {
        SecureBytes value = it.value();
        later(context, [done = std::move(done), value] { done(value); });
        return;
    }
    if (!m_base) {
        later(context, [done = std::move(done)] { done(noStore()); });
        return;
    }
    m_base->read(ref, context, std::move(done));
}

void PendingSecretStore::write(const QString& ref, const SecureBytes& value, QObject* context, DoneCallback done)
{
    if (!m_base) {
        later(context, [done = std::move(done)] { done(noStore()); });
        return;
    }
    m_base->write(ref, value, context, std::move(done));
}

void PendingSecretStore::remove(const QString& ref, QObject* context, DoneCallback done)
{
    if (m_pending.remove(ref) > 0 || !m_base) {
        later(context, [done = std::move(done)] { done(Status()); });
        return;
    }
    m_base->remove(ref, context, std::move(done));
}

} // namespace studio::ui
