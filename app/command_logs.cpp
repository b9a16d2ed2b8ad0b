// `integration-studio logs verify|export`: audit and export the request log of a workspace.

#include "app/commands.h"
#include "core/log/logexport.h"
#include "core/log/logpaths.h"
#include "core/log/logreader.h"

#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace studio::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LogsCommand", text);
}

/// Exit codes of `logs`.
enum Exit : int {
    Ok = 0,
    VerificationFailed = 1,
    UsageError = 2,
    IoError = 3,
};

int usageError(const QString& message)
{
    QTextStream(stderr) << tr("logs: %1").arg(message) << '\n'
                        << tr("Usage: integration-studio logs verify --workspace DIR\n"
                              "       integration-studio logs export --workspace DIR --format jsonl|har [--from ISO] "
                              "[--to ISO] [--ids 1,2,5-9] [--out FILE]")
                        << '\n';
    return UsageError;
}

/// The log path of a workspace folder, or an error when the folder is not a workspace.
Result<QString> logPathFor(const QString& workspace)
{
    if (workspace.isEmpty())
        return Error {tr("--workspace DIR is required.")};
    const QFileInfo folder(workspace);
    if (!folder.isDir())
        return Error {tr("The workspace folder %1 does not exist.").arg(QDir::toNativeSeparators(workspace))};
    if (!QFileInfo::exists(QDir(workspace).filePath(QStringLiteral("workspace.json")))
        && !QFileInfo::exists(QDir(workspace).filePath(QStringLiteral(".studio"))))
        return Error {tr("%1 is not a workspace (no workspace.json).").arg(QDir::toNativeSeparators(workspace))};
    return requestLogPath(workspace);
}

/// An ISO-8601 time; without an offset it is taken as UTC.
Result<QDateTime> parseTime(const QString& text, const char* option)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            time = QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    if (!time.isValid())
        return Error {
            tr("%1 %2 is not an ISO-8601 time (e.g. 2026-01-31T14:00:00Z).").arg(QLatin1String(option), text)};
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

/// "1,2,5-9" -> 1 2 5 6 7 8 9.
Result<QList<qint64>> parseIds(const QString& text)
{
    QList<qint64> ids;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList range = part.trimmed().split(u'-');
        bool okFirst = false;
        bool okLast = false;
        const qint64 first = range.value(0).toLongLong(&okFirst);
        const qint64 last = range.size() == 2 ? range.value(1).toLongLong(&okLast) : first;
        if (range.size() > 2 || !okFirst || (range.size() == 2 && !okLast) || first <= 0 || last < first
            || last - first > 10'000'000)
            return Error {tr("--ids: \"%1\" is not an id or a range like 5-9.").arg(part.trimmed())};
        for (qint64 id = first; id <= last; ++id)
            ids.append(id);
    }
    if (ids.isEmpty())
        return Error {tr("--ids needs at least one id.")};
    return ids;
}

int verify(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("workspace"), tr("Workspace folder."), tr("DIR")});
    if (!parser.parse(QStringList {QStringLiteral("logs")} + args))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument %1").arg(parser.positionalArguments().first()));
    auto path = logPathFor(parser.value(QStringLiteral("workspace")));
    if (!path)
        return usageError(path.error().toString());
    QTextStream out(stdout);
    if (!QFileInfo::exists(path.value())) {
        out << tr("OK: 0 entries verified (the workspace has no request log yet).") << '\n';
        return Ok;
    }
    auto reader = LogReader::open(path.value());
    if (!reader) {
        QTextStream(stderr) << reader.error().toString() << '\n';
        return IoError;
    }
    const AuditReport report = reader.value()->verify();
    if (report.ok()) {
        out << (report.verified == 1 ? tr("OK: 1 entry verified") : tr("OK: %1 entries verified").arg(report.verified));
        if (report.startsAfterId > 0)
            out << tr(" (from the pruning anchor after entry %1)").arg(report.startsAfterId);
        out << '\n';
        return Ok;
    }
    QTextStream err(stderr);
    if (report.problem == AuditReport::Problem::Unreadable) {
        err << tr("ERROR: %1").arg(report.message) << '\n';
        return IoError;
    }
    err << tr("FAILED: %1").arg(report.message) << '\n'
        << tr("%1 entries before it verified.").arg(report.verified) << '\n';
    return VerificationFailed;
}

