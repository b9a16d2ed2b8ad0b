#include "core/sandbox/erp.h"

#include "core/common/clock.h"
#include "core/sandbox/seed.h"
#include "core/sandbox/storedb.h"

#include <openssl/crypto.h>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace studio::sandbox {

namespace {

/// The error for a seed name other than "demo" and "empty".
Error unknownSeed(const QString& name)
{
    return Error {
        QCoreApplication::translate("ErpBackOffice", "Unknown seed \"%1\": use \"demo\" or \"empty\".").arg(name)};
}

constexpr int kErpOnlyItems = 200;
constexpr int kErpOnlyCustomers = 40;
constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 200;

ApiResponse erpError(int status, const QString& code, const QString& message, const QJsonObject& extra = {})
{
    QJsonObject error {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        error.insert(it.key(), it.value());
    return ApiResponse {status, QJsonObject {{QStringLiteral("error"), error}}, {}};
}

ApiResponse validationFailed(const QJsonObject& fields)
{
    return erpError(422, QStringLiteral("validation_failed"), QStringLiteral("The request has invalid fields."),
        QJsonObject {{QStringLiteral("fields"), fields}});
}

QString isoTime(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QDateTime parseIso(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t;
}

QDateTime fromMagentoTime(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString money(double value)
{
    return QString::number(value, 'f', 2);
}

/// A decimal amount as the ERP accepts it: a JSON number or a string like "12.30".
std::optional<double> parseAmount(const QJsonValue& v)
{
    static const QRegularExpression decimal(QStringLiteral("^\\d+(\\.\\d{1,4})?$"));
    if (v.isDouble() && v.toDouble() >= 0)
        return v.toDouble();
    if (v.isString() && decimal.match(v.toString().trimmed()).hasMatch())
        return v.toString().trimmed().toDouble();
    return std::nullopt;
}

std::optional<int> parseCount(const QJsonValue& v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 0 && d == std::floor(d) && d < 1e9)
            return int(d);
    }
    return std::nullopt;
}

QString codeKey(const QString& code)
{
    return code.trimmed().toUpper();
}

QJsonObject itemFromSpec(const DemoProductSpec& s, SeedRandom& rng)
{
    // The ERP is the master for prices and stock: some items have moved on since the store last synced.
    double price = s.price;
    int onHand = s.qty;
    QDateTime updated = fromMagentoTime(s.updatedAt);
    const bool erpOnly = s.index > kDemoProductCount;
    if (!erpOnly && rng.chance(0.10)) {
        price = std::round(price * (1.0 + double(rng.range(-15, 20)) / 100.0)) - 0.01;
        if (price < 1)
            price = s.price;
        updated = QDateTime(QDate(2025, 12, rng.range(1, 28)), QTime(rng.range(6, 20), rng.range(0, 59)), Qt::UTC);
    }
    if (!erpOnly && rng.chance(0.30)) {
        onHand = std::max(0, onHand + rng.range(-40, 60));
        updated = QDateTime(QDate(2025, 12, rng.range(1, 28)), QTime(rng.range(6, 20), rng.range(0, 59)), Qt::UTC);
    }
    if (erpOnly)
        updated = QDateTime(QDate(2025, 12, rng.range(1, 28)), QTime(rng.range(6, 20), rng.range(0, 59)), Qt::UTC);
    QString status = s.enabled ? QStringLiteral("A") : (rng.chance(0.5) ? QStringLiteral("I") : QStringLiteral("D"));
    return QJsonObject {{QStringLiteral("ItemCode"), QStringLiteral("  %1 ").arg(s.sku)},
        {QStringLiteral("Description"), s.name}, {QStringLiteral("ListPrice"), money(price)},
        {QStringLiteral("Currency"), QStringLiteral("EUR")}, {QStringLiteral("OnHand"), onHand},
        {QStringLiteral("Status"), status}, {QStringLiteral("Color"), s.colorName},
        {QStringLiteral("WeightKg"), QString::number(s.weight, 'g', 6)}, {QStringLiteral("Category"), s.erpCategory},
        {QStringLiteral("UpdatedAt"), isoTime(updated)}, {QStringLiteral("Ean"), s.ean}};
}

QJsonObject customerFromSpec(const DemoCustomerSpec& c)
{
    return QJsonObject {{QStringLiteral("CustomerNo"), QStringLiteral("C%1").arg(10000 + c.index)},
        {QStringLiteral("Name"), QString(c.firstname + u' ' + c.lastname)}, {QStringLiteral("Email"), c.email},
        {QStringLiteral("Company"), c.company.isEmpty() ? QJsonValue() : QJsonValue(c.company)},
        {QStringLiteral("Country"), c.countryId}, {QStringLiteral("City"), c.city},
        {QStringLiteral("PostalCode"), c.postcode}, {QStringLiteral("Street"), c.street},
        {QStringLiteral("Phone"), c.telephone},
        {QStringLiteral("VatId"), c.taxvat.isEmpty() ? QJsonValue() : QJsonValue(c.taxvat)},
        {QStringLiteral("PriceGroup"), c.groupId == 2 ? QStringLiteral("WHOLESALE") : QStringLiteral("RETAIL")},
        {QStringLiteral("CreatedAt"), isoTime(fromMagentoTime(c.createdAt))}};
}

} // namespace

namespace {

std::optional<ApiResponse> readPaging(const QUrlQuery& query, int& page, int& limit)
{
    page = 1;
    limit = kDefaultLimit;
    if (query.hasQueryItem(QStringLiteral("page"))) {
        bool ok = false;
        page = query.queryItemValue(QStringLiteral("page")).toInt(&ok);
        if (!ok || page < 1)
            return erpError(400, QStringLiteral("invalid_parameter"),
                QStringLiteral("page must be a whole number from 1."),
                QJsonObject {{QStringLiteral("parameter"), QStringLiteral("page")}});
    }
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit)
            return erpError(400, QStringLiteral("invalid_parameter"),
                QStringLiteral("limit must be a whole number from 1 to %1.").arg(kMaxLimit),
                QJsonObject {{QStringLiteral("parameter"), QStringLiteral("limit")}});
    }
    return std::nullopt;
}

