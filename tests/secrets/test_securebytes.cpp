#include "core/secrets/secretcrypto.h"
#include "core/secrets/securebytes.h"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <malloc.h>
#include <new>
#include <QTest>
#include <utility>
#include <vector>

using namespace studio;

// Every block freed through operator delete is checked for a marker while a test watches. SecureBytes allocates
// through operator new, so this shows directly whether a secret ever reaches freed memory.
namespace {
std::atomic<bool> watching {false};
std::atomic<int> freedBlocksWithMarker {0};
char marker[24];

void inspectFreedBlock(void* block, std::size_t size)
{
    if (!watching.load() || !block || size < sizeof marker)
        return;
    const auto* bytes = static_cast<const char*>(block);
    for (std::size_t i = 0; i + sizeof marker <= size; ++i) {
        if (std::memcmp(bytes + i, marker, sizeof marker) == 0) {
            ++freedBlocksWithMarker;
            return;
        }
    }
}
} // namespace

void* operator new(std::size_t size)
{
    if (void* block = std::malloc(size == 0 ? 1 : size))
        return block;
    throw std::bad_alloc();
}

void operator delete(void* block) noexcept
{
    if (block)
        inspectFreedBlock(block, malloc_usable_size(block));
    std::free(block);
}

void operator delete(void* block, std::size_t size) noexcept
{
    inspectFreedBlock(block, size);
    std::free(block);
}

namespace {

/// Watches freed blocks for the marker during one scope and returns how many held it.
class FreedMemoryWatch final
{
public:
    FreedMemoryWatch()
    {
        freedBlocksWithMarker = 0;
        watching = true;
    }
    ~FreedMemoryWatch() { watching = false; }
    int hits() const { return freedBlocksWithMarker.load(); }
};

QByteArray markerBytes()
{
    return QByteArray(marker, sizeof marker);
}

} // namespace

