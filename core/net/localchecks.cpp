#include "core/net/localchecks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QUuid>

namespace studio::net {

namespace {

// The context lupdate gives tr() in free functions of this namespace.
QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("studio::net", text, comment, n);
}

ConnectionCheck passed(const QString& name, const QString& detail)
{
    return ConnectionCheck {name, ConnectionCheck::State::Passed, detail};
}

ConnectionCheck failed(const QString& name, const QString& detail)
{
    return ConnectionCheck {name, ConnectionCheck::State::Failed, detail};
}

QStringList patternsOf(const QString& pattern)
{
    QStringList patterns;
    for (const QString& part : pattern.split(QRegularExpression(QStringLiteral("[;,]")), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            patterns.append(trimmed);
    }
    if (patterns.isEmpty())
        patterns.append(QStringLiteral("*"));
    return patterns;
}

// Splits one CSV line (the header) with the endpoint's delimiter and quote; "" inside quotes is a quote.
QStringList splitCsvLine(const QString& line, QChar delimiter, QChar quote)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == quote) {
                if (i + 1 < line.size() && line.at(i + 1) == quote) {
                    current += quote;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current += c;
            }
        } else if (c == quote && current.isEmpty()) {
            quoted = true;
        } else if (c == delimiter) {
            fields.append(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
    }
    fields.append(current.trimmed());
    return fields;
}

QString listPreview(const QStringList& items, int max = 12)
{
    if (items.size() <= max)
        return items.join(QStringLiteral(", "));
    return items.mid(0, max).join(QStringLiteral(", ")) + tr(" and %n more", nullptr, int(items.size() - max));
}

} // namespace

QString debianPackageForSqlDriver(const QString& driver)
{
    const QString d = driver.toUpper();
    if (d == u"QPSQL")
        return QStringLiteral("libqt6sql6-psql");
    if (d == u"QMYSQL" || d == u"QMARIADB")
        return QStringLiteral("libqt6sql6-mysql");
    if (d == u"QODBC")
        return QStringLiteral("libqt6sql6-odbc");
    if (d == u"QSQLITE")
        return QStringLiteral("libqt6sql6-sqlite");
    if (d == u"QIBASE")
        return QStringLiteral("libqt6sql6-ibase");
    return {};
}