QJsonObject pagedAnswer(const QJsonArray& data, const QString& path, QUrlQuery query, int page, int limit, int total)
{
    const int pages = total == 0 ? 0 : (total + limit - 1) / limit;
    const auto link = [&](int p) -> QString {
        query.removeAllQueryItems(QStringLiteral("page"));
        query.removeAllQueryItems(QStringLiteral("limit"));
        query.addQueryItem(QStringLiteral("page"), QString::number(p));
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        return path + u'?' + query.query(QUrl::FullyEncoded);
    };
    return QJsonObject {{QStringLiteral("data"), data},
        {QStringLiteral("meta"),
            QJsonObject {{QStringLiteral("page"), page}, {QStringLiteral("limit"), limit},
                {QStringLiteral("total"), total}, {QStringLiteral("pages"), pages}}},
        {QStringLiteral("links"),
            QJsonObject {{QStringLiteral("self"), link(page)},
                {QStringLiteral("next"), page < pages ? QJsonValue(link(page + 1)) : QJsonValue()},
                {QStringLiteral("prev"),
                    page > 1 ? QJsonValue(link(std::min(page - 1, std::max(pages, 1)))) : QJsonValue()}}}};
}

QStringList erpSchema()
{
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS erp_meta (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS erp_item (code_key TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                       "status TEXT NOT NULL, updated_at TEXT NOT NULL, data TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS erp_customer (number TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                       "data TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS erp_order (order_no TEXT PRIMARY KEY, external_no TEXT NOT NULL UNIQUE, "
            "payload_hash TEXT NOT NULL, imported_at TEXT NOT NULL, data TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS erp_shipment (shipment_no TEXT PRIMARY KEY, order_no TEXT NOT NULL, "
                       "ready_at TEXT NOT NULL, data TEXT NOT NULL)")};
}

} // namespace

ErpBackOffice::ErpBackOffice(const SandboxContext& context)
    : m_context(context)
    , m_db(std::make_unique<StoreDb>(context.connectionName))
{ }

ErpBackOffice::~ErpBackOffice() = default;

QString ErpBackOffice::now() const
{
    const Clock& clock = m_context.clock ? *m_context.clock : systemClock();
    return isoTime(clock.now());
}

QString ErpBackOffice::apiKey() const
{
    return m_apiKey;
}

Status ErpBackOffice::initialize(const QString& seedName)
{
    if (seedName != u"demo" && seedName != u"empty")
        return unknownSeed(seedName);
    if (Status s = m_db->exec(erpSchema()); !s)
        return s;
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("SELECT value FROM erp_meta WHERE key = 'api_key'"));
    if (query.exec() && query.next()) {
        m_apiKey = query.value(0).toString();
    } else {
        QByteArray random(16, '\0');
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(random.data()), random.size() / 4);
        m_apiKey = QString::fromLatin1(random.toHex());
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO erp_meta(key, value) VALUES('api_key', ?)"));
        query.addBindValue(m_apiKey);
        if (!query.exec())
            return Error {query.lastError().text()};
    }
    query.prepare(QStringLiteral("SELECT value FROM erp_meta WHERE key = 'seed'"));
    if (query.exec() && query.next())
        return {};
    return m_db->inTransaction([&] { return seed(seedName); });
}

