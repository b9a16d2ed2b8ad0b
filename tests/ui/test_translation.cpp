// The German translation: loaded for a German system locale (ctest runs this test with LANG=de_DE.UTF-8)
// and complete — every message of the .ts file is translated.

#include "tests/support/testsupport.h"
#include "tests/ui/uitestsupport.h"
#include "ui/mainwindow.h"
#include "ui/studioapp.h"
#include "ui/workspacesession.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QLocale>
#include <QTest>
#include <QXmlStreamReader>

using namespace studio;
using namespace studio::ui;

class TestTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void systemLocaleIsGerman();
    void germanTranslationLoads();
    void everyMessageIsTranslated();

private:
    test::KeptTemporaryDir m_settings;
};

void TestTranslation::initTestCase()
{
    test::isolateSettings(m_settings.path());
}

void TestTranslation::systemLocaleIsGerman()
{
    if (qEnvironmentVariable("LANG") != u"de_DE.UTF-8")
        QSKIP("Run through ctest, which sets LANG=de_DE.UTF-8.");
    QCOMPARE(QLocale().language(), QLocale::German);
}

void TestTranslation::germanTranslationLoads()
{
    QVERIFY(installTranslators(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany)));
    WorkspaceSession session;
    MainWindow window(&session);
    auto* navigator = window.findChild<QListWidget*>(QStringLiteral("navigator"));
    QCOMPARE(navigator->item(0)->text(), QStringLiteral("Endpunkte"));
    QCOMPARE(navigator->item(1)->text(), QStringLiteral("Umgebungen"));
    QCOMPARE(QCoreApplication::translate("studio::ui::PlaceholderView", "This view is not built yet."),
        QStringLiteral("Diese Ansicht ist noch nicht gebaut."));
}

void TestTranslation::everyMessageIsTranslated()
{
    QFile file(test::sourcePath(QStringLiteral("translations/integration-studio_de.ts")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList untranslated;
    QStringList untranslatedElsewhere;
    QString source;
    QString context;
    // Contexts of ui/ must be complete; strings that core/ adds are reported, so they get translated too.
    const auto isUiContext = [](const QString& name) {
        return name.startsWith(u"studio::ui::") || name == u"SecretJobs" || name == u"EnvironmentsView"
            || name == u"EndpointsView" || name == u"WorkspaceSession" || name == u"StudioApp";
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++messages;
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == u"unfinished" || (text.isEmpty() && type != u"vanished" && type != u"obsolete"))
                (isUiContext(context) ? untranslated : untranslatedElsewhere).append(context + u": " + source);
        }
    }
    QVERIFY(!xml.hasError());
    if (!untranslatedElsewhere.isEmpty())
        qWarning("%d core message(s) still untranslated, e.g. %s", int(untranslatedElsewhere.size()),
            qPrintable(untranslatedElsewhere.first()));
    QVERIFY(messages > 100);
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.mid(0, 10).join(u'\n')));
}

QTEST_MAIN(TestTranslation)
#include "test_translation.moc"
