#include "core/secrets/secretcrypto.h"

#include <QTest>

using namespace studio;

namespace {

SecureBytes hexSecret(const char* hex)
{
    return SecureBytes::fromBytes(QByteArray::fromHex(hex));
}

} // namespace

/// Known-answer tests for the vault's primitives, through the functions the vault itself calls.
class TestSecretCrypto final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // AES-256 cases 13–16 of "The Galois/Counter Mode of Operation (GCM)" (McGrew & Viega), the test vectors NIST
    // publishes with SP 800-38D.
    void gcmKnownAnswers_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("nonce");
        QTest::addColumn<QByteArray>("aad");
        QTest::addColumn<QByteArray>("plaintext");
        QTest::addColumn<QByteArray>("ciphertext");
        QTest::addColumn<QByteArray>("tag");

        const QByteArray zeroKey(32, '\0');
        const QByteArray zeroNonce(12, '\0');
        const QByteArray key = QByteArray::fromHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
        const QByteArray nonce = QByteArray::fromHex("cafebabefacedbaddecaf888");
        const QByteArray plaintext
            = QByteArray::fromHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                                  "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255");
        const QByteArray ciphertext
            = QByteArray::fromHex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                  "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad");

        QTest::newRow("case 13: empty") << zeroKey << zeroNonce << QByteArray() << QByteArray() << QByteArray()
                                        << QByteArray::fromHex("530f8afbc74536b9a963b4f1c4cb738b");
        QTest::newRow("case 14: one zero block") << zeroKey << zeroNonce << QByteArray() << QByteArray(16, '\0')
                                                 << QByteArray::fromHex("cea7403d4d606b6e074ec5d3baf39d18")
                                                 << QByteArray::fromHex("d0d1c8a799996bf0265b98b5d48ab919");
        QTest::newRow("case 15: four blocks") << key << nonce << QByteArray() << plaintext << ciphertext
                                              << QByteArray::fromHex("b094dac5d93471bdec1a502270e3cc6c");
        QTest::newRow("case 16: with aad, partial block")
            << key << nonce << QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2") << plaintext.left(60)
            << ciphertext.left(60) << QByteArray::fromHex("76fc6ece0f4e1768cddf8853bb2d551b");
    }

    void gcmKnownAnswers()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, nonce);
        QFETCH(QByteArray, aad);
        QFETCH(QByteArray, plaintext);
        QFETCH(QByteArray, ciphertext);
        QFETCH(QByteArray, tag);

        auto sealed
            = crypto::aes256GcmEncrypt(SecureBytes::fromBytes(key), nonce, aad, SecureBytes::fromBytes(plaintext));
        QVERIFY2(sealed.ok(), qPrintable(sealed.error().message));
        QCOMPARE(sealed->ciphertext.toHex(), ciphertext.toHex());
        QCOMPARE(sealed->tag.toHex(), tag.toHex());

        auto opened = crypto::aes256GcmDecrypt(SecureBytes::fromBytes(key), nonce, aad, ciphertext, tag);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(opened->reveal().toHex(), plaintext.toHex());
    }

    void gcmRejectsAnyChange_data()
    {
        QTest::addColumn<QString>("part");
        QTest::newRow("key") << QStringLiteral("key");
        QTest::newRow("nonce") << QStringLiteral("nonce");
        QTest::newRow("aad") << QStringLiteral("aad");
        QTest::newRow("ciphertext") << QStringLiteral("ciphertext");
        QTest::newRow("tag") << QStringLiteral("tag");
    }

    void gcmRejectsAnyChange()
    {
        QFETCH(QString, part);
        QByteArray key = QByteArray::fromHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
        QByteArray nonce = QByteArray::fromHex("cafebabefacedbaddecaf888");
        QByteArray aad = QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        QByteArray ciphertext = QByteArray::fromHex("522dc1f099567d07f47f37a32a84427d");
        auto sealed = crypto::aes256GcmEncrypt(
            SecureBytes::fromBytes(key), nonce, aad, hexSecret("d9313225f88406e5a55909c5aff5269a"));
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->ciphertext, ciphertext);
        QByteArray tag = sealed->tag;

        QByteArray& target = part == u"key" ? key
            : part == u"nonce"              ? nonce
            : part == u"aad"                ? aad
            : part == u"ciphertext"         ? ciphertext
                                            : tag;
        target[target.size() - 1] = static_cast<char>(target.at(target.size() - 1) ^ 0x01);

        auto opened = crypto::aes256GcmDecrypt(SecureBytes::fromBytes(key), nonce, aad, ciphertext, tag);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().message, QStringLiteral("authentication failed"));
    }

    void gcmRejectsBadInput()
    {
        const QByteArray nonce(12, '\0');
        QVERIFY(!crypto::aes256GcmEncrypt(SecureBytes("short", 5), nonce, {}, SecureBytes()).ok());
        QVERIFY(!crypto::aes256GcmEncrypt(SecureBytes::zeroed(32), QByteArray(), {}, SecureBytes()).ok());
        QVERIFY(!crypto::aes256GcmDecrypt(SecureBytes::zeroed(32), nonce, {}, {}, QByteArray(15, '\0')).ok());
    }

    // RFC 7914, section 12.
    void scryptKnownAnswers_data()
    {
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<quint64>("n");
        QTest::addColumn<quint32>("r");
        QTest::addColumn<quint32>("p");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty, N=16 r=1 p=1")
            << QByteArray() << QByteArray() << quint64(16) << quint32(1) << quint32(1)
            << QByteArray("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                          "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
        QTest::newRow("password/NaCl, N=1024 r=8 p=16")
            << QByteArray("password") << QByteArray("NaCl") << quint64(1024) << quint32(8) << quint32(16)
            << QByteArray("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                          "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
        QTest::newRow("pleaseletmein/SodiumChloride, N=16384 r=8 p=1")
            << QByteArray("pleaseletmein") << QByteArray("SodiumChloride") << quint64(16384) << quint32(8) << quint32(1)
            << QByteArray("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
                          "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887");
    }

    void scryptKnownAnswers()
    {
        QFETCH(QByteArray, passphrase);
        QFETCH(QByteArray, salt);
        QFETCH(quint64, n);
        QFETCH(quint32, r);
        QFETCH(quint32, p);
        QFETCH(QByteArray, expected);
        auto key = crypto::scrypt(SecureBytes::fromBytes(passphrase), salt, {n, r, p}, 64);
        QVERIFY2(key.ok(), qPrintable(key.error().message));
        QCOMPARE(key->reveal().toHex(), expected);
    }

    void scryptRejectsBadParameters_data()
    {
        QTest::addColumn<quint64>("n");
        QTest::addColumn<quint32>("r");
        QTest::addColumn<quint32>("p");
        QTest::newRow("N not a power of two") << quint64(1000) << quint32(8) << quint32(1);
        QTest::newRow("N = 1") << quint64(1) << quint32(8) << quint32(1);
        QTest::newRow("r = 0") << quint64(1024) << quint32(0) << quint32(1);
        QTest::newRow("p = 0") << quint64(1024) << quint32(8) << quint32(0);
        QTest::newRow("too much memory") << (quint64(1) << 40) << quint32(8) << quint32(1);
        QTest::newRow("r*p too large") << quint64(1024) << quint32(1u << 16) << quint32(1u << 16);
    }

    void scryptRejectsBadParameters()
    {
        QFETCH(quint64, n);
        QFETCH(quint32, r);
        QFETCH(quint32, p);
        auto key = crypto::scrypt(SecureBytes("x", 1), QByteArray("salt"), {n, r, p}, 32);
        QVERIFY(!key.ok());
        QVERIFY(key.error().message.startsWith(u"scrypt"));
    }

    void randomBytesDiffer()
    {
        auto a = crypto::randomBytes(32);
        auto b = crypto::randomBytes(32);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->size(), 32);
        QVERIFY(a.value() != b.value());
        QVERIFY(!crypto::randomBytes(-1).ok());
    }
};

QTEST_GUILESS_MAIN(TestSecretCrypto)
#include "test_secretcrypto.moc"