Status ErpBackOffice::resetToSeed(const QString& seedName)
{
    if (seedName != u"demo" && seedName != u"empty")
        return unknownSeed(seedName);
    if (Status s = m_db->exec(erpSchema()); !s)
        return s;
    return m_db->inTransaction([&]() -> Status {
        if (Status s = m_db->exec({QStringLiteral("DELETE FROM erp_item"), QStringLiteral("DELETE FROM erp_customer"),
                QStringLiteral("DELETE FROM erp_order"), QStringLiteral("DELETE FROM erp_shipment")});
            !s)
            return s;
        return seed(seedName);
    });
}

Status ErpBackOffice::seed(const QString& seedName)
{
    QSqlQuery query(m_db->database());
    if (seedName == u"demo") {
        SeedRandom rng(0xE4B0'2026ULL);
        query.prepare(
            QStringLiteral("INSERT INTO erp_item(code_key, position, status, updated_at, data) VALUES(?, ?, ?, ?, ?)"));
        for (int i = 1; i <= kDemoProductCount + kErpOnlyItems; ++i) {
            const QJsonObject item = itemFromSpec(demoProductSpec(i), rng);
            query.bindValue(0, codeKey(item.value(QStringLiteral("ItemCode")).toString()));
            query.bindValue(1, i);
            query.bindValue(2, item.value(QStringLiteral("Status")).toString());
            query.bindValue(3, item.value(QStringLiteral("UpdatedAt")).toString());
            query.bindValue(4, StoreDb::toJson(item));
            if (!query.exec())
                return Error {query.lastError().text()};
        }
        query.prepare(QStringLiteral("INSERT INTO erp_customer(number, position, data) VALUES(?, ?, ?)"));
        for (int i = 1; i <= kDemoCustomerCount + kErpOnlyCustomers; ++i) {
            // Customers beyond the store's are the ERP's own B2B accounts.
            DemoCustomerSpec c = demoCustomerSpec(i <= kDemoCustomerCount ? i : 2000 + i);
            c.index = i;
            if (i > kDemoCustomerCount) {
                c.groupId = 2;
                c.company = c.lastname + QStringLiteral(" Outdoor GmbH");
                c.email = QStringLiteral("purchasing%1@b2b.example.org").arg(i);
            }
            const QJsonObject customer = customerFromSpec(c);
            query.bindValue(0, customer.value(QStringLiteral("CustomerNo")).toString());
            query.bindValue(1, i);
            query.bindValue(2, StoreDb::toJson(customer));
            if (!query.exec())
                return Error {query.lastError().text()};
        }
    }
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO erp_meta(key, value) VALUES('seed', ?)"));
    query.addBindValue(seedName);
    if (!query.exec())
        return Error {query.lastError().text()};
    return {};
}

ApiResponse ErpBackOffice::handle(const QByteArray& method, const QString& path, const QUrlQuery& query,
    const QByteArray& body, const QByteArray& apiKeyHeaderValue)
{
    if (apiKeyHeaderValue.isEmpty()) {
        ApiResponse r = erpError(401, QStringLiteral("unauthorized"), QStringLiteral("Missing X-Api-Key header."));
        r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("ApiKey header=\"X-Api-Key\"")});
        return r;
    }
    const QByteArray expected = m_apiKey.toLatin1();
    if (m_apiKey.isEmpty() || apiKeyHeaderValue.size() != expected.size()
        || CRYPTO_memcmp(apiKeyHeaderValue.constData(), expected.constData(), size_t(expected.size())) != 0) {
        ApiResponse r = erpError(401, QStringLiteral("unauthorized"), QStringLiteral("Invalid API key."));
        r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("ApiKey header=\"X-Api-Key\"")});
        return r;
    }

    QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (QString& segment : segments)
        segment = QUrl::fromPercentEncoding(segment.toUtf8());
    const auto methodNotAllowed = [&](const QByteArray& allow) {
        ApiResponse r = erpError(405, QStringLiteral("method_not_allowed"),
            QStringLiteral("%1 is not allowed on %2.").arg(QString::fromLatin1(method), path));
        r.headers.append({QByteArrayLiteral("Allow"), allow});
        return r;
    };
    if (segments.size() >= 3 && segments.at(0) == u"api" && segments.at(1) == u"v1") {
        const QString collection = segments.at(2);
        if (segments.size() == 3) {
            if (collection == u"items")
                return method == "GET" ? listItems(query) : methodNotAllowed("GET");
            if (collection == u"customers")
                return method == "GET" ? listCustomers(query) : methodNotAllowed("GET");
            if (collection == u"shipments")
                return method == "GET" ? listShipments(query) : methodNotAllowed("GET");
            if (collection == u"orders") {
                if (method == "GET")
                    return listOrders(query);
                if (method == "POST")
                    return importOrder(body);
                return methodNotAllowed("GET, POST");
            }
        } else if (segments.size() == 4) {
            if (collection == u"items") {
                if (method == "GET")
                    return getItem(segments.at(3));
                if (method == "PATCH" || method == "PUT")
                    return updateItem(segments.at(3), body, method == "PATCH");
                return methodNotAllowed("GET, PATCH, PUT");
            }
            if (collection == u"orders")
                return method == "GET" ? getOrder(segments.at(3)) : methodNotAllowed("GET");
        } else if (segments.size() == 5 && collection == u"orders" && segments.at(4) == u"ship") {
            return method == "POST" ? shipOrder(segments.at(3)) : methodNotAllowed("POST");
        }
    }
    return erpError(
        404, QStringLiteral("not_found"), QStringLiteral("No route for %1 %2.").arg(QString::fromLatin1(method), path));
}