QList<ConnectionCheck> checkSqlEndpoint(const Endpoint& endpoint, const SecureBytes& password)
{
    QList<ConnectionCheck> checks;
    const SqlSettings& sql = endpoint.sql;
    const QString driverName = tr("Driver");
    if (sql.driver.trimmed().isEmpty()) {
        checks << failed(driverName,
            tr("No SQL driver is chosen: pick one of %1.").arg(QSqlDatabase::drivers().join(QStringLiteral(", "))));
        return checks;
    }
    if (!QSqlDatabase::isDriverAvailable(sql.driver)) {
        const QString package = debianPackageForSqlDriver(sql.driver);
        checks << failed(driverName,
            package.isEmpty()
                ? tr("The Qt SQL driver %1 is not installed here (available: %2).")
                      .arg(sql.driver, QSqlDatabase::drivers().join(QStringLiteral(", ")))
                : tr(
                    "The Qt SQL driver %1 is not installed here: install it (on Debian: apt install %2) and try again.")
                      .arg(sql.driver, package));
        return checks;
    }
    checks << passed(driverName, tr("The Qt SQL driver %1 is available.").arg(sql.driver));
    const bool sqlite = sql.driver.compare(u"QSQLITE", Qt::CaseInsensitive) == 0;
    if (sqlite && sql.database != u":memory:" && !QFileInfo::exists(sql.database)) {
        // QSQLITE would quietly create an empty database instead.
        checks << failed(tr("Connection"), tr("The SQLite file %1 does not exist.").arg(sql.database));
        return checks;
    }
    const QString connectionName = QStringLiteral("studio-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(sql.driver, connectionName);
        db.setHostName(sql.host);
        if (sql.port > 0)
            db.setPort(sql.port);
        db.setDatabaseName(sql.database);
        db.setUserName(endpoint.auth.fields.value(QStringLiteral("username")));
        QString secret = password.toUtf8String();
        db.setPassword(secret);
        wipe(secret);
        QString options = sql.options;
        if (!sqlite && !options.contains(u"connect_timeout", Qt::CaseInsensitive)
            && sql.driver.compare(u"QPSQL", Qt::CaseInsensitive) == 0)
            options = options.isEmpty() ? QStringLiteral("connect_timeout=10")
                                        : options + QStringLiteral(";connect_timeout=10");
        if (!sqlite && !options.contains(u"CONNECT_TIMEOUT", Qt::CaseInsensitive)
            && sql.driver.compare(u"QMYSQL", Qt::CaseInsensitive) == 0)
            options = options.isEmpty() ? QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10")
                                        : options + QStringLiteral(";MYSQL_OPT_CONNECT_TIMEOUT=10");
        db.setConnectOptions(options);
        const QString where = sqlite
            ? sql.database
            : tr("%1 on %2%3")
                  .arg(sql.database, sql.host.isEmpty() ? QStringLiteral("localhost") : sql.host,
                      sql.port > 0 ? QStringLiteral(":%1").arg(sql.port) : QString());
        if (!db.open()) {
            checks << failed(tr("Connection"),
                tr("The database %1 could not be opened: %2").arg(where, db.lastError().text().simplified()));
        } else {
            checks << passed(tr("Connection"), tr("Connected to %1.").arg(where));
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT 1")) && query.next() && query.value(0).toInt() == 1)
                checks << passed(tr("Query"), tr("SELECT 1 answered 1."));
            else
                checks << failed(tr("Query"),
                    tr("The database did not answer SELECT 1: %1").arg(query.lastError().text().simplified()));
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return checks;
}

QList<ConnectionCheck> checkFileEndpoint(const Endpoint& endpoint)
{
    QList<ConnectionCheck> checks;
    const FileSettings& settings = endpoint.file;
    const QFileInfo folder(settings.folder);
    const QString folderName = tr("Folder");
    if (settings.folder.trimmed().isEmpty()) {
        checks << failed(folderName, tr("No folder is set."));
        return checks;
    }
    if (!folder.exists()) {
        checks << failed(folderName, tr("The folder %1 does not exist.").arg(settings.folder));
        return checks;
    }
    if (!folder.isDir()) {
        checks << failed(folderName, tr("%1 is a file, not a folder.").arg(settings.folder));
        return checks;
    }
    QDir dir(settings.folder);
    if (!folder.isReadable() || !dir.isReadable()) {
        checks << failed(folderName, tr("The folder %1 cannot be read (permissions).").arg(settings.folder));
        return checks;
    }
    checks << passed(
        folderName, tr("The folder %1 exists and can be read.").arg(QDir::toNativeSeparators(settings.folder)));
    const QStringList files = dir.entryList(patternsOf(settings.pattern), QDir::Files | QDir::Readable, QDir::Name);
    const QString filesName = tr("Files");
    if (files.isEmpty()) {
        checks << failed(filesName, tr("No file in the folder matches %1.").arg(settings.pattern));
        return checks;
    }
    checks << passed(filesName, tr("%n file(s) match %1.", nullptr, int(files.size())).arg(settings.pattern));
    const QString first = dir.filePath(files.first());
    QFile file(first);
    const QString headerName = tr("Header");
    if (!file.open(QIODevice::ReadOnly)) {
        checks << failed(headerName, tr("The file %1 cannot be read: %2").arg(files.first(), file.errorString()));
        return checks;
    }
    const QByteArray head = file.read(256 * 1024);
    auto encoding = QStringConverter::encodingForName(settings.encoding.toLatin1().constData());
    if (!encoding) {
        checks << failed(headerName, tr("The encoding %1 is not known.").arg(settings.encoding));
        return checks;
    }
    QStringDecoder decoder(*encoding);
    QString text = decoder(head);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QString format = settings.format.toLower();
    if (format == u"csv") {
        const QString line = text.section(u'\n', 0, 0).remove(u'\r');
        if (line.trimmed().isEmpty()) {
            checks << failed(headerName, tr("The first file, %1, is empty.").arg(files.first()));
            return checks;
        }
        const QChar delimiter = settings.delimiter == u"\\t" ? QChar(u'\t')
            : settings.delimiter.isEmpty()                   ? QChar(u',')
                                                             : settings.delimiter.at(0);
        const QChar quote = settings.quote.isEmpty() ? QChar(u'"') : settings.quote.at(0);
        const QStringList columns = splitCsvLine(line, delimiter, quote);
        checks << passed(headerName,
            settings.hasHeader
                ? tr("%1 has %n column(s): %2.", nullptr, int(columns.size())).arg(files.first(), listPreview(columns))
                : tr("%1 has %n column(s) (no header row).", nullptr, int(columns.size())).arg(files.first()));
        return checks;
    }
    QByteArray firstRecord;
    if (format == u"jsonl" || format == u"ndjson") {
        firstRecord = text.section(u'\n', 0, 0).toUtf8();
    } else {
        const QString trimmed = text.trimmed();
        // Only the start of a big file was read: judge the first element of a top-level array.
        QJsonParseError error {};
        const QJsonDocument whole = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError) {
            firstRecord = whole.isArray() ? QJsonDocument(whole.array().at(0).toObject()).toJson()
                                          : QJsonDocument(whole.object()).toJson();
        } else if (file.size() > head.size() && trimmed.startsWith(u'[')) {
            checks << passed(headerName, tr("%1 starts with a JSON array.").arg(files.first()));
            return checks;
        } else {
            checks << failed(headerName,
                tr("%1 is not valid JSON: %2 at byte %3.").arg(files.first(), error.errorString()).arg(error.offset));
            return checks;
        }
    }
    QJsonParseError error {};
    const QJsonDocument record = QJsonDocument::fromJson(firstRecord, &error);
    if (error.error != QJsonParseError::NoError || !record.isObject()) {
        checks << failed(headerName, tr("The first record of %1 is not a JSON object.").arg(files.first()));
        return checks;
    }
    checks << passed(headerName,
        tr("The first record of %1 has the fields %2.").arg(files.first(), listPreview(record.object().keys())));
    return checks;
}

} // namespace studio::net
