#include "core/sandbox/auth.h"

#include "core/common/clock.h"
#include "core/sandbox/sandboxdb.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace studio::sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("studio::sandbox::AuthService", text);
}

// Magento's RequestThrottler user types.
constexpr int kUserTypeAdmin = 2;
constexpr int kUserTypeCustomer = 3;
// Magento's UserContextInterface user types, as carried in the JWT "utypid" claim.
constexpr int kJwtAdmin = 2;
constexpr int kJwtCustomer = 3;
constexpr int kPbkdf2Iterations = 10000;
// oauth/cleanup/expiration_period: nonces older than this are forgotten (Magento's cron does the same).
constexpr qint64 kNonceLifetimeSeconds = 120 * 60;

const QString kBadSignIn = QStringLiteral(
    "The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.");

QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray hmacSha256(const QByteArray& key, const QByteArray& data)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()), reinterpret_cast<const unsigned char*>(data.constData()),
        std::size_t(data.size()), mac, &length);
    return QByteArray(reinterpret_cast<const char*>(mac), int(length));
}

QByteArray pbkdf2(const QByteArray& password, const QByteArray& salt, int iterations)
{
    QByteArray out(32, '\0');
    PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
        reinterpret_cast<const unsigned char*>(salt.constData()), int(salt.size()), iterations, EVP_sha256(),
        int(out.size()), reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

QString hashPassword(const SecureBytes& password)
{
    QByteArray salt(16, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), salt.size() / 4);
    QByteArray plain = password.reveal();
    const QByteArray hash = pbkdf2(plain, salt, kPbkdf2Iterations);
    wipe(plain);
    return QStringLiteral("pbkdf2_sha256$%1$%2$%3")
        .arg(kPbkdf2Iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

bool passwordMatches(const QString& stored, const QString& password)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts.at(0) != u"pbkdf2_sha256")
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    QByteArray plain = password.toUtf8();
    const QByteArray actual = pbkdf2(plain, salt, parts.at(1).toInt());
    wipe(plain);
    return actual.size() == expected.size()
        && CRYPTO_memcmp(actual.constData(), expected.constData(), std::size_t(actual.size())) == 0;
}

QString aclToText(const QStringList& acl)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(acl)).toJson(QJsonDocument::Compact));
}

QStringList aclFromText(const QString& text)
{
    QStringList acl;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& value : array)
        acl.append(value.toString());
    return acl;
}

QString nowText(const Clock& clock)
{
    return clock.now().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

/// One input error as Magento's InputException collects them.
struct InputError
{
    QString message;
    QJsonObject parameters;
};

/// Magento's InputException rendering: one error is the message itself; several become
/// "One or more input exceptions have occurred." with errors[].
ApiResponse inputErrors(const QList<InputError>& errors)
{
    if (errors.size() == 1)
        return ApiResponse::badRequest(errors.first().message, errors.first().parameters);
    QJsonArray list;
    for (const InputError& error : errors)
        list.append(
            QJsonObject {{QStringLiteral("message"), error.message}, {QStringLiteral("parameters"), error.parameters}});
    ApiResponse response = ApiResponse::badRequest(QStringLiteral("One or more input exceptions have occurred."));
    QJsonObject body = response.body.toObject();
    body.insert(QStringLiteral("errors"), list);
    response.body = body;
    return response;
}

ApiResponse oauthError(int status, const QString& message, const QJsonValue& parameters = QJsonValue())
{
    return ApiResponse::error(status, message, parameters);
}

/// PHP's (int) cast: leading digits (with an optional sign), 0 when there are none.
qint64 phpInt(const QByteArray& text)
{
    const QByteArray trimmed = text.trimmed();
    qsizetype end = 0;
    if (end < trimmed.size() && (trimmed.at(end) == '-' || trimmed.at(end) == '+'))
        ++end;
    while (end < trimmed.size() && trimmed.at(end) >= '0' && trimmed.at(end) <= '9' && end < 19)
        ++end;
    bool ok = false;
    const qint64 value = trimmed.left(end).toLongLong(&ok);
    return ok ? value : 0;
}

} // namespace