ApiResponse ErpBackOffice::listItems(const QUrlQuery& query)
{
    int page = 1;
    int limit = kDefaultLimit;
    if (auto error = readPaging(query, page, limit))
        return *error;
    QStringList where;
    QVariantList binds;
    if (query.hasQueryItem(QStringLiteral("status"))) {
        const QString status = query.queryItemValue(QStringLiteral("status")).toUpper();
        if (status != u"A" && status != u"I" && status != u"D")
            return erpError(400, QStringLiteral("invalid_parameter"), QStringLiteral("status must be A, I or D."),
                QJsonObject {{QStringLiteral("parameter"), QStringLiteral("status")}});
        where.append(QStringLiteral("status = ?"));
        binds.append(status);
    }
    if (query.hasQueryItem(QStringLiteral("updated_since"))) {
        const QDateTime since = parseIso(query.queryItemValue(QStringLiteral("updated_since"), QUrl::FullyDecoded));
        if (!since.isValid())
            return erpError(400, QStringLiteral("invalid_parameter"),
                QStringLiteral("updated_since must be an ISO 8601 time such as 2025-12-01T00:00:00Z."),
                QJsonObject {{QStringLiteral("parameter"), QStringLiteral("updated_since")}});
        where.append(QStringLiteral("updated_at > ?"));
        binds.append(isoTime(since));
    }
    const QString filter
        = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    QSqlQuery sql(m_db->database());
    sql.prepare(QStringLiteral("SELECT COUNT(*) FROM erp_item") + filter);
    for (const QVariant& b : std::as_const(binds))
        sql.addBindValue(b);
    if (!sql.exec() || !sql.next())
        return erpError(500, QStringLiteral("internal"), QStringLiteral("The item store is not available."));
    const int total = sql.value(0).toInt();
    sql.prepare(
        QStringLiteral("SELECT data FROM erp_item") + filter + QStringLiteral(" ORDER BY position LIMIT ? OFFSET ?"));
    for (const QVariant& b : std::as_const(binds))
        sql.addBindValue(b);
    sql.addBindValue(limit);
    sql.addBindValue(qint64(page - 1) * limit);
    QJsonArray data;
    if (sql.exec()) {
        while (sql.next())
            data.append(StoreDb::fromJson(sql.value(0).toByteArray()));
    }
    return ApiResponse::ok(pagedAnswer(data, QStringLiteral("/api/v1/items"), query, page, limit, total));
}

ApiResponse ErpBackOffice::getItem(const QString& code)
{
    QSqlQuery sql(m_db->database());
    sql.prepare(QStringLiteral("SELECT data FROM erp_item WHERE code_key = ?"));
    sql.addBindValue(codeKey(code));
    if (!sql.exec() || !sql.next())
        return erpError(404, QStringLiteral("not_found"), QStringLiteral("No item with code %1.").arg(code.trimmed()));
    return ApiResponse::ok(StoreDb::fromJson(sql.value(0).toByteArray()));
}