int exportEntries(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("workspace"), tr("Workspace folder."), tr("DIR")});
    parser.addOption({QStringLiteral("format"), tr("jsonl or har."), tr("FORMAT")});
    parser.addOption({QStringLiteral("from"), tr("Entries started at or after this time."), tr("ISO")});
    parser.addOption({QStringLiteral("to"), tr("Entries started before this time."), tr("ISO")});
    parser.addOption({QStringLiteral("ids"), tr("Entry ids: 1,2,5-9."), tr("IDS")});
    parser.addOption({QStringLiteral("out"), tr("Output file (default: standard output)."), tr("FILE")});
    if (!parser.parse(QStringList {QStringLiteral("logs")} + args))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument %1").arg(parser.positionalArguments().first()));
    const QString formatName = parser.value(QStringLiteral("format")).toLower();
    LogExportFormat format = LogExportFormat::JsonLines;
    if (formatName == u"jsonl" || formatName == u"jsonlines")
        format = LogExportFormat::JsonLines;
    else if (formatName == u"har")
        format = LogExportFormat::Har;
    else if (formatName.isEmpty())
        return usageError(tr("--format jsonl|har is required."));
    else
        return usageError(tr("--format must be jsonl or har, not %1.").arg(formatName));

    LogExportSelection selection;
    if (parser.isSet(QStringLiteral("ids"))) {
        auto ids = parseIds(parser.value(QStringLiteral("ids")));
        if (!ids)
            return usageError(ids.error().message);
        selection.ids = ids.value();
    }
    if (parser.isSet(QStringLiteral("from"))) {
        auto from = parseTime(parser.value(QStringLiteral("from")), "--from");
        if (!from)
            return usageError(from.error().message);
        selection.filter.from = from.value();
    }
    if (parser.isSet(QStringLiteral("to"))) {
        auto to = parseTime(parser.value(QStringLiteral("to")), "--to");
        if (!to)
            return usageError(to.error().message);
        selection.filter.to = to.value();
    }
    if (!selection.ids.isEmpty() && (selection.filter.from.isValid() || selection.filter.to.isValid()))
        return usageError(tr("--ids cannot be combined with --from/--to."));

    auto path = logPathFor(parser.value(QStringLiteral("workspace")));
    if (!path)
        return usageError(path.error().toString());
    auto reader = LogReader::open(path.value());
    if (!reader) {
        QTextStream(stderr) << reader.error().toString() << '\n';
        return IoError;
    }

    const QString outPath = parser.value(QStringLiteral("out"));
    Result<qint64> written = qint64(0);
    if (outPath.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            QTextStream(stderr) << tr("Cannot write to standard output.") << '\n';
            return IoError;
        }
        written = exportLog(*reader.value(), selection, format, out);
    } else {
        // A failed export must not leave half a file that looks complete.
        QSaveFile out(outPath);
        if (!out.open(QIODevice::WriteOnly)) {
            QTextStream(stderr) << tr("Cannot write %1: %2").arg(outPath, out.errorString()) << '\n';
            return IoError;
        }
        written = exportLog(*reader.value(), selection, format, out);
        if (written && !out.commit()) {
            QTextStream(stderr) << tr("Cannot write %1: %2").arg(outPath, out.errorString()) << '\n';
            return IoError;
        }
    }
    if (!written) {
        QTextStream(stderr) << written.error().toString() << '\n';
        return IoError;
    }
    QTextStream(stderr) << tr("Exported %1 entries.").arg(written.value()) << '\n';
    return Ok;
}

} // namespace

int runLogs(const QStringList& args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"verify")
        return verify(rest);
    if (sub == u"export")
        return exportEntries(rest);
    if (sub == u"--help" || sub == u"-h") {
        QTextStream(stdout) << tr("Usage: integration-studio logs verify --workspace DIR\n"
                                  "       integration-studio logs export --workspace DIR --format jsonl|har "
                                  "[--from ISO] [--to ISO] [--ids 1,2,5-9] [--out FILE]\n"
                                  "Exit codes: 0 OK, 1 verification failed, 2 usage error, 3 the log could not be "
                                  "read or written.")
                            << '\n';
        return Ok;
    }
    if (sub.isEmpty())
        return usageError(tr("choose verify or export."));
    return usageError(tr("unknown sub-command %1 (verify or export).").arg(sub));
}

} // namespace studio::app
