#include "core/common/atomicfile.h"
#include "core/common/buildinfo.h"
#include "core/common/clock.h"
#include "core/common/jsonio.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace studio;

class TestCommon final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stableJsonLayout()
    {
        const QJsonObject object {{QStringLiteral("zeta"), 1}, {QStringLiteral("name"), QStringLiteral("Shop")},
            {QStringLiteral("alpha"), QJsonArray {true, QJsonValue::Null, 2.5}},
            {QStringLiteral("id"), QStringLiteral("x")}, {QStringLiteral("empty"), QJsonObject {}},
            {QStringLiteral("list"), QJsonArray {}}};
        const QByteArray expected = "{\n"
                                    "  \"id\": \"x\",\n"
                                    "  \"name\": \"Shop\",\n"
                                    "  \"alpha\": [\n"
                                    "    true,\n"
                                    "    null,\n"
                                    "    2.5\n"
                                    "  ],\n"
                                    "  \"empty\": {},\n"
                                    "  \"list\": [],\n"
                                    "  \"zeta\": 1\n"
                                    "}\n";
        QCOMPARE(toStableJson(object), expected);
    }

    void stableJsonRoundTripsStrings()
    {
        const QString tricky
            = QStringLiteral("quote \" backslash \\ newline \n tab \t unicode \u00e9\u20ac \U0001F600");
        const QByteArray bytes = toStableJson(QJsonObject {{QStringLiteral("k"), tricky}});
        auto doc = parseJson(bytes, QStringLiteral("t.json"));
        QVERIFY(doc.ok());
        QCOMPARE(doc->object().value(QStringLiteral("k")).toString(), tricky);
    }

    void parseErrorNamesFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::newRow("missing comma") << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}\n") << 3;
        QTest::newRow("truncated") << QByteArray("{\n  \"a\": [1,\n") << 3;
        QTest::newRow("html") << QByteArray("<html>\n<body>Maintenance</body></html>") << 1;
        QTest::newRow("trailing garbage") << QByteArray("{}\n\nxx") << 3;
    }

    void parseErrorNamesFileAndLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        auto doc = parseJson(bytes, QStringLiteral("endpoints/shop.json"));
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().file, QStringLiteral("endpoints/shop.json"));
        QCOMPARE(doc.error().line, line);
        QVERIFY(doc.error().toString().startsWith(QStringLiteral("endpoints/shop.json:%1: ").arg(line)));
    }

    void lineOfKeyFindsKeysNotValues()
    {
        const QByteArray bytes = "{\n  \"name\": \"timeout\",\n  \"timeout\": 5\n}\n";
        QCOMPARE(lineOfKey(bytes, QStringLiteral("timeout")), 3);
        QCOMPARE(lineOfKey(bytes, QStringLiteral("missing")), 0);
    }

    void atomicWriteReplacesWholeFile()
    {
        test::KeptTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/file.json"));
        QVERIFY(writeFileAtomically(path, "first").ok());
        QVERIFY(writeFileAtomically(path, "second").ok());
        auto bytes = readWholeFile(path);
        QVERIFY(bytes.ok());
        QCOMPARE(bytes.value(), QByteArray("second"));
    }

    void atomicWriteFailureLeavesOldFile()
    {
        test::KeptTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.json"));
        QVERIFY(writeFileAtomically(path, "keep me").ok());
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        const bool canStillWrite = QFileInfo(dir.path()).isWritable(); // root ignores permissions
        const Status status = writeFileAtomically(path, "new");
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (!canStillWrite) {
            QVERIFY(!status.ok());
            QVERIFY(status.error().toString().contains(path));
        }
        auto bytes = readWholeFile(path);
        QVERIFY(bytes.ok());
        QCOMPARE(bytes.value(), canStillWrite ? QByteArray("new") : QByteArray("keep me"));
    }

    void readMissingFileNamesIt()
    {
        auto bytes = readWholeFile(QStringLiteral("/nonexistent/studio.json"));
        QVERIFY(!bytes.ok());
        QCOMPARE(bytes.error().file, QStringLiteral("/nonexistent/studio.json"));
    }

    void manualClockAdvances()
    {
        ManualClock clock;
        const QDateTime start = clock.now();
        clock.advanceMs(1500);
        QCOMPARE(start.msecsTo(clock.now()), 1500);
        QCOMPARE(clock.monotonicMs(), 1500);
    }

    /// Help > About and `--version` name the same libraries with real version numbers.
    void buildInfoNamesTheLibraries()
    {
        const QList<buildinfo::Library> libraries = buildinfo::libraries();
        QStringList names;
        for (const buildinfo::Library& library : libraries) {
            names.append(library.name);
            QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?")).match(library.version).hasMatch(),
                qPrintable(library.name + u' ' + library.version));
            QVERIFY2(!library.licence.isEmpty() && !library.use.isEmpty(), qPrintable(library.name));
        }
        QCOMPARE(names,
            QStringList({QStringLiteral("Qt"), QStringLiteral("QtKeychain"), QStringLiteral("OpenSSL"),
                QStringLiteral("yaml-cpp"), QStringLiteral("SQLite")}));
        QCOMPARE(libraries.first().version, QString::fromLatin1(qVersion()));
        QVERIFY(libraries.at(2).version.startsWith(QLatin1String("3.")));
        QVERIFY(libraries.at(4).version.startsWith(QLatin1String("3.")));
        QCOMPARE(buildinfo::qtBuildVersion(), QStringLiteral(QT_VERSION_STR));
        QCOMPARE(buildinfo::studioVersion(), QStringLiteral(STUDIO_VERSION));

        const QStringList lines = buildinfo::versionText().split(u'\n');
        QCOMPARE(lines.size(), libraries.size() + 2); // the studio, the libraries, the final newline
        QCOMPARE(lines.first(), QStringLiteral("integration-studio ") + buildinfo::studioVersion());
        for (qsizetype i = 0; i < libraries.size(); ++i) {
            const buildinfo::Library& library = libraries.at(i);
            QVERIFY2(lines.at(i + 1).startsWith(QStringLiteral("  ") + library.name + u' ' + library.version),
                qPrintable(lines.at(i + 1)));
            QVERIFY2(lines.at(i + 1).endsWith(library.licence), qPrintable(lines.at(i + 1)));
        }
        QVERIFY(lines.last().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommon)
#include "test_common.moc"