ApiResponse ErpBackOffice::updateItem(const QString& code, const QByteArray& body, bool partial)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject())
        return erpError(400, QStringLiteral("invalid_json"), QStringLiteral("The body must be a JSON object."));
    QSqlQuery sql(m_db->database());
    sql.prepare(QStringLiteral("SELECT data FROM erp_item WHERE code_key = ?"));
    sql.addBindValue(codeKey(code));
    if (!sql.exec() || !sql.next())
        return erpError(404, QStringLiteral("not_found"), QStringLiteral("No item with code %1.").arg(code.trimmed()));
    QJsonObject item = StoreDb::fromJson(sql.value(0).toByteArray());
    const QJsonObject in = doc.object();
    QJsonObject fieldErrors;
    static const QStringList updatable {
        QStringLiteral("OnHand"), QStringLiteral("ListPrice"), QStringLiteral("Status")};
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (!updatable.contains(it.key()))
            fieldErrors.insert(
                it.key(), QStringLiteral("is not a field that can be changed (OnHand, ListPrice, Status)"));
    }
    if (!partial) {
        for (const QString& field : updatable) {
            if (!in.contains(field))
                fieldErrors.insert(field, QStringLiteral("is required"));
        }
    }
    if (in.contains(QStringLiteral("OnHand"))) {
        const auto onHand = parseCount(in.value(QStringLiteral("OnHand")));
        if (!onHand)
            fieldErrors.insert(QStringLiteral("OnHand"), QStringLiteral("must be a whole number from 0"));
        else
            item.insert(QStringLiteral("OnHand"), *onHand);
    }
    if (in.contains(QStringLiteral("ListPrice"))) {
        const auto price = parseAmount(in.value(QStringLiteral("ListPrice")));
        if (!price)
            fieldErrors.insert(
                QStringLiteral("ListPrice"), QStringLiteral("must be a decimal amount such as \"12.30\""));
        else
            item.insert(QStringLiteral("ListPrice"), money(*price));
    }
    if (in.contains(QStringLiteral("Status"))) {
        const QString status = in.value(QStringLiteral("Status")).toString();
        if (status != u"A" && status != u"I" && status != u"D")
            fieldErrors.insert(
                QStringLiteral("Status"), QStringLiteral("must be A (active), I (inactive) or D (discontinued)"));
        else
            item.insert(QStringLiteral("Status"), status);
    }
    if (!fieldErrors.isEmpty())
        return validationFailed(fieldErrors);
    item.insert(QStringLiteral("UpdatedAt"), now());
    sql.prepare(QStringLiteral("UPDATE erp_item SET status = ?, updated_at = ?, data = ? WHERE code_key = ?"));
    sql.addBindValue(item.value(QStringLiteral("Status")).toString());
    sql.addBindValue(item.value(QStringLiteral("UpdatedAt")).toString());
    sql.addBindValue(StoreDb::toJson(item));
    sql.addBindValue(codeKey(code));
    if (!sql.exec())
        return erpError(500, QStringLiteral("internal"), QStringLiteral("The item could not be saved."));
    return ApiResponse::ok(item);
}

ApiResponse ErpBackOffice::listCustomers(const QUrlQuery& query)
{
    int page = 1;
    int limit = kDefaultLimit;
    if (auto error = readPaging(query, page, limit))
        return *error;
    QSqlQuery sql(m_db->database());
    if (!sql.exec(QStringLiteral("SELECT COUNT(*) FROM erp_customer")) || !sql.next())
        return erpError(500, QStringLiteral("internal"), QStringLiteral("The customer store is not available."));
    const int total = sql.value(0).toInt();
    sql.prepare(QStringLiteral("SELECT data FROM erp_customer ORDER BY position LIMIT ? OFFSET ?"));
    sql.addBindValue(limit);
    sql.addBindValue(qint64(page - 1) * limit);
    QJsonArray data;
    if (sql.exec()) {
        while (sql.next())
            data.append(StoreDb::fromJson(sql.value(0).toByteArray()));
    }
    return ApiResponse::ok(pagedAnswer(data, QStringLiteral("/api/v1/customers"), query, page, limit, total));
}