QByteArray randomToken(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray out(length, '\0');
    for (int i = 0; i < length; ++i)
        out[i] = alphabet[QRandomGenerator::system()->bounded(36)];
    return out;
}

AuthService::AuthService(const SandboxContext& context, Options options)
    : m_context(context)
    , m_options(options)
{ }

Status AuthService::initialize()
{
    QSqlDatabase db = QSqlDatabase::database(m_context.connectionName, false);
    const QStringList ddl {
        QStringLiteral("CREATE TABLE IF NOT EXISTS admin_user (user_id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "username TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL, acl_resources TEXT NOT NULL, "
                       "is_active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS integration (integration_id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "name TEXT NOT NULL UNIQUE, acl_resources TEXT NOT NULL, consumer_key TEXT NOT NULL UNIQUE, "
                       "consumer_secret TEXT NOT NULL, access_token TEXT NOT NULL UNIQUE, "
                       "access_token_secret TEXT NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS oauth_nonce (nonce TEXT NOT NULL, consumer_id INTEGER NOT NULL, "
                       "timestamp INTEGER NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY (nonce, consumer_id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS oauth_token_request_log (user_name TEXT NOT NULL, "
                       "user_type INTEGER NOT NULL, failures_count INTEGER NOT NULL, "
                       "lock_expires_at INTEGER NOT NULL, PRIMARY KEY (user_name, user_type))"),
    };
    for (const QString& statement : ddl) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return sqlError(query, tr("creating the sandbox's auth tables"));
    }
    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("SELECT value FROM sandbox_meta WHERE key = 'jwt_key'"));
    if (!meta.exec())
        return sqlError(meta, tr("reading the token signing key"));
    if (meta.next()) {
        m_jwtKey = QByteArray::fromBase64(meta.value(0).toString().toLatin1());
    } else {
        m_jwtKey = QByteArray(32, '\0');
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(m_jwtKey.data()), 8);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO sandbox_meta (key, value) VALUES ('jwt_key', ?)"));
        insert.addBindValue(QString::fromLatin1(m_jwtKey.toBase64()));
        if (Status status = execQuery(insert, tr("saving the token signing key")); !status)
            return status;
    }
    loadAdminCache();
    return {};
}

