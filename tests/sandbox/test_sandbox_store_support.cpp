#include "tests/sandbox/test_sandbox_store_support.h"

#include <atomic>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace studio::test {

namespace {

QString uniqueConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("sandbox-store-test-%1").arg(++counter);
}

} // namespace

bool openSqlite(const QString& name, const QString& path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    return db.open();
}

StoreHarness::StoreHarness(const QString& seed)
    : m_connection(uniqueConnectionName())
{
    asAdmin();
    if (!openSqlite(m_connection, databasePath())) {
        m_error = QStringLiteral("could not open the test database");
        return;
    }
    m_context.connectionName = m_connection;
    m_context.clock = &clock;
    m_context.stats = &stats;
    m_context.inputLimits = &limits;
    m_store = std::make_unique<sandbox::MagentoStore>(m_context);
    if (Status s = m_store->initialize(seed); !s) {
        m_error = s.error().message;
        return;
    }
    m_store->registerRoutes(m_router);
}

StoreHarness::~StoreHarness()
{
    m_router = sandbox::ApiRouter();
    m_store.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool StoreHarness::restart()
{
    m_router = sandbox::ApiRouter();
    m_store = std::make_unique<sandbox::MagentoStore>(m_context);
    if (Status s = m_store->initialize(QStringLiteral("empty")); !s) {
        m_error = s.error().message;
        return false;
    }
    m_store->registerRoutes(m_router);
    return true;
}

sandbox::ApiResponse StoreHarness::call(
    const QByteArray& method, const QString& url, const QJsonValue& body, const QString& storeCode)
{
    QByteArray raw;
    if (body.isObject())
        raw = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        raw = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    return callRaw(method, url, raw, storeCode);
}

sandbox::ApiResponse StoreHarness::callRaw(
    const QByteArray& method, const QString& url, const QByteArray& body, const QString& storeCode, bool fromBulk)
{
    const qsizetype question = url.indexOf(u'?');
    const QString encodedPath = question < 0 ? url : url.left(question);
    const QString query = question < 0 ? QString() : url.mid(question + 1);
    const auto match = m_router.match(method, encodedPath);
    if (!match)
        return sandbox::ApiResponse::notFound(QStringLiteral("Request does not match any route."));
    sandbox::ApiRequest request;
    request.method = method;
    request.storeCode = storeCode;
    request.path = QUrl::fromPercentEncoding(encodedPath.toUtf8());
    request.params = match->params;
    request.query = QUrlQuery(query);
    request.body = body;
    request.fromBulk = fromBulk;
    if (!body.trimmed().isEmpty())
        request.json = QJsonDocument::fromJson(body);
    request.principal = caller;
    return match->route->handler(request);
}

void StoreHarness::asCustomer(int customerId)
{
    caller = sandbox::Principal();
    caller.kind = sandbox::Principal::Kind::Customer;
    caller.userId = customerId;
}

void StoreHarness::asAdmin()
{
    caller = sandbox::Principal();
    caller.kind = sandbox::Principal::Kind::Admin;
    caller.userId = 1;
    caller.userName = QStringLiteral("admin");
    caller.aclResources = {QStringLiteral("Magento_Backend::all")};
}

QJsonObject bodyObject(const sandbox::ApiResponse& response)
{
    return response.body.toObject();
}

QByteArray describe(const sandbox::ApiResponse& response)
{
    QByteArray text = QByteArray::number(response.status) + ' ';
    if (response.body.isObject())
        text += QJsonDocument(response.body.toObject()).toJson(QJsonDocument::Compact);
    else if (response.body.isArray())
        text += QJsonDocument(response.body.toArray()).toJson(QJsonDocument::Compact);
    else
        text += QJsonDocument(QJsonArray {response.body}).toJson(QJsonDocument::Compact);
    return text.left(2000);
}

} // namespace studio::test