ApiResponse ErpBackOffice::importOrder(const QByteArray& body)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject())
        return erpError(400, QStringLiteral("invalid_json"),
            parseError.error == QJsonParseError::NoError
                ? QStringLiteral("The body must be a JSON object.")
                : QStringLiteral("The body is not valid JSON: %1.").arg(parseError.errorString()));
    const QJsonObject in = doc.object();
    QJsonObject fieldErrors;
    const QString externalNo = in.value(QStringLiteral("ExternalOrderNo")).toString().trimmed();
    if (externalNo.isEmpty())
        fieldErrors.insert(QStringLiteral("ExternalOrderNo"), QStringLiteral("is required (the shop's order number)"));
    const QJsonObject customer = in.value(QStringLiteral("Customer")).toObject();
    if (customer.value(QStringLiteral("Email")).toString().trimmed().isEmpty())
        fieldErrors.insert(QStringLiteral("Customer.Email"), QStringLiteral("is required"));
    const QJsonObject shipTo = in.value(QStringLiteral("ShipTo")).toObject();
    static const QRegularExpression countryCode(QStringLiteral("^[A-Z]{2}$"));
    if (!countryCode.match(shipTo.value(QStringLiteral("Country")).toString()).hasMatch())
        fieldErrors.insert(QStringLiteral("ShipTo.Country"), QStringLiteral("must be a two-letter country code"));
    const QJsonArray linesIn = in.value(QStringLiteral("Lines")).toArray();
    if (linesIn.isEmpty())
        fieldErrors.insert(QStringLiteral("Lines"), QStringLiteral("must list at least one line"));
    QJsonArray lines;
    double total = 0;
    QSqlQuery sql(m_db->database());
    QList<QPair<QString, int>> reservations;
    for (qsizetype i = 0; i < linesIn.size(); ++i) {
        const QJsonObject line = linesIn.at(i).toObject();
        const QString prefix = QStringLiteral("Lines[%1].").arg(i);
        const QString itemCode = line.value(QStringLiteral("ItemCode")).toString().trimmed();
        const auto qty = parseCount(line.value(QStringLiteral("Qty")));
        const auto price = parseAmount(line.value(QStringLiteral("UnitPrice")));
        if (itemCode.isEmpty()) {
            fieldErrors.insert(prefix + QStringLiteral("ItemCode"), QStringLiteral("is required"));
        } else {
            sql.prepare(QStringLiteral("SELECT 1 FROM erp_item WHERE code_key = ?"));
            sql.addBindValue(codeKey(itemCode));
            if (!sql.exec() || !sql.next())
                fieldErrors.insert(
                    prefix + QStringLiteral("ItemCode"), QStringLiteral("no item with code %1").arg(itemCode));
        }
        if (!qty || *qty < 1)
            fieldErrors.insert(prefix + QStringLiteral("Qty"), QStringLiteral("must be a whole number from 1"));
        if (!price)
            fieldErrors.insert(
                prefix + QStringLiteral("UnitPrice"), QStringLiteral("must be a decimal amount such as \"12.30\""));
        if (itemCode.isEmpty() || !qty || !price)
            continue;
        QJsonObject stored {{QStringLiteral("LineNo"), int(i + 1)}, {QStringLiteral("ItemCode"), itemCode},
            {QStringLiteral("Qty"), *qty}, {QStringLiteral("UnitPrice"), money(*price)},
            {QStringLiteral("LineTotal"), money(*price * *qty)}};
        if (line.contains(QStringLiteral("ExternalLineId")))
            stored.insert(QStringLiteral("ExternalLineId"), line.value(QStringLiteral("ExternalLineId")));
        total += *price * *qty;
        lines.append(stored);
        reservations.append({codeKey(itemCode), *qty});
    }
    if (!fieldErrors.isEmpty())
        return validationFailed(fieldErrors);

    // Idempotency by ExternalOrderNo: the same payload again answers 200 with the stored order.
    const QByteArray payloadHash
        = QCryptographicHash::hash(QJsonDocument(in).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
              .toHex();
    sql.prepare(QStringLiteral("SELECT order_no, payload_hash, data FROM erp_order WHERE external_no = ?"));
    sql.addBindValue(externalNo);
    if (sql.exec() && sql.next()) {
        const QString orderNo = sql.value(0).toString();
        if (sql.value(1).toByteArray() != payloadHash)
            return erpError(409, QStringLiteral("conflict"),
                QStringLiteral("Order %1 was already imported as %2 with different content.").arg(externalNo, orderNo),
                QJsonObject {{QStringLiteral("orderNo"), orderNo}});
        ApiResponse r = ApiResponse::ok(StoreDb::fromJson(sql.value(2).toByteArray()));
        r.headers.append({QByteArrayLiteral("X-Idempotent-Replay"), QByteArrayLiteral("true")});
        return r;
    }

    int next = 100001;
    if (sql.exec(QStringLiteral("SELECT MAX(CAST(SUBSTR(order_no, 4) AS INTEGER)) FROM erp_order")) && sql.next()
        && !sql.value(0).isNull())
        next = sql.value(0).toInt() + 1;
    const QString orderNo = QStringLiteral("SO-%1").arg(next);
    const QString importedAt = now();
    QJsonObject order {{QStringLiteral("OrderNo"), orderNo}, {QStringLiteral("ExternalOrderNo"), externalNo},
        {QStringLiteral("Status"), QStringLiteral("open")}, {QStringLiteral("ImportedAt"), importedAt},
        {QStringLiteral("Customer"), customer}, {QStringLiteral("ShipTo"), shipTo}, {QStringLiteral("Lines"), lines},
        {QStringLiteral("Total"), money(total)},
        {QStringLiteral("Currency"), in.value(QStringLiteral("Currency")).toString(QStringLiteral("EUR"))}};
    for (const char* optional : {"ExternalOrderId", "OrderDate"}) {
        if (in.contains(QLatin1String(optional)))
            order.insert(QLatin1String(optional), in.value(QLatin1String(optional)));
    }

    // The warehouse ships 5–30 minutes after import (on the sandbox clock), by a carrier picked from the number.
    const quint64 hash = QCryptographicHash::hash(orderNo.toUtf8(), QCryptographicHash::Sha256)
                             .left(8)
                             .toHex()
                             .toULongLong(nullptr, 16);
    const bool dhl = hash % 3 != 0;
    const Clock& clock = m_context.clock ? *m_context.clock : systemClock();
    const QString readyAt = isoTime(clock.now().addSecs(qint64(300 + hash % 1500)));
    QJsonArray shipmentLines;
    for (const QJsonValue& l : std::as_const(lines)) {
        QJsonObject sl {{QStringLiteral("ItemCode"), l.toObject().value(QStringLiteral("ItemCode"))},
            {QStringLiteral("Qty"), l.toObject().value(QStringLiteral("Qty"))}};
        if (l.toObject().contains(QStringLiteral("ExternalLineId")))
            sl.insert(QStringLiteral("ExternalLineId"), l.toObject().value(QStringLiteral("ExternalLineId")));
        shipmentLines.append(sl);
    }
    const QString shipmentNo = QStringLiteral("SH-%1").arg(next + 100000);
    QJsonObject shipment {{QStringLiteral("ShipmentNo"), shipmentNo}, {QStringLiteral("OrderNo"), orderNo},
        {QStringLiteral("ExternalOrderNo"), externalNo},
        {QStringLiteral("Carrier"), dhl ? QStringLiteral("dhl") : QStringLiteral("ups")},
        {QStringLiteral("CarrierTitle"), dhl ? QStringLiteral("DHL") : QStringLiteral("United Parcel Service")},
        {QStringLiteral("TrackingNumber"),
            dhl ? QStringLiteral("00340434%1").arg(hash % 10000000000ULL, 10, 10, QLatin1Char('0'))
                : QStringLiteral("1Z%1").arg(hash % 0xFFFFFFFFFFFFULL, 16, 16, QLatin1Char('0')).toUpper()},
        {QStringLiteral("ShippedAt"), readyAt}, {QStringLiteral("Lines"), shipmentLines}};
    if (in.contains(QStringLiteral("ExternalOrderId")))
        shipment.insert(QStringLiteral("ExternalOrderId"), in.value(QStringLiteral("ExternalOrderId")));

    const Status saved = m_db->inTransaction([&]() -> Status {
        QSqlQuery write(m_db->database());
        write.prepare(QStringLiteral("INSERT INTO erp_order(order_no, external_no, payload_hash, imported_at, data) "
                                     "VALUES(?, ?, ?, ?, ?)"));
        write.addBindValue(orderNo);
        write.addBindValue(externalNo);
        write.addBindValue(payloadHash);
        write.addBindValue(importedAt);
        write.addBindValue(StoreDb::toJson(order));
        if (!write.exec())
            return Error {write.lastError().text()};
        write.prepare(
            QStringLiteral("INSERT INTO erp_shipment(shipment_no, order_no, ready_at, data) VALUES(?, ?, ?, ?)"));
        write.addBindValue(shipmentNo);
        write.addBindValue(orderNo);
        write.addBindValue(readyAt);
        write.addBindValue(StoreDb::toJson(shipment));
        if (!write.exec())
            return Error {write.lastError().text()};
        // Reserve stock: the ERP's OnHand goes down with every imported order.
        for (const auto& [key, qty] : std::as_const(reservations)) {
            write.prepare(QStringLiteral("SELECT data FROM erp_item WHERE code_key = ?"));
            write.addBindValue(key);
            if (!write.exec() || !write.next())
                return Error {QStringLiteral("item %1 vanished").arg(key)};
            QJsonObject item = StoreDb::fromJson(write.value(0).toByteArray());
            item.insert(QStringLiteral("OnHand"), std::max(0, item.value(QStringLiteral("OnHand")).toInt() - qty));
            item.insert(QStringLiteral("UpdatedAt"), importedAt);
            write.prepare(QStringLiteral("UPDATE erp_item SET updated_at = ?, data = ? WHERE code_key = ?"));
            write.addBindValue(importedAt);
            write.addBindValue(StoreDb::toJson(item));
            write.addBindValue(key);
            if (!write.exec())
                return Error {write.lastError().text()};
        }
        return {};
    });
    if (!saved)
        return erpError(500, QStringLiteral("internal"), QStringLiteral("The order could not be saved."));
    ApiResponse r {201, order, {}};
    r.headers.append({QByteArrayLiteral("Location"), (QStringLiteral("/api/v1/orders/") + orderNo).toUtf8()});
    return r;
}

