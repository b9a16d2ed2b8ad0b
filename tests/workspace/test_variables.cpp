#include "core/workspace/variables.h"

#include <QTest>

using namespace studio;

class TestVariables final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolves_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << "https://shop.example"
                              << "https://shop.example";
        QTest::newRow("one") << "https://{{host}}/rest"
                             << "https://shop.example/rest";
        QTest::newRow("spaces") << "{{ host }}:{{port}}"
                                << "shop.example:8443";
        QTest::newRow("nested") << "{{url}}"
                                << "https://shop.example:8443";
        QTest::newRow("repeated") << "{{port}}{{port}}"
                                  << "84438443";
        QTest::newRow("dots and dashes") << "{{erp.base-url}}"
                                         << "http://erp";
        QTest::newRow("single braces") << "{host}"
                                       << "{host}";
    }

    void resolves()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        VariableResolver resolver(
            {{QStringLiteral("host"), QStringLiteral("shop.example")}, {QStringLiteral("port"), QStringLiteral("8443")},
                {QStringLiteral("url"), QStringLiteral("https://{{host}}:{{port}}")},
                {QStringLiteral("erp.base-url"), QStringLiteral("http://erp")}});
        auto result = resolver.resolve(text);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result.value(), expected);
    }

    void unknownVariableIsNamed()
    {
        VariableResolver resolver({{QStringLiteral("host"), QStringLiteral("x")}});
        auto result = resolver.resolve(QStringLiteral("https://{{host}}/{{ tenant }}"), QStringLiteral("baseUrl"));
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("{{tenant}}")));
        QVERIFY(result.error().message.contains(QStringLiteral("baseUrl")));
    }

    void emptyValueIsNotUnknown()
    {
        VariableResolver resolver({{QStringLiteral("prefix"), QString()}});
        QCOMPARE(resolver.resolve(QStringLiteral("a{{prefix}}b")).value(), QStringLiteral("ab"));
    }

    void malformedPlaceholders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("unterminated") << "https://{{host";
        QTest::newRow("space in name") << "{{my host}}";
        QTest::newRow("empty") << "{{}}";
    }

    void malformedPlaceholders()
    {
        QFETCH(QString, text);
        VariableResolver resolver({{QStringLiteral("host"), QStringLiteral("x")}});
        auto result = resolver.resolve(text, QStringLiteral("baseUrl"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QStringLiteral("Malformed")), qPrintable(result.error().message));
    }

    void loopsAreReported()
    {
        VariableResolver resolver(
            {{QStringLiteral("a"), QStringLiteral("{{b}}")}, {QStringLiteral("b"), QStringLiteral("{{a}}")}});
        auto result = resolver.resolve(QStringLiteral("{{a}}"));
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("loop")));
    }

    void variablesIn()
    {
        QCOMPARE(VariableResolver::variablesIn(QStringLiteral("{{a}}/{{ b }}/{{a}}")),
            (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    }

    void resolvesEveryEndpointField()
    {
        Endpoint e;
        e.name = QStringLiteral("Shop");
        e.kind = EndpointKind::Magento;
        e.baseUrl = QStringLiteral("https://{{host}}");
        e.storeCode = QStringLiteral("{{store}}");
        e.auth.type = AuthType::MagentoAdminToken;
        e.auth.fields.insert(QStringLiteral("username"), QStringLiteral("{{user}}"));
        e.tls.caFile = QStringLiteral("{{certs}}/ca.pem");
        e.sql.database = QStringLiteral("{{db}}");
        e.file.folder = QStringLiteral("{{certs}}/in");
        VariableResolver resolver({{QStringLiteral("host"), QStringLiteral("shop.test")},
            {QStringLiteral("store"), QStringLiteral("de")}, {QStringLiteral("user"), QStringLiteral("admin")},
            {QStringLiteral("certs"), QStringLiteral("/c")}, {QStringLiteral("db"), QStringLiteral("erp")}});
        auto resolved = resolver.resolveEndpoint(e);
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->baseUrl, QStringLiteral("https://shop.test"));
        QCOMPARE(resolved->storeCode, QStringLiteral("de"));
        QCOMPARE(resolved->auth.fields.value(QStringLiteral("username")), QStringLiteral("admin"));
        QCOMPARE(resolved->tls.caFile, QStringLiteral("/c/ca.pem"));
        QCOMPARE(resolved->sql.database, QStringLiteral("erp"));
        QCOMPARE(resolved->file.folder, QStringLiteral("/c/in"));

        VariableResolver partial({{QStringLiteral("host"), QStringLiteral("shop.test")}});
        auto failed = partial.resolveEndpoint(e);
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().message.contains(QStringLiteral("{{store}}")));
        QVERIFY(failed.error().message.contains(QStringLiteral("storeCode")));
        QVERIFY(failed.error().message.contains(QStringLiteral("Shop")));
    }

    void resolvesTheProxy()
    {
        Endpoint e;
        e.name = QStringLiteral("Shop");
        e.kind = EndpointKind::Magento;
        e.baseUrl = QStringLiteral("https://shop.test");
        e.proxyUrl = QStringLiteral("http://{{proxy_user}}@{{proxy_host}}:3128");
        e.proxyPasswordRef = QStringLiteral("ws-1/proxy"); // a reference: never resolved as a variable
        VariableResolver resolver({{QStringLiteral("proxy_user"), QStringLiteral("ci")},
            {QStringLiteral("proxy_host"), QStringLiteral("proxy.corp")}});
        auto resolved = resolver.resolveEndpoint(e);
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->proxyUrl, QStringLiteral("http://ci@proxy.corp:3128"));
        QCOMPARE(resolved->proxyPasswordRef, QStringLiteral("ws-1/proxy"));

        auto failed = VariableResolver({{QStringLiteral("proxy_user"), QStringLiteral("ci")}}).resolveEndpoint(e);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(QStringLiteral("{{proxy_host}}")), qPrintable(failed.error().message));
        QVERIFY2(failed.error().message.contains(QStringLiteral("proxy.url")), qPrintable(failed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestVariables)
#include "test_variables.moc"
