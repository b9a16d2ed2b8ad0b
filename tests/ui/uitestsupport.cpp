#include "tests/ui/uitestsupport.h"

#include "ui/workspacesession.h"

#include <optional>
#include <QEventLoop>
#include <QSettings>
#include <QSignalSpy>
#include <QTimer>
#include <QUuid>

namespace studio::test {

void isolateSettings(const QString& folder)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
}

Result<std::shared_ptr<KeychainStore>> reachableKeychain()
{
    auto store = std::make_shared<KeychainStore>();
    QEventLoop loop;
    std::optional<Status> outcome;
    store->probe(
        &loop,
        [&](Status status) {
            outcome = status;
            loop.quit();
        },
        10000);
    if (!outcome)
        loop.exec();
    if (!outcome->ok())
        return outcome->error();
    return store;
}

bool openAndWait(ui::WorkspaceSession& session, const QString& folder)
{
    QSignalSpy opened(&session, &ui::WorkspaceSession::opened);
    QSignalSpy failed(&session, &ui::WorkspaceSession::openFailed);
    session.open(folder);
    for (int i = 0; i < 100 && opened.isEmpty() && failed.isEmpty(); ++i)
        opened.wait(100);
    if (!failed.isEmpty())
        qWarning("Opening %s failed: %s", qPrintable(folder),
            qPrintable(failed.first().first().value<studio::Error>().toString()));
    return !opened.isEmpty();
}

QString generatedSecret(const QString& label)
{
    return label + u'-' + QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace studio::test