ApiResponse ErpBackOffice::listOrders(const QUrlQuery& query)
{
    int page = 1;
    int limit = kDefaultLimit;
    if (auto error = readPaging(query, page, limit))
        return *error;
    QString filter;
    QString since;
    if (query.hasQueryItem(QStringLiteral("since"))) {
        const QDateTime t = parseIso(query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded));
        if (!t.isValid())
            return erpError(400, QStringLiteral("invalid_parameter"),
                QStringLiteral("since must be an ISO 8601 time such as 2025-12-01T00:00:00Z."),
                QJsonObject {{QStringLiteral("parameter"), QStringLiteral("since")}});
        since = isoTime(t);
        filter = QStringLiteral(" WHERE imported_at > ?");
    }
    QSqlQuery sql(m_db->database());
    sql.prepare(QStringLiteral("SELECT COUNT(*) FROM erp_order") + filter);
    if (!since.isEmpty())
        sql.addBindValue(since);
    if (!sql.exec() || !sql.next())
        return erpError(500, QStringLiteral("internal"), QStringLiteral("The order store is not available."));
    const int total = sql.value(0).toInt();
    sql.prepare(QStringLiteral("SELECT data FROM erp_order") + filter
        + QStringLiteral(" ORDER BY imported_at, order_no LIMIT ? OFFSET ?"));
    if (!since.isEmpty())
        sql.addBindValue(since);
    sql.addBindValue(limit);
    sql.addBindValue(qint64(page - 1) * limit);
    QJsonArray data;
    if (sql.exec()) {
        while (sql.next())
            data.append(StoreDb::fromJson(sql.value(0).toByteArray()));
    }
    return ApiResponse::ok(pagedAnswer(data, QStringLiteral("/api/v1/orders"), query, page, limit, total));
}