class TestSecureBytes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Made at run time so that no secret-like constant exists in the binary or the repository.
        auto random = crypto::randomBytes(sizeof marker);
        QVERIFY(random.ok());
        std::memcpy(marker, random->constData(), sizeof marker);
    }

    void conversionsRoundTrip()
    {
        const QString text = QStringLiteral("pässwörd €");
        const SecureBytes secret = SecureBytes::fromUtf8(text);
        QCOMPARE(secret.size(), std::size_t(text.toUtf8().size()));
        QVERIFY(secret.toUtf8String() == text);
        QVERIFY(secret.reveal() == text.toUtf8());
        QVERIFY(secret.isValidUtf8());
        QVERIFY(!SecureBytes::fromBytes(QByteArray("\xff\xfe\x00", 3)).isValidUtf8());
        QVERIFY(SecureBytes().isValidUtf8());
        QVERIFY(SecureBytes().isEmpty());
    }

    void zeroedBufferIsWritable()
    {
        SecureBytes buffer = SecureBytes::zeroed(4);
        QCOMPARE(buffer.size(), std::size_t(4));
        QCOMPARE(buffer.reveal(), QByteArray(4, '\0'));
        std::memcpy(buffer.mutableData(), "abcd", 4);
        QVERIFY(buffer == SecureBytes("abcd", 4));
    }

    void equality_data()
    {
        QTest::addColumn<QByteArray>("left");
        QTest::addColumn<QByteArray>("right");
        QTest::addColumn<bool>("equal");
        QTest::newRow("same") << QByteArray("abc") << QByteArray("abc") << true;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
        QTest::newRow("last byte differs") << QByteArray("abc") << QByteArray("abd") << false;
        QTest::newRow("first byte differs") << QByteArray("abc") << QByteArray("xbc") << false;
        QTest::newRow("prefix") << QByteArray("abc") << QByteArray("ab") << false;
        QTest::newRow("empty vs one") << QByteArray() << QByteArray("a") << false;
    }

    void equality()
    {
        QFETCH(QByteArray, left);
        QFETCH(QByteArray, right);
        QFETCH(bool, equal);
        QCOMPARE(SecureBytes::fromBytes(left) == SecureBytes::fromBytes(right), equal);
    }

    void copyMoveAndClear()
    {
        const SecureBytes original = SecureBytes::fromBytes(markerBytes());
        SecureBytes copy = original;
        QVERIFY(copy == original);
        SecureBytes moved = std::move(copy);
        QVERIFY(moved == original);
        QVERIFY(copy.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is what is tested
        SecureBytes assigned;
        assigned = moved;
        QVERIFY(assigned == original);
        assigned = std::move(moved);
        QVERIFY(assigned == original);
        QVERIFY(moved.isEmpty()); // NOLINT(bugprone-use-after-move)
        assigned.clear();
        QVERIFY(assigned.isEmpty());
        QCOMPARE(assigned.size(), std::size_t(0));
    }

    void detectorSeesUnwipedMemory()
    {
        // The control: without wiping, the watch must see the marker in a freed block. Otherwise the next test
        // would pass for the wrong reason.
        FreedMemoryWatch watch;
        {
            std::vector<char> plain(marker, marker + sizeof marker);
            QVERIFY(!plain.empty());
        }
        QCOMPARE(watch.hits(), 1);
    }

    void secretNeverReachesFreedMemory()
    {
        FreedMemoryWatch watch;
        {
            SecureBytes a = SecureBytes::fromBytes(markerBytes());
            SecureBytes b = a; // copy
            SecureBytes c;
            c = a; // copy-assign into empty
            static const char other[] = "another value, longer than the marker";
            c = SecureBytes(other, sizeof other - 1); // reassign: the old block is released
            SecureBytes d(std::move(b));              // move
            d.clear();                                // explicit clear
            SecureBytes e = SecureBytes::fromBytes(markerBytes());
            e = std::move(c);                                          // move-assign over a secret
            a = SecureBytes::fromBytes(markerBytes() + markerBytes()); // reassign with a larger secret
        }                                                              // destroy everything
        QCOMPARE(watch.hits(), 0);
    }

    void wipeOverwritesUnsharedByteArray()
    {
        QByteArray bytes = markerBytes();
        bytes.detach();
        QVERIFY(bytes.isDetached());
        const char* storage = bytes.constData();
        const auto size = static_cast<std::size_t>(bytes.size());
        wipe(bytes);
        QVERIFY(bytes.isEmpty());
        // The allocation is kept on purpose, so the overwrite can be checked in place.
        QCOMPARE(bytes.constData(), storage);
        for (std::size_t i = 0; i < size; ++i)
            QCOMPARE(storage[i], '\0');
    }

    void wipeLeavesSharedByteArrayIntact()
    {
        const QByteArray original = markerBytes();
        QByteArray other = original;
        QByteArray mine = other; // shares the buffer with `other`
        wipe(mine);
        QVERIFY(mine.isEmpty());
        QVERIFY(other == original); // the other owner's copy is not corrupted
    }

    void wipeDoesNotWriteToRawData()
    {
        // Raw data may live in read-only memory: writing to it would crash.
        static const char readOnly[] = "not owned by the array";
        QByteArray raw = QByteArray::fromRawData(readOnly, sizeof readOnly - 1);
        wipe(raw);
        QVERIFY(raw.isEmpty());
        QCOMPARE(QByteArray(readOnly), QByteArray("not owned by the array"));
    }

    void wipeOverwritesUnsharedString()
    {
        QString text = QString::fromLatin1(markerBytes().toHex());
        const QChar* storage = text.constData();
        const qsizetype size = text.size();
        wipe(text);
        QVERIFY(text.isEmpty());
        QCOMPARE(text.constData(), storage);
        for (qsizetype i = 0; i < size; ++i)
            QCOMPARE(storage[i], QChar(0));
    }

    void wipeLeavesSharedStringIntact()
    {
        const QString original = QString::fromLatin1(markerBytes().toHex());
        QString mine = original;
        wipe(mine);
        QVERIFY(mine.isEmpty());
        QCOMPARE(original.size(), qsizetype(sizeof marker * 2));
        QVERIFY(original == QString::fromLatin1(markerBytes().toHex()));
    }
};

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "test_securebytes.moc"
