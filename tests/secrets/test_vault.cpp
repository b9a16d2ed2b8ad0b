#include "core/secrets/secretcrypto.h"
#include "core/secrets/vaultstore.h"
#include "tests/support/testsupport.h"

#include <memory>
#include <optional>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <QTest>
#include <QThreadPool>

using namespace studio;

namespace {

/// Cheap scrypt parameters (the smallest a vault accepts) so that the many unlocks below stay fast.
const crypto::ScryptParams FastKdf {std::uint64_t(1) << 10, 8, 1};

/// A secret made at run time, so that none lives in the repository or the binary.
SecureBytes randomSecret(int bytes = 24)
{
    auto random = crypto::randomBytes(bytes);
    return SecureBytes::fromBytes("s3cr3t-" + random->toBase64(QByteArray::Base64UrlEncoding));
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray fileHash(const QString& path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

std::unique_ptr<VaultStore> createVault(const QString& path, const SecureBytes& passphrase)
{
    auto vault = VaultStore::create(path, passphrase, FastKdf);
    if (!vault) {
        qWarning("create failed: %s", qPrintable(vault.error().toString()));
        return nullptr;
    }
    return std::move(vault).value();
}

} // namespace

class TestVault final : public QObject
{
    Q_OBJECT

private:
    /// Creates a vault with a few secrets in a fresh folder; returns its path.
    QString makeVault(const test::KeptTemporaryDir& dir, const SecureBytes& passphrase)
    {
        const QString path = VaultStore::defaultPath(dir.path());
        auto vault = createVault(path, passphrase);
        if (!vault)
            return {};
        if (!writeSecretBlocking(*vault, QStringLiteral("ws-1/a"), randomSecret())
            || !writeSecretBlocking(*vault, QStringLiteral("ws-1/b"), randomSecret()))
            return {};
        return path;
    }

    /// Unlocking `path` must fail with an error that names the file and contains `expected`, and must leave the
    /// file byte-for-byte as it was.
    void expectUnlockFails(const QString& path, const SecureBytes& passphrase, const QString& expected)
    {
        const QByteArray before = fileHash(path);
        auto vault = VaultStore::unlock(path, passphrase);
        QVERIFY(!vault.ok());
        QCOMPARE(vault.error().file, path);
        QVERIFY2(vault.error().message.contains(expected, Qt::CaseInsensitive),
            qPrintable(u"expected \"" + expected + u"\" in: " + vault.error().message));
        QVERIFY(vault.error().toString().contains(path));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFileInfo::exists(path + u".lock"));
    }

private Q_SLOTS:
    void roundTripAndReopen()
    {
        test::KeptTemporaryDir dir;
        const QString path = VaultStore::defaultPath(dir.path());
        QVERIFY(path.endsWith(u"/.studio/secrets.vault"));
        const SecureBytes passphrase = randomSecret();
        const SecureBytes text = SecureBytes::fromUtf8(QStringLiteral("pässwörd-") + randomSecret().toUtf8String());
        const SecureBytes binary = SecureBytes::fromBytes(QByteArray("\x00\xff\x01\xfe", 4) + randomSecret().reveal());
        const SecureBytes token = randomSecret(200);
        {
            auto vault = createVault(path, passphrase);
            QVERIFY(vault);
            QVERIFY(vault->backendName().contains(u"secrets.vault"));
            QVERIFY(writeSecretBlocking(*vault, QStringLiteral("ws-1/text"), text));
            QVERIFY(writeSecretBlocking(*vault, QStringLiteral("ws-1/binary"), binary));
            QVERIFY(writeSecretBlocking(*vault, QStringLiteral("ws-1/token"), token));
            QVERIFY(writeSecretBlocking(*vault, QStringLiteral("ws-1/empty"), SecureBytes()));
            auto read = readSecretBlocking(*vault, QStringLiteral("ws-1/binary"));
            QVERIFY(read.ok());
            QVERIFY(read.value() == binary);
        }
        auto reopened = VaultStore::unlock(path, passphrase);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().toString()));
        VaultStore& vault = *reopened.value();
        QVERIFY(vault.kdfParams() == FastKdf);
        auto refs = vault.references();
        QVERIFY(refs.ok());
        QCOMPARE(refs.value(),
            QStringList({QStringLiteral("ws-1/binary"), QStringLiteral("ws-1/empty"), QStringLiteral("ws-1/text"),
                QStringLiteral("ws-1/token")}));
        QVERIFY(readSecretBlocking(vault, QStringLiteral("ws-1/text")).value() == text);
        QVERIFY(readSecretBlocking(vault, QStringLiteral("ws-1/binary")).value() == binary);
        QVERIFY(readSecretBlocking(vault, QStringLiteral("ws-1/token")).value() == token);
        QVERIFY(readSecretBlocking(vault, QStringLiteral("ws-1/empty")).value().isEmpty());