ApiResponse ErpBackOffice::getOrder(const QString& orderNo)
{
    QSqlQuery sql(m_db->database());
    sql.prepare(QStringLiteral("SELECT data FROM erp_order WHERE order_no = ?"));
    sql.addBindValue(orderNo);
    if (!sql.exec() || !sql.next())
        return erpError(404, QStringLiteral("not_found"), QStringLiteral("No order %1.").arg(orderNo));
    return ApiResponse::ok(StoreDb::fromJson(sql.value(0).toByteArray()));
}

ApiResponse ErpBackOffice::shipOrder(const QString& orderNo)
{
    QSqlQuery sql(m_db->database());
    sql.prepare(QStringLiteral("SELECT shipment_no, ready_at, data FROM erp_shipment WHERE order_no = ?"));
    sql.addBindValue(orderNo);
    if (!sql.exec() || !sql.next())
        return erpError(404, QStringLiteral("not_found"), QStringLiteral("No order %1.").arg(orderNo));
    const QString shipmentNo = sql.value(0).toString();
    const QString stamp = now();
    if (sql.value(1).toString() <= stamp)
        return erpError(409, QStringLiteral("conflict"), QStringLiteral("Order %1 has already shipped.").arg(orderNo),
            QJsonObject {{QStringLiteral("shipmentNo"), shipmentNo}});
    QJsonObject shipment = StoreDb::fromJson(sql.value(2).toByteArray());
    shipment.insert(QStringLiteral("ShippedAt"), stamp);
    sql.prepare(QStringLiteral("UPDATE erp_shipment SET ready_at = ?, data = ? WHERE shipment_no = ?"));
    sql.addBindValue(stamp);
    sql.addBindValue(StoreDb::toJson(shipment));
    sql.addBindValue(shipmentNo);
    if (!sql.exec())
        return erpError(500, QStringLiteral("internal"), QStringLiteral("The shipment could not be saved."));
    return ApiResponse::ok(shipment);
}

ApiResponse ErpBackOffice::listShipments(const QUrlQuery& query)
{
    int page = 1;
    int limit = kDefaultLimit;
    if (auto error = readPaging(query, page, limit))
        return *error;
    QString since = QStringLiteral("0000");
    if (query.hasQueryItem(QStringLiteral("since"))) {
        const QDateTime t = parseIso(query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded));
        if (!t.isValid())
            return erpError(400, QStringLiteral("invalid_parameter"),
                QStringLiteral("since must be an ISO 8601 time such as 2025-12-01T00:00:00Z."),
                QJsonObject {{QStringLiteral("parameter"), QStringLiteral("since")}});
        since = isoTime(t);
    }
    // Only what has shipped by now is visible, so repeated polls with the newest ShippedAt as `since` see each
    // shipment exactly once.
    const QString until = now();
    QSqlQuery sql(m_db->database());
    sql.prepare(QStringLiteral("SELECT COUNT(*) FROM erp_shipment WHERE ready_at > ? AND ready_at <= ?"));
    sql.addBindValue(since);
    sql.addBindValue(until);
    if (!sql.exec() || !sql.next())
        return erpError(500, QStringLiteral("internal"), QStringLiteral("The shipment store is not available."));
    const int total = sql.value(0).toInt();
    sql.prepare(QStringLiteral("SELECT data FROM erp_shipment WHERE ready_at > ? AND ready_at <= ? "
                               "ORDER BY ready_at, shipment_no LIMIT ? OFFSET ?"));
    sql.addBindValue(since);
    sql.addBindValue(until);
    sql.addBindValue(limit);
    sql.addBindValue(qint64(page - 1) * limit);
    QJsonArray data;
    if (sql.exec()) {
        while (sql.next())
            data.append(StoreDb::fromJson(sql.value(0).toByteArray()));
    }
    QJsonObject answer = pagedAnswer(data, QStringLiteral("/api/v1/shipments"), query, page, limit, total);
    QJsonObject meta = answer.value(QStringLiteral("meta")).toObject();
    meta.insert(QStringLiteral("until"), until);
    answer.insert(QStringLiteral("meta"), meta);
    return ApiResponse::ok(answer);
}

} // namespace studio::sandbox
