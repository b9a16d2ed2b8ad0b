#include "core/secrets/keychainstore.h"

#include "core/secrets/secretcrypto.h"
#include "core/secrets/secretsasync_p.h"

#include <memory>
#include <QPointer>
#include <qt6keychain/keychain.h>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <utility>

namespace studio {

namespace {

enum class Operation { Read, Write, Remove };

/// A QtKeychain job set up the one way the studio uses them: our service name, never the plain-text fallback.
template<typename JobType> JobType* newJob(const QString& ref)
{
    auto* job = new JobType(KeychainStore::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(ref);
    return job;
}

/// Overwrites the buffer a finished job shares with `bytes`. wipe() leaves shared buffers alone on purpose; here the
/// only other owner is a job that has finished and is about to be deleted, so nobody can still need the bytes.
void wipeFinishedJobBuffer(QByteArray& bytes)
{
    // capacity() is 0 for raw (non-owned) data, which must not be written to.
    if (bytes.capacity() > 0 && !bytes.isEmpty())
        detail::cleanseMemory(const_cast<char*>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
    bytes = QByteArray();
}

/// The key prefix of probe entries; their errors speak of the keychain, not of a secret the user never made.
const QString ProbePrefix = QStringLiteral("studio-probe/");

/// A keychain failure in plain words that names the reference (never the value).
Error keychainError(const QKeychain::Job& job, Operation operation, const QString& backend)
{
    const QString ref = job.key();
    const QString detail = job.errorString();
    if (ref.startsWith(ProbePrefix)) {
        return Error {
            KeychainStore::tr("No keychain is reachable (%1): %2")
                .arg(backend, detail.isEmpty() ? KeychainStore::tr("error %1").arg(int(job.error())) : detail)};
    }
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return Error {KeychainStore::tr("No secret is stored in the %1 under the reference \"%2\".").arg(backend, ref)};
    case QKeychain::AccessDeniedByUser:
        return Error {KeychainStore::tr("Access to the secret \"%1\" in the %2 was refused at the keychain's prompt.")
                          .arg(ref, backend)};
    case QKeychain::AccessDenied:
        return Error {KeychainStore::tr("The %1 denied access to the secret \"%2\" (is it locked?): %3")
                          .arg(backend, ref, detail)};
    case QKeychain::NoBackendAvailable:
        return Error {KeychainStore::tr("No keychain is reachable (%1), so the secret \"%2\" cannot be used: %3")
                          .arg(backend, ref, detail)};
    case QKeychain::NotImplemented:
        return Error {KeychainStore::tr("The %1 does not support this operation (secret \"%2\").").arg(backend, ref)};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
    case QKeychain::NoError:
        break;
    }
    switch (operation) {
    case Operation::Read:
        return Error {KeychainStore::tr("Could not read the secret \"%1\" from the %2: %3").arg(ref, backend, detail)};
    case Operation::Write:
        return Error {KeychainStore::tr("Could not store the secret \"%1\" in the %2: %3").arg(ref, backend, detail)};
    case Operation::Remove:
        break;
    }
    return Error {KeychainStore::tr("Could not delete the secret \"%1\" from the %2: %3").arg(ref, backend, detail)};
}

/// Hands an outcome to the caller's callback on the context's thread, or drops it when the context is gone.
/// Called from a job's finished signal, i.e. from the event loop and never inside the store's call.
template<typename Outcome, typename Callback>
void deliver(const QPointer<QObject>& context, Callback done, Outcome outcome)
{
    if (!context)
        return;
    if (context->thread() == QThread::currentThread()) {
        done(std::move(outcome));
        return;
    }
    secrets_detail::postLater(
        context.data(), [done = std::move(done), outcome = std::move(outcome)]() mutable { done(std::move(outcome)); });
}

/// Starts a job that writes `value` under `ref`; `finished` gets the job's outcome.
void startWrite(
    const QString& ref, const SecureBytes& value, const QString& backend, std::function<void(Status)> finished)
{
    auto* job = newJob<QKeychain::WritePasswordJob>(ref);
    QByteArray shared;
    if (value.isValidUtf8()) {
        // Text stays text in the keychain (readable in Seahorse / Keychain Access). setTextData() keeps its own
        // UTF-8 copy, so our UTF-16 copy can go at once.
        QString text = value.toUtf8String();
        job->setTextData(text);
        wipe(text);
    } else {
        shared = value.reveal();
        job->setBinaryData(shared); // shares `shared`'s buffer; wiped below once the job is done with it
    }
    QObject::connect(job, &QKeychain::Job::finished, job,
        [job, backend, shared, finished = std::move(finished)](QKeychain::Job*) mutable {
            wipeFinishedJobBuffer(shared);
            finished(job->error() == QKeychain::NoError ? Status {}
                                                        : Status(keychainError(*job, Operation::Write, backend)));
        });
    job->start();
}

/// Starts a job that deletes `ref` (a missing entry counts as deleted); `finished` gets the outcome.
void startRemove(const QString& ref, const QString& backend, std::function<void(Status)> finished)
{
    auto* job = newJob<QKeychain::DeletePasswordJob>(ref);
    QObject::connect(
        job, &QKeychain::Job::finished, job, [job, backend, finished = std::move(finished)](QKeychain::Job*) {
            const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
            finished(ok ? Status {} : Status(keychainError(*job, Operation::Remove, backend)));
        });
    job->start();
}

/// Starts a job that reads `ref`; `finished` gets the value or the error.
void startRead(const QString& ref, const QString& backend, std::function<void(Result<SecureBytes>)> finished)
{
    auto* job = newJob<QKeychain::ReadPasswordJob>(ref);
    QObject::connect(
        job, &QKeychain::Job::finished, job, [job, backend, finished = std::move(finished)](QKeychain::Job*) {
            if (job->error() != QKeychain::NoError) {
                finished(keychainError(*job, Operation::Read, backend));
                return;
            }
            QByteArray data = job->binaryData();
            SecureBytes value = SecureBytes::fromBytes(data);
            wipeFinishedJobBuffer(data);
            finished(std::move(value));
        });
    job->start();
}

QString detectBackendName()
{
#if defined(Q_OS_MACOS) || defined(Q_OS_IOS)
    return KeychainStore::tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return KeychainStore::tr("Windows Credential Manager");
#else
    // The same desktop test QtKeychain makes: on KDE it prefers KWallet, elsewhere the Secret Service.
    const QByteArray desktop = qgetenv("XDG_CURRENT_DESKTOP");
    const QByteArray session = qgetenv("DESKTOP_SESSION");
    const bool kde = desktop == "KDE" || session == "kde" || session == "kde4"
        || (desktop.isEmpty() && session.isEmpty() && !qgetenv("KDE_FULL_SESSION").isEmpty());
    return kde ? KeychainStore::tr("KWallet") : KeychainStore::tr("Secret Service");
#endif
}

/// The state of one probe: it ends once (success, failure or timeout), but keeps going after a timeout so that
/// the probe entry is still deleted when a slow keychain finally answers.
struct ProbeState
{
    QPointer<QObject> context;
    SecretStore::DoneCallback done;
    QString backend;
    bool reported = false;

    void report(Status outcome)
    {
        if (reported)
            return;
        reported = true;
        deliver(context, std::move(done), std::move(outcome));
    }
};

} // namespace

QString KeychainStore::serviceName()
{
    return QStringLiteral("Integration Studio");
}

KeychainStore::KeychainStore(QObject* parent)
    : SecretStore(parent)
{ }

KeychainStore::~KeychainStore() = default;

QString KeychainStore::backendName() const
{
    return detectBackendName();
}

void KeychainStore::read(const QString& ref, QObject* context, ReadCallback done)
{
    QPointer<QObject> guard(context ? context : this);
    startRead(ref, backendName(),
        [guard, done = std::move(done)](Result<SecureBytes> outcome) { deliver(guard, done, std::move(outcome)); });
}

void KeychainStore::write(const QString& ref, const SecureBytes& value, QObject* context, DoneCallback done)
{
    QPointer<QObject> guard(context ? context : this);
    auto finished = [guard, done = std::move(done)](Status outcome) { deliver(guard, done, std::move(outcome)); };
    if (ref.isEmpty()) {
        secrets_detail::postLater(
            this, [finished] { finished(Error {tr("Cannot store a secret without a reference.")}); });
        return;
    }
    const QString backend = backendName();
    if (value.isValidUtf8()) {
        startWrite(ref, value, backend, finished);
        return;
    }
    // QtKeychain files binary values under a different type than text ones and reads text first, so an older text
    // value would shadow the new one: delete first. (Not atomic, but binary secrets are rare.)
    startRemove(ref, backend, [ref, value, backend, finished](Status removed) {
        if (!removed) {
            finished(removed);
            return;
        }
        startWrite(ref, value, backend, finished);
    });
}

void KeychainStore::remove(const QString& ref, QObject* context, DoneCallback done)
{
    QPointer<QObject> guard(context ? context : this);
    startRemove(ref, backendName(),
        [guard, done = std::move(done)](Status outcome) { deliver(guard, done, std::move(outcome)); });
}

void KeychainStore::probe(QObject* context, DoneCallback done, int timeoutMs)
{
    auto state = std::make_shared<ProbeState>();
    state->context = context ? context : this;
    state->done = std::move(done);
    state->backend = backendName();

    const QString ref = ProbePrefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto random = crypto::randomBytes(16);
    if (!random) {
        secrets_detail::postLater(this, [state, error = random.error()] { state->report(error); });
        return;
    }
    const SecureBytes value = SecureBytes::fromBytes(random->toHex());

    QTimer::singleShot(timeoutMs, this, [state, timeoutMs] {
        state->report(Error {tr("No keychain is reachable (%1): it did not answer within %2 s.")
                                 .arg(state->backend)
                                 .arg(timeoutMs / 1000.0, 0, 'g', 3)});
    });
    const auto unreachable = [state](const Error& error) { state->report(error); };
    startWrite(ref, value, state->backend, [state, ref, value, unreachable](Status written) {
        if (!written) {
            unreachable(written.error());
            return;
        }
        startRead(ref, state->backend, [state, ref, value, unreachable](Result<SecureBytes> read) {
            const Status checked = !read ? Status(read.error())
                : read.value() == value
                ? Status {}
                : Status(Error {tr("No keychain is reachable (%1): it returned a different value than was stored.")
                                    .arg(state->backend)});
            startRemove(ref, state->backend, [state, checked, unreachable](Status removed) {
                if (!checked)
                    unreachable(checked.error());
                else if (!removed)
                    unreachable(removed.error());
                else
                    state->report({});
            });
        });
    });
}

} // namespace studio