Status AuthService::resetKeeping(const QString& keepAdmin, const QString& keepIntegration)
{
    QSqlDatabase db = QSqlDatabase::database(m_context.connectionName, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM admin_user WHERE username <> ?"));
    query.addBindValue(keepAdmin);
    if (Status status = execQuery(query, tr("resetting admin users")); !status)
        return status;
    query.prepare(QStringLiteral("DELETE FROM integration WHERE name <> ?"));
    query.addBindValue(keepIntegration);
    if (Status status = execQuery(query, tr("resetting integrations")); !status)
        return status;
    for (const QString& table : {QStringLiteral("oauth_nonce"), QStringLiteral("oauth_token_request_log")}) {
        if (!query.exec(QStringLiteral("DELETE FROM ") + table))
            return sqlError(query, tr("resetting %1").arg(table));
    }
    loadAdminCache();
    return {};
}

void AuthService::registerRoutes(ApiRouter& router)
{
    router.add(ApiRoute {"POST", QStringLiteral("/V1/integration/admin/token"), QStringLiteral("anonymous"),
        [this](const ApiRequest& request) { return adminTokenRoute(request); },
        QStringLiteral("/V1/integration/admin/token"), QString(), false});
    router.add(ApiRoute {"POST", QStringLiteral("/V1/integration/customer/token"), QStringLiteral("anonymous"),
        [this](const ApiRequest& request) { return customerTokenRoute(request); },
        QStringLiteral("/V1/integration/customer/token"), QString(), false});
}

void AuthService::setCustomerAuthenticator(CustomerAuthenticator authenticator)
{
    m_customerAuthenticator = std::move(authenticator);
}

Result<AdminUserInfo> AuthService::createAdminUser(
    const QString& username, const SecureBytes& password, const QStringList& aclResources)
{
    if (username.trimmed().isEmpty())
        return Error {tr("an admin user needs a username")};
    if (password.size() < 7)
        return Error {tr("the admin password must have at least 7 characters")};
    if (adminUser(username))
        return Error {tr("A user with the same user name or email already exists.")};
    QSqlQuery query(QSqlDatabase::database(m_context.connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO admin_user (username, password_hash, acl_resources, created_at) "
                                 "VALUES (?, ?, ?, ?)"));
    query.addBindValue(username);
    query.addBindValue(hashPassword(password));
    query.addBindValue(aclToText(aclResources));
    query.addBindValue(nowText(*m_context.clock));
    if (Status status = execQuery(query, tr("creating admin user %1").arg(username)); !status)
        return status.error();
    AdminUserInfo info {query.lastInsertId().toInt(), username, aclResources};
    m_admins.insert(info.id, info);
    return info;
}

std::optional<AdminUserInfo> AuthService::adminUser(const QString& username) const
{
    for (const AdminUserInfo& info : m_admins) {
        if (info.username == username)
            return info;
    }
    return std::nullopt;
}

Result<IntegrationCredentials> AuthService::createIntegration(const QString& name, const QStringList& aclResources)
{
    if (name.trimmed().isEmpty())
        return Error {tr("an integration needs a name")};
    if (integration(name))
        return Error {tr("The integration with name \"%1\" exists.").arg(name)};
    IntegrationCredentials credentials;
    credentials.name = name;
    credentials.aclResources = aclResources;
    credentials.consumerKey = SecureBytes::fromBytes(randomToken());
    credentials.consumerSecret = SecureBytes::fromBytes(randomToken());
    credentials.accessToken = SecureBytes::fromBytes(randomToken());
    credentials.accessTokenSecret = SecureBytes::fromBytes(randomToken());

    QSqlQuery query(QSqlDatabase::database(m_context.connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO integration (name, acl_resources, consumer_key, consumer_secret, "
                                 "access_token, access_token_secret, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(name);
    query.addBindValue(aclToText(aclResources));
    query.addBindValue(credentials.consumerKey.toUtf8String());
    query.addBindValue(credentials.consumerSecret.toUtf8String());
    query.addBindValue(credentials.accessToken.toUtf8String());
    query.addBindValue(credentials.accessTokenSecret.toUtf8String());
    query.addBindValue(nowText(*m_context.clock));
    if (Status status = execQuery(query, tr("creating integration %1").arg(name)); !status)
        return status.error();
    credentials.id = query.lastInsertId().toInt();
    return credentials;
}

std::optional<IntegrationCredentials> AuthService::integration(const QString& name) const
{
    QSqlQuery query(QSqlDatabase::database(m_context.connectionName, false));
    query.prepare(QStringLiteral("SELECT integration_id, acl_resources, consumer_key, consumer_secret, access_token, "
                                 "access_token_secret FROM integration WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return std::nullopt;
    IntegrationCredentials credentials;
    credentials.id = query.value(0).toInt();
    credentials.name = name;
    credentials.aclResources = aclFromText(query.value(1).toString());
    credentials.consumerKey = SecureBytes::fromUtf8(query.value(2).toString());
    credentials.consumerSecret = SecureBytes::fromUtf8(query.value(3).toString());
    credentials.accessToken = SecureBytes::fromUtf8(query.value(4).toString());
    credentials.accessTokenSecret = SecureBytes::fromUtf8(query.value(5).toString());
    return credentials;
}

void AuthService::loadAdminCache()
{
    m_admins.clear();
    m_verifiedTokens.clear();
    QSqlQuery query(QSqlDatabase::database(m_context.connectionName, false));
    if (!query.exec(QStringLiteral("SELECT user_id, username, acl_resources FROM admin_user WHERE is_active = 1")))
        return;
    while (query.next()) {
        AdminUserInfo info {query.value(0).toInt(), query.value(1).toString(), aclFromText(query.value(2).toString())};
        m_admins.insert(info.id, info);
    }
}

QString AuthService::issueToken(Principal::Kind kind, int userId) const
{
    const qint64 now = m_context.clock->now().toSecsSinceEpoch();
    const int minutes
        = kind == Principal::Kind::Customer ? m_options.customerTokenMinutes : m_options.adminTokenMinutes;
    const QByteArray header = base64Url(R"({"kid":"1","alg":"HS256"})");
    const QJsonObject claims {
        {QStringLiteral("uid"), userId},
        {QStringLiteral("utypid"), kind == Principal::Kind::Customer ? kJwtCustomer : kJwtAdmin},
        {QStringLiteral("iat"), now},
        {QStringLiteral("exp"), now + qint64(minutes) * 60},
    };
    const QByteArray payload = base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signingInput = header + '.' + payload;
    return QString::fromLatin1(signingInput + '.' + base64Url(hmacSha256(m_jwtKey, signingInput)));
}

std::optional<Principal> AuthService::jwtPrincipal(const QByteArray& token) const
{
    // Clients send the same token again and again: remember what a verified token says (a signature check and a
    // JSON parse per request otherwise). The expiry is still checked every time.
    const qint64 now = m_context.clock->now().toSecsSinceEpoch();
    if (const auto cached = m_verifiedTokens.constFind(token); cached != m_verifiedTokens.constEnd()) {
        if (cached->expires <= now)
            return std::nullopt;
        return cached->principal;
    }

    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const QByteArray expected = base64Url(hmacSha256(m_jwtKey, parts.at(0) + '.' + parts.at(1)));
    if (!oauth::signaturesEqual(expected, parts.at(2)))
        return std::nullopt;
    const QJsonObject claims
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding)).object();
    const qint64 exp = qint64(claims.value(QStringLiteral("exp")).toDouble());
    if (exp <= now)
        return std::nullopt;
    const int userId = claims.value(QStringLiteral("uid")).toInt();
    const int type = claims.value(QStringLiteral("utypid")).toInt();
    Principal principal;
    principal.userId = userId;
    if (type == kJwtAdmin) {
        const auto it = m_admins.constFind(userId);
        if (it == m_admins.constEnd())
            return std::nullopt;
        principal.kind = Principal::Kind::Admin;
        principal.userName = it->username;
        principal.aclResources = it->aclResources;
    } else if (type == kJwtCustomer) {
        principal.kind = Principal::Kind::Customer;
    } else {
        return std::nullopt;
    }
    if (m_verifiedTokens.size() >= 1024)
        m_verifiedTokens.clear();
    m_verifiedTokens.insert(token, VerifiedToken {principal, exp});
    return principal;
}

Principal AuthService::bearerPrincipal(const QByteArray& token) const
{
    if (auto principal = jwtPrincipal(token))
        return *principal;
    if (m_options.allowIntegrationBearer && token.size() == 32) {
        QSqlQuery query(QSqlDatabase::database(m_context.connectionName, false));
        query.prepare(QStringLiteral("SELECT integration_id, name, acl_resources FROM integration "
                                     "WHERE access_token = ?"));
        query.addBindValue(QString::fromLatin1(token));
        if (query.exec() && query.next()) {
            Principal principal;
            principal.kind = Principal::Kind::Integration;
            principal.userId = query.value(0).toInt();
            principal.userName = query.value(1).toString();
            principal.aclResources = aclFromText(query.value(2).toString());
            return principal;
        }
    }
    return Principal {};
}

AuthOutcome AuthService::authenticate(const AuthRequest& request)
{
    const QByteArray& header = request.authorization;
    if (header.isEmpty())
        return {};
    if (auto parameters = oauth::parseAuthorizationHeader(header))
        return oauthOutcome(request, *parameters);
    const QByteArray trimmed = header.trimmed();
    if (trimmed.size() > 7 && trimmed.left(7).toLower() == "bearer ")
        return AuthOutcome {bearerPrincipal(trimmed.mid(7).trimmed()), std::nullopt};
    return {};
}

AuthOutcome AuthService::oauthOutcome(const AuthRequest& request, const oauth::Parameters& protocolParameters)
{
    QHash<QByteArray, QByteArray> params;
    for (const oauth::Parameter& parameter : protocolParameters)
        params.insert(parameter.first, parameter.second);
    auto fail = [](int status, const QString& message, const QJsonValue& parameters = QJsonValue()) {
        return AuthOutcome {Principal {}, oauthError(status, message, parameters)};
    };

    // Oauth::_validateProtocolParams, in Magento's order.
    if (params.contains("oauth_version") && params.value("oauth_version") != "1.0")
        return fail(400, QStringLiteral("The \"%1\" Oauth version isn't supported."),
            QJsonArray {QString::fromUtf8(params.value("oauth_version"))});
    QList<InputError> missing;
    for (const char* name : {"oauth_consumer_key", "oauth_signature", "oauth_signature_method", "oauth_nonce",
             "oauth_timestamp", "oauth_token"}) {
        if (!params.contains(name))
            missing.append({QStringLiteral("\"%fieldName\" is required. Enter and try again."),
                QJsonObject {{QStringLiteral("fieldName"), QString::fromLatin1(name)}}});
    }
    if (!missing.isEmpty())
        return AuthOutcome {Principal {}, inputErrors(missing)};
    const QByteArray token = params.value("oauth_token");
    if (token.size() != 32)
        return fail(400, QStringLiteral("The token length is invalid. Check the length and try again."));
    const QByteArray method = params.value("oauth_signature_method");
    if (method != "HMAC-SHA1" && method != "HMAC-SHA256")
        return fail(
            400, QStringLiteral("Signature method %1 is not supported"), QJsonArray {QString::fromUtf8(method)});

    const QByteArray consumerKey = params.value("oauth_consumer_key");
    if (consumerKey.size() != 32)
        return fail(401, QStringLiteral("Consumer key is not the correct length"));
    QSqlDatabase db = QSqlDatabase::database(m_context.connectionName, false);
    QSqlQuery consumer(db);
    consumer.prepare(QStringLiteral("SELECT integration_id, name, acl_resources, consumer_secret, access_token, "
                                    "access_token_secret FROM integration WHERE consumer_key = ?"));
    consumer.addBindValue(QString::fromLatin1(consumerKey));
    if (!consumer.exec() || !consumer.next())
        return fail(401, QStringLiteral("A consumer having the specified key does not exist"));
    const int consumerId = consumer.value(0).toInt();

    // Nonce and timestamp (Nonce\Generator::validateNonce): the nonce is stored before the signature is checked.
    const qint64 timestamp = phpInt(params.value("oauth_timestamp"));
    const qint64 now = m_context.clock->now().toSecsSinceEpoch();
    if (timestamp <= 0 || timestamp > now + 600)
        return fail(401, QStringLiteral("Incorrect timestamp value in the oauth_timestamp parameter"));
    const QByteArray nonce = params.value("oauth_nonce");
    if (nonce.size() > 32) // varchar(32) in a strict-mode MySQL
        return fail(401, QStringLiteral("An error occurred validating the nonce"));
    pruneNonces();
    QSqlQuery nonceQuery(db);
    nonceQuery.prepare(QStringLiteral("SELECT 1 FROM oauth_nonce WHERE nonce = ? AND consumer_id = ?"));
    nonceQuery.addBindValue(QString::fromUtf8(nonce));
    nonceQuery.addBindValue(consumerId);
    if (!nonceQuery.exec())
        return fail(401, QStringLiteral("An error occurred validating the nonce"));
    if (nonceQuery.next())
        return fail(401, QStringLiteral("The nonce is already being used by the consumer with ID %1"),
            QJsonArray {QString::number(consumerId)});
    nonceQuery.prepare(QStringLiteral("INSERT INTO oauth_nonce (nonce, consumer_id, timestamp, created_at) "
                                      "VALUES (?, ?, ?, ?)"));
    nonceQuery.addBindValue(QString::fromUtf8(nonce));
    nonceQuery.addBindValue(consumerId);
    nonceQuery.addBindValue(timestamp);
    nonceQuery.addBindValue(now);
    if (!nonceQuery.exec())
        return fail(401, QStringLiteral("An error occurred validating the nonce"));

    // Token\Provider::validateAccessTokenRequest: the access token must exist and belong to this consumer.
    QSqlQuery tokenQuery(db);
    tokenQuery.prepare(QStringLiteral("SELECT integration_id FROM integration WHERE access_token = ?"));
    tokenQuery.addBindValue(QString::fromLatin1(token));
    if (!tokenQuery.exec() || !tokenQuery.next())
        return fail(401, QStringLiteral("Specified token does not exist"));
    if (tokenQuery.value(0).toInt() != consumerId)
        return fail(401, QStringLiteral("Token is not associated with the specified consumer"));

    QByteArray consumerSecret = consumer.value(3).toString().toUtf8();
    QByteArray tokenSecret = consumer.value(5).toString().toUtf8();
    const oauth::Parameters signedParameters = oauth::signedParameters(
        protocolParameters, request.rawQuery, request.contentType, request.body, m_options.parameterRules);
    const QByteArray baseString = oauth::signatureBaseString(request.method,
        oauth::baseStringUri(request.scheme, request.host, request.encodedPath), signedParameters,
        m_options.parameterRules);
    const std::optional<QByteArray> expected = oauth::sign(method, baseString, consumerSecret, tokenSecret);
    wipe(consumerSecret);
    wipe(tokenSecret);
    if (!expected || !oauth::signaturesEqual(*expected, params.value("oauth_signature")))
        return fail(401, QStringLiteral("The signature is invalid. Verify and try again."));

    Principal principal;
    principal.kind = Principal::Kind::Integration;
    principal.userId = consumerId;
    principal.userName = consumer.value(1).toString();
    principal.aclResources = aclFromText(consumer.value(2).toString());
    return AuthOutcome {principal, std::nullopt};
}

void AuthService::pruneNonces()
{
    const qint64 now = m_context.clock->now().toSecsSinceEpoch();
    if (now - m_lastNoncePrune < 600 && m_lastNoncePrune != 0)
        return;
    m_lastNoncePrune = now;
    QSqlQuery query(QSqlDatabase::database(m_context.connectionName, false));
    query.prepare(QStringLiteral("DELETE FROM oauth_nonce WHERE created_at < ?"));
    query.addBindValue(now - kNonceLifetimeSeconds);
    query.exec();
}

std::optional<ApiResponse> AuthService::validateCredentials(
    const ApiRequest& request, QString& username, QString& password)
{
    const QJsonObject body = request.json.object();
    QList<InputError> missing;
    for (const QString& name : {QStringLiteral("username"), QStringLiteral("password")}) {
        if (!body.contains(name))
            missing.append({QStringLiteral("\"%fieldName\" is required. Enter and try again."),
                QJsonObject {{QStringLiteral("fieldName"), name}}});
    }
    if (!missing.isEmpty())
        return inputErrors(missing);

    // CredentialsValidator: both must be non-empty strings.
    QList<InputError> errors;
    const QJsonValue user = body.value(QStringLiteral("username"));
    const QJsonValue pass = body.value(QStringLiteral("password"));
    username = user.isString() ? user.toString() : user.isDouble() ? QString::number(user.toDouble()) : QString();
    password = pass.isString() ? pass.toString() : pass.isDouble() ? QString::number(pass.toDouble()) : QString();
    if (username.isEmpty())
        errors.append({QStringLiteral("%fieldName is a required field."),
            QJsonObject {{QStringLiteral("fieldName"), QStringLiteral("username")}}});
    if (password.isEmpty())
        errors.append({QStringLiteral("%fieldName is a required field."),
            QJsonObject {{QStringLiteral("fieldName"), QStringLiteral("password")}}});
    if (!errors.isEmpty())
        return inputErrors(errors);
    return std::nullopt;
}

bool AuthService::isLocked(const QString& username, int userType) const
{
    QSqlQuery query(QSqlDatabase::database(m_context.connectionName, false));
    query.prepare(QStringLiteral("SELECT failures_count FROM oauth_token_request_log "
                                 "WHERE user_name = ? AND user_type = ? AND lock_expires_at > ?"));
    query.addBindValue(username);
    query.addBindValue(userType);
    query.addBindValue(m_context.clock->now().toSecsSinceEpoch());
    return query.exec() && query.next() && query.value(0).toInt() >= m_options.maxFailures;
}

void AuthService::recordFailure(const QString& username, int userType)
{
    // RequestLog\Writer::incrementFailuresCount: each failure extends the lock; an expired entry starts over
    // (Magento's cron clears expired entries).
    const qint64 now = m_context.clock->now().toSecsSinceEpoch();
    QSqlQuery query(QSqlDatabase::database(m_context.connectionName, false));
    query.prepare(
        QStringLiteral("INSERT INTO oauth_token_request_log (user_name, user_type, failures_count, lock_expires_at) "
                       "VALUES (?, ?, 1, ?) ON CONFLICT(user_name, user_type) DO UPDATE SET "
                       "failures_count = CASE WHEN lock_expires_at > ? THEN failures_count + 1 ELSE 1 END, "
                       "lock_expires_at = excluded.lock_expires_at"));
    query.addBindValue(username);
    query.addBindValue(userType);
    query.addBindValue(now + m_options.lockSeconds);
    query.addBindValue(now);
    query.exec();
}

void AuthService::clearFailures(const QString& username, int userType)
{
    QSqlQuery query(QSqlDatabase::database(m_context.connectionName, false));
    query.prepare(QStringLiteral("DELETE FROM oauth_token_request_log WHERE user_name = ? AND user_type = ?"));
    query.addBindValue(username);
    query.addBindValue(userType);
    query.exec();
}

std::optional<AdminUserInfo> AuthService::checkAdminPassword(const QString& username, const QString& password) const
{
    QSqlQuery query(QSqlDatabase::database(m_context.connectionName, false));
    query.prepare(QStringLiteral("SELECT user_id, password_hash, acl_resources FROM admin_user "
                                 "WHERE username = ? AND is_active = 1"));
    query.addBindValue(username);
    if (!query.exec() || !query.next())
        return std::nullopt;
    if (!passwordMatches(query.value(1).toString(), password))
        return std::nullopt;
    return AdminUserInfo {query.value(0).toInt(), username, aclFromText(query.value(2).toString())};
}

ApiResponse AuthService::adminTokenRoute(const ApiRequest& request)
{
    QString username;
    QString password;
    if (auto error = validateCredentials(request, username, password))
        return *error;
    if (isLocked(username, kUserTypeAdmin)) {
        wipe(password);
        return ApiResponse::error(401, kBadSignIn);
    }
    const std::optional<AdminUserInfo> user = checkAdminPassword(username, password);
    wipe(password);
    if (!user) {
        recordFailure(username, kUserTypeAdmin);
        return ApiResponse::error(401, kBadSignIn);
    }
    clearFailures(username, kUserTypeAdmin);
    return ApiResponse::ok(issueToken(Principal::Kind::Admin, user->id));
}

ApiResponse AuthService::customerTokenRoute(const ApiRequest& request)
{
    QString username;
    QString password;
    if (auto error = validateCredentials(request, username, password))
        return *error;
    if (isLocked(username, kUserTypeCustomer)) {
        wipe(password);
        return ApiResponse::error(401, kBadSignIn);
    }
    const std::optional<int> customerId
        = m_customerAuthenticator ? m_customerAuthenticator(username, password) : std::nullopt;
    wipe(password);
    if (!customerId) {
        recordFailure(username, kUserTypeCustomer);
        return ApiResponse::error(401, kBadSignIn);
    }
    clearFailures(username, kUserTypeCustomer);
    return ApiResponse::ok(issueToken(Principal::Kind::Customer, *customerId));
}

} // namespace studio::sandbox