        // Overwrite, remove, remove again, read missing.
        const SecureBytes replaced = randomSecret();
        QVERIFY(writeSecretBlocking(vault, QStringLiteral("ws-1/text"), replaced));
        QVERIFY(readSecretBlocking(vault, QStringLiteral("ws-1/text")).value() == replaced);
        QVERIFY(removeSecretBlocking(vault, QStringLiteral("ws-1/text")));
        QVERIFY(removeSecretBlocking(vault, QStringLiteral("ws-1/text")));
        auto missing = readSecretBlocking(vault, QStringLiteral("ws-1/text"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(u"\"ws-1/text\""));
        QCOMPARE(missing.error().file, path);
        QVERIFY(!QFileInfo::exists(path + u".lock"));
    }

    void defaultParametersWork()
    {
        test::KeptTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("default.vault"));
        const SecureBytes passphrase = randomSecret();
        const SecureBytes secret = randomSecret();
        {
            auto vault = VaultStore::create(path, passphrase);
            QVERIFY2(vault.ok(), qPrintable(vault.error().toString()));
            QVERIFY(writeSecretBlocking(*vault.value(), QStringLiteral("r"), secret));
        }
        const QByteArray header = fileBytes(path).left(VaultStore::HeaderSize);
        QCOMPARE(int(header.at(11)), 17);                               // log2 N
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 12), 8u); // r
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 16), 1u); // p
        auto vault = VaultStore::unlock(path, passphrase);
        QVERIFY(vault.ok());
        QVERIFY(vault.value()->kdfParams() == VaultStore::defaultKdfParams());
        QVERIFY(readSecretBlocking(*vault.value(), QStringLiteral("r")).value() == secret);
    }

    void fileHoldsNoSecret()
    {
        test::KeptTemporaryDir dir;
        const QString path = VaultStore::defaultPath(dir.path());
        const SecureBytes passphrase = randomSecret();
        auto vault = createVault(path, passphrase);
        QVERIFY(vault);
        QList<SecureBytes> secrets;
        for (int i = 0; i < 5; ++i) {
            secrets.append(randomSecret(16 + 10 * i));
            QVERIFY(writeSecretBlocking(*vault, QStringLiteral("ws-9/") + QString::number(i), secrets.last()));
        }
        secrets.append(passphrase);
        for (const SecureBytes& secret : std::as_const(secrets)) {
            const QByteArray raw = secret.reveal();
            for (const QByteArray& form : {raw, raw.toBase64(), raw.toHex(), raw.left(8)})
                QVERIFY2(test::filesContaining(dir.path(), form).isEmpty(), "a secret appears in the vault folder");
        }
        // Only the vault itself: no temporary or lock file left behind.
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList {QStringLiteral("secrets.vault")});
        QCOMPARE(QFileInfo(path).permissions()
                & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
    }

    void everyWriteUsesAFreshNonce()
    {
        test::KeptTemporaryDir dir;
        const QString path = VaultStore::defaultPath(dir.path());
        auto vault = createVault(path, randomSecret());
        QVERIFY(vault);
        const SecureBytes secret = randomSecret();
        QVERIFY(writeSecretBlocking(*vault, QStringLiteral("r"), secret));
        const QByteArray first = fileBytes(path);
        QVERIFY(writeSecretBlocking(*vault, QStringLiteral("r"), secret));
        const QByteArray second = fileBytes(path);
        QCOMPARE(first.size(), second.size());
        QCOMPARE(first.left(52), second.left(52));        // same magic, version, parameters and salt
        QVERIFY(first.mid(52, 12) != second.mid(52, 12)); // new nonce
        QVERIFY(first.mid(64) != second.mid(64));         // so a new ciphertext and tag
    }

    void payloadSizeIsPadded()
    {
        test::KeptTemporaryDir dir;
        const QString path = VaultStore::defaultPath(dir.path());
        auto vault = createVault(path, randomSecret());
        QVERIFY(vault);
        const qint64 empty = QFileInfo(path).size();
        QVERIFY(writeSecretBlocking(*vault, QStringLiteral("a"), SecureBytes("1", 1)));
        const qint64 one = QFileInfo(path).size();
        QVERIFY(writeSecretBlocking(*vault, QStringLiteral("a"), SecureBytes("12345678", 8)));
        QCOMPARE(QFileInfo(path).size(), one); // the length of a short secret does not show
        QCOMPARE((one - VaultStore::MinimumFileSize) % 256, 0);
        QCOMPARE(empty, one);
    }

    void wrongPassphrase()
    {
        test::KeptTemporaryDir dir;
        const SecureBytes passphrase = randomSecret();
        const QString path = makeVault(dir, passphrase);
        QVERIFY(!path.isEmpty());
        expectUnlockFails(path, randomSecret(), QStringLiteral("passphrase is wrong"));
        expectUnlockFails(path, SecureBytes(), QStringLiteral("must not be empty"));
        QVERIFY(VaultStore::unlock(path, passphrase).ok());
    }

    void tamperedFile_data()
    {
        QTest::addColumn<int>("offset");  // negative: from the end
        QTest::addColumn<int>("xorMask"); // applied when `value` is -1
        QTest::addColumn<int>("value");   // the byte to set, or -1
        QTest::addColumn<QString>("expected");
        const QString auth = QStringLiteral("passphrase is wrong, or the file was changed or damaged");
        const QString range = QStringLiteral("parameters are out of range");
        QTest::newRow("magic") << 0 << 0x01 << -1 << QStringLiteral("not an Integration Studio vault");
        QTest::newRow("magic last byte") << 7 << 0x80 << -1 << QStringLiteral("not an Integration Studio vault");
        QTest::newRow("version high byte (newer)") << 8 << 0x01 << -1 << QStringLiteral("newer version");
        QTest::newRow("version 2 (newer)") << 9 << 0 << 2 << QStringLiteral("format version 2");
        QTest::newRow("version 0") << 9 << 0x01 << -1 << QStringLiteral("invalid format version");
        QTest::newRow("kdf id") << 10 << 0x02 << -1 << QStringLiteral("unknown key derivation");
        QTest::newRow("log2 N + 1 (in range)") << 11 << 0x01 << -1 << auth;
        QTest::newRow("log2 N = 40") << 11 << 0 << 40 << range;
        QTest::newRow("log2 N = 200") << 11 << 0 << 200 << range;
        QTest::newRow("log2 N = 9 (too weak)") << 11 << 0 << 9 << range;
        QTest::newRow("r low bit (in range)") << 15 << 0x01 << -1 << auth;
        QTest::newRow("r huge") << 12 << 0 << 0xff << range;
        QTest::newRow("r = 0") << 15 << 0 << 0 << range;
        QTest::newRow("p = 0") << 19 << 0x01 << -1 << range;
        QTest::newRow("p huge") << 16 << 0 << 0x7f << range;
        QTest::newRow("salt first") << 20 << 0x01 << -1 << auth;
        QTest::newRow("salt last") << 51 << 0x80 << -1 << auth;
        QTest::newRow("nonce first") << 52 << 0x01 << -1 << auth;
        QTest::newRow("nonce last") << 63 << 0x40 << -1 << auth;
        QTest::newRow("ciphertext first") << 64 << 0x01 << -1 << auth;
        QTest::newRow("ciphertext middle") << 150 << 0x10 << -1 << auth;
        QTest::newRow("ciphertext last") << -17 << 0x01 << -1 << auth;
        QTest::newRow("tag first") << -16 << 0x01 << -1 << auth;
        QTest::newRow("tag last") << -1 << 0x80 << -1 << auth;
    }

    void tamperedFile()
    {
        QFETCH(int, offset);
        QFETCH(int, xorMask);
        QFETCH(int, value);
        QFETCH(QString, expected);
        test::KeptTemporaryDir dir;
        const SecureBytes passphrase = randomSecret();
        const QString path = makeVault(dir, passphrase);
        QVERIFY(!path.isEmpty());
        QByteArray bytes = fileBytes(path);
        const qsizetype at = offset >= 0 ? offset : bytes.size() + offset;
        QVERIFY(at >= 0 && at < bytes.size());
        bytes[at] = static_cast<char>(value >= 0 ? value : (static_cast<uchar>(bytes.at(at)) ^ xorMask));
        writeBytes(path, bytes);
        expectUnlockFails(path, passphrase, expected);
    }

    void truncatedFile_data()
    {
        QTest::addColumn<int>("length"); // negative: that many bytes cut from the end
        QTest::addColumn<QString>("expected");
        const QString auth = QStringLiteral("passphrase is wrong, or the file was changed or damaged");
        QTest::newRow("empty") << 0 << QStringLiteral("empty");
        QTest::newRow("1 byte") << 1 << QStringLiteral("truncated");
        QTest::newRow("magic only") << 8 << QStringLiteral("truncated");
        QTest::newRow("header minus 1") << 63 << QStringLiteral("truncated: it has 63 bytes");
        QTest::newRow("header only") << 64 << QStringLiteral("truncated: it has 64 bytes");
        QTest::newRow("header + 15") << 79 << QStringLiteral("truncated");
        QTest::newRow("header + 16") << 80 << auth;
        QTest::newRow("tag cut off") << -16 << auth;
        QTest::newRow("last byte cut off") << -1 << auth;
    }

    void truncatedFile()
    {
        QFETCH(int, length);
        QFETCH(QString, expected);
        test::KeptTemporaryDir dir;
        const SecureBytes passphrase = randomSecret();
        const QString path = makeVault(dir, passphrase);
        QVERIFY(!path.isEmpty());
        const QByteArray bytes = fileBytes(path);
        writeBytes(path, length >= 0 ? bytes.left(length) : bytes.left(bytes.size() + length));
        expectUnlockFails(path, passphrase, expected);
    }

    void notAVault_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("json") << QByteArray("{\"secrets\": {}}\n") << QStringLiteral("not an Integration Studio vault");
        QTest::newRow("zeros") << QByteArray(500, '\0') << QStringLiteral("not an Integration Studio vault");
        QTest::newRow("prefix of the magic") << QByteArray("IS-VA") << QStringLiteral("truncated");
    }

    void notAVault()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        test::KeptTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.vault"));
        writeBytes(path, content);
        expectUnlockFails(path, randomSecret(), expected);
    }

    void missingFile()
    {
        test::KeptTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.vault"));
        auto vault = VaultStore::unlock(path, randomSecret());
        QVERIFY(!vault.ok());
        QCOMPARE(vault.error().file, path);
        QVERIFY(vault.error().message.contains(u"does not exist"));
        QVERIFY(!QFileInfo::exists(path));
    }

    void malformedPayloadBehindAValidTag()
    {
        // A file whose tag is right but whose content is not a payload (a bug or a forged key would make one):
        // refused with a clear error, never a crash or a half-read vault.
        test::KeptTemporaryDir dir;
        const SecureBytes passphrase = randomSecret();
        const QString path = makeVault(dir, passphrase);
        QVERIFY(!path.isEmpty());
        const QByteArray header = fileBytes(path).left(VaultStore::HeaderSize);
        auto key = crypto::scrypt(passphrase, header.mid(20, 32), FastKdf, 32);
        QVERIFY(key.ok());
        // Claims 3 entries, then a reference length far beyond the end.
        const QByteArray payload = QByteArray::fromHex("00000003"
                                                       "7fffffff")
            + QByteArray(248, '\0');
        auto sealed
            = crypto::aes256GcmEncrypt(key.value(), header.mid(52, 12), header, SecureBytes::fromBytes(payload));
        QVERIFY(sealed.ok());
        writeBytes(path, header + sealed->ciphertext + sealed->tag);
        expectUnlockFails(path, passphrase, QStringLiteral("content is malformed"));
    }

    void createRefusesBadInput()
    {
        test::KeptTemporaryDir dir;
        const QString path = VaultStore::defaultPath(dir.path());
        auto empty = VaultStore::create(path, SecureBytes(), FastKdf);
        QVERIFY(!empty.ok());
        QVERIFY(empty.error().message.contains(u"must not be empty"));
        QVERIFY(!QFileInfo::exists(path));

        auto weak = VaultStore::create(path, randomSecret(), {16, 1, 1});
        QVERIFY(!weak.ok());
        QVERIFY(weak.error().message.contains(u"outside the range"));
        auto huge = VaultStore::create(path, randomSecret(), {std::uint64_t(1) << 24, 32, 1});
        QVERIFY(!huge.ok()); // 16 GiB of memory
        QVERIFY(!QFileInfo::exists(path));

        QVERIFY(createVault(path, randomSecret()));
        const QByteArray before = fileHash(path);
        auto again = VaultStore::create(path, randomSecret(), FastKdf);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(u"already exists"));
        QCOMPARE(again.error().file, path);
        QCOMPARE(fileHash(path), before);
    }

    void kdfBounds_data()
    {
        QTest::addColumn<quint64>("n");
        QTest::addColumn<quint32>("r");
        QTest::addColumn<quint32>("p");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("default") << (quint64(1) << 17) << 8u << 1u << true;
        QTest::newRow("minimum") << (quint64(1) << 10) << 1u << 1u << true;
        QTest::newRow("N below 2^10") << (quint64(1) << 9) << 8u << 1u << false;
        QTest::newRow("N not a power of two") << quint64(100000) << 8u << 1u << false;
        QTest::newRow("N = 2^20, r = 8 (1 GiB)") << (quint64(1) << 20) << 8u << 1u << false;
        QTest::newRow("N = 2^19, r = 8") << (quint64(1) << 19) << 8u << 1u << true;
        QTest::newRow("r = 33") << (quint64(1) << 10) << 33u << 1u << false;
        QTest::newRow("p = 17") << (quint64(1) << 10) << 8u << 17u << false;
        QTest::newRow("too much work") << (quint64(1) << 19) << 8u << 16u << false;
    }

    void kdfBounds()
    {
        QFETCH(quint64, n);
        QFETCH(quint32, r);
        QFETCH(quint32, p);
        QFETCH(bool, accepted);
        QCOMPARE(VaultStore::checkKdfParams({n, r, p}).ok(), accepted);
    }

    void writeRefusesAFileChangedAfterUnlock()
    {
        test::KeptTemporaryDir dir;
        const SecureBytes passphrase = randomSecret();
        const QString path = makeVault(dir, passphrase);
        QVERIFY(!path.isEmpty());
        auto vault = VaultStore::unlock(path, passphrase);
        QVERIFY(vault.ok());
        QByteArray bytes = fileBytes(path);
        bytes[100] = static_cast<char>(bytes.at(100) ^ 0x04);
        writeBytes(path, bytes);
        const QByteArray before = fileHash(path);

        const Status written = writeSecretBlocking(*vault.value(), QStringLiteral("ws-1/c"), randomSecret());
        QVERIFY(!written.ok());
        QCOMPARE(written.error().file, path);
        QVERIFY(written.error().message.contains(u"changed or damaged since it was unlocked"));
        QVERIFY(!removeSecretBlocking(*vault.value(), QStringLiteral("ws-1/a")).ok());
        QVERIFY(!readSecretBlocking(*vault.value(), QStringLiteral("ws-1/a")).ok());
        QCOMPARE(fileHash(path), before);
    }

    void twoStoresShareOneFile()
    {
        test::KeptTemporaryDir dir;
        const SecureBytes passphrase = randomSecret();
        const QString path = makeVault(dir, passphrase);
        QVERIFY(!path.isEmpty());
        auto first = VaultStore::unlock(path, passphrase);
        auto second = VaultStore::unlock(path, passphrase);
        QVERIFY(first.ok() && second.ok());
        const SecureBytes a = randomSecret();
        const SecureBytes b = randomSecret();
        QVERIFY(writeSecretBlocking(*first.value(), QStringLiteral("from-first"), a));
        QVERIFY(writeSecretBlocking(*second.value(), QStringLiteral("from-second"), b));
        // Each write re-read the file, so neither lost the other's secret.
        QVERIFY(readSecretBlocking(*first.value(), QStringLiteral("from-second")).value() == b);
        QVERIFY(readSecretBlocking(*second.value(), QStringLiteral("from-first")).value() == a);

        // The second one changes the passphrase; the first must then refuse to write instead of clobbering.
        const SecureBytes next = randomSecret();
        QVERIFY(second.value()->changePassphrase(passphrase, next, FastKdf));
        const QByteArray before = fileHash(path);
        const Status stale = writeSecretBlocking(*first.value(), QStringLiteral("x"), randomSecret());
        QVERIFY(!stale.ok());
        QVERIFY(stale.error().message.contains(u"another passphrase"));
        QCOMPARE(fileHash(path), before);
    }

    void changePassphrase()
    {
        test::KeptTemporaryDir dir;
        const SecureBytes passphrase = randomSecret();
        const QString path = VaultStore::defaultPath(dir.path());
        auto vault = createVault(path, passphrase);
        QVERIFY(vault);
        const SecureBytes secret = randomSecret();
        QVERIFY(writeSecretBlocking(*vault, QStringLiteral("ws-1/a"), secret));

        const QByteArray before = fileHash(path);
        const QByteArray saltBefore = fileBytes(path).mid(20, 32);
        const Status wrong = vault->changePassphrase(randomSecret(), randomSecret(), FastKdf);
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().message.contains(u"current passphrase is wrong"));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!vault->changePassphrase(passphrase, SecureBytes(), FastKdf).ok());
        QCOMPARE(fileHash(path), before);

        const SecureBytes next = randomSecret();
        const crypto::ScryptParams stronger {std::uint64_t(1) << 11, 8, 2};
        QVERIFY(vault->changePassphrase(passphrase, next, stronger));
        QVERIFY(vault->kdfParams() == stronger);
        QVERIFY(readSecretBlocking(*vault, QStringLiteral("ws-1/a")).value() == secret);
        QVERIFY(fileBytes(path).mid(20, 32) != saltBefore); // a new salt comes with a new passphrase

        expectUnlockFails(path, passphrase, QStringLiteral("passphrase is wrong"));
        auto reopened = VaultStore::unlock(path, next);
        QVERIFY(reopened.ok());
        QVERIFY(reopened.value()->kdfParams() == stronger);
        QVERIFY(readSecretBlocking(*reopened.value(), QStringLiteral("ws-1/a")).value() == secret);
    }

    void callbacksRunLaterOnTheContext()
    {
        test::KeptTemporaryDir dir;
        auto vault = createVault(VaultStore::defaultPath(dir.path()), randomSecret());
        QVERIFY(vault);
        QObject context;
        bool written = false;
        vault->write(QStringLiteral("r"), randomSecret(), &context, [&](Status status) {
            QVERIFY(status.ok());
            written = true;
        });
        QVERIFY(!written); // never inside the call
        QTRY_VERIFY(written);

        // A context destroyed before the event loop runs: the callback is dropped.
        bool called = false;
        auto doomed = std::make_unique<QObject>();
        vault->read(QStringLiteral("r"), doomed.get(), [&](Result<SecureBytes>) { called = true; });
        doomed.reset();
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
        QVERIFY(!called);
    }

    void asyncUnlockAndCreate()
    {
        test::KeptTemporaryDir dir;
        const QString path = VaultStore::defaultPath(dir.path());
        const SecureBytes passphrase = randomSecret();
        QObject context;

        std::optional<VaultStore::OpenResult> created;
        VaultStore::createAsync(path, passphrase, FastKdf, &context,
            [&](VaultStore::OpenResult result) { created.emplace(std::move(result)); });
        QVERIFY(!created);
        QTRY_VERIFY(created.has_value());
        QVERIFY(created->ok());
        QCOMPARE(created->value()->thread(), context.thread());
        QVERIFY(writeSecretBlocking(*created->value(), QStringLiteral("r"), passphrase));

        std::optional<VaultStore::OpenResult> wrong;
        VaultStore::unlockAsync(
            path, randomSecret(), &context, [&](VaultStore::OpenResult result) { wrong.emplace(std::move(result)); });
        QTRY_VERIFY(wrong.has_value());
        QVERIFY(!wrong->ok());
        QCOMPARE(wrong->error().file, path);

        std::optional<VaultStore::OpenResult> unlocked;
        VaultStore::unlockAsync(
            path, passphrase, &context, [&](VaultStore::OpenResult result) { unlocked.emplace(std::move(result)); });
        QTRY_VERIFY(unlocked.has_value());
        QVERIFY(unlocked->ok());
        QVERIFY(readSecretBlocking(*unlocked->value(), QStringLiteral("r")).value() == passphrase);

        // The context dies while scrypt runs: no callback afterwards.
        bool called = false;
        auto doomed = std::make_unique<QObject>();
        VaultStore::unlockAsync(path, passphrase, doomed.get(), [&](VaultStore::OpenResult) { called = true; });
        doomed.reset();
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "test_vault.moc"
