#include "core/secrets/secretstore.h"

#include "core/secrets/secretsasync_p.h"

#include <optional>
#include <QCoreApplication>
#include <QEventLoop>
#include <QThreadPool>
#include <QUuid>
#include <utility>

namespace studio {

namespace secrets_detail {

void postLater(QObject* target, std::function<void()> function)
{
    if (!target)
        target = QCoreApplication::instance();
    QMetaObject::invokeMethod(target, std::move(function), Qt::QueuedConnection);
}

void runInBackground(QObject* context, std::function<void()> work, std::function<void()> then)
{
    // The relay's destruction is the "work is done" signal: deleteLater() from the worker is safe across threads,
    // and Qt carries `destroyed` to `context`'s thread, dropping it if `context` has died in the meantime.
    if (!context)
        context = QCoreApplication::instance();
    auto* relay = new QObject;
    relay->moveToThread(context->thread());
    QObject::connect(relay, &QObject::destroyed, context, [then = std::move(then)] { then(); });
    QThreadPool::globalInstance()->start([relay, work = std::move(work)] {
        work();
        relay->deleteLater();
    });
}

} // namespace secrets_detail

namespace {

/// Waits in a local event loop until `start` has called back. The loop only runs while the callback is pending,
/// so a store that calls back before the loop starts (it must not, but) cannot leave us waiting forever.
template<typename T> T waitFor(const std::function<void(QObject*, std::function<void(T)>)>& start)
{
    QEventLoop loop;
    std::optional<T> outcome;
    start(&loop, [&](T value) {
        outcome.emplace(std::move(value));
        loop.quit();
    });
    if (!outcome)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return std::move(*outcome);
}

} // namespace

Result<SecureBytes> readSecretBlocking(SecretStore& store, const QString& ref)
{
    return waitFor<Result<SecureBytes>>([&](QObject* context, std::function<void(Result<SecureBytes>)> done) {
        store.read(ref, context, std::move(done));
    });
}

Status writeSecretBlocking(SecretStore& store, const QString& ref, const SecureBytes& value)
{
    return waitFor<Status>(
        [&](QObject* context, std::function<void(Status)> done) { store.write(ref, value, context, std::move(done)); });
}

Status removeSecretBlocking(SecretStore& store, const QString& ref)
{
    return waitFor<Status>(
        [&](QObject* context, std::function<void(Status)> done) { store.remove(ref, context, std::move(done)); });
}

QString newSecretRef(const QString& workspaceId)
{
    return u"ws-" + workspaceId + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace studio
