#include "core/json/textdocument.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#ifdef Q_OS_UNIX
#include <sys/mman.h>
#endif

namespace studio::json {

namespace detail {

/// Memory for the big blocks of a document, mapped straight from the system where possible: viewing a 50 MB
/// response must not leave 100 MB in the allocator's free lists afterwards (glibc keeps freed blocks of this
/// size in its heap once a few have been freed), so a dropped document gives its memory back at once.
/// Pages that are never written are never resident.
struct BlockMemory
{
    static void* allocate(size_t size)
    {
#ifdef Q_OS_UNIX
        void* memory = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (memory == MAP_FAILED)
            throw std::bad_alloc();
        return memory;
#else
        void* memory = std::malloc(size);
        if (!memory)
            throw std::bad_alloc();
        return memory;
#endif
    }

    static void release(void* memory, size_t size)
    {
#ifdef Q_OS_UNIX
        munmap(memory, size);
#else
        Q_UNUSED(size);
        std::free(memory);
#endif
    }
};

/// `Count` elements of `T` in memory from BlockMemory, owned (uninitialised).
template<typename T, size_t Count> class Block final
{
public:
    Block()
        : m_data(static_cast<T*>(BlockMemory::allocate(Count * sizeof(T))))
    { }
    ~Block() { BlockMemory::release(m_data, Count * sizeof(T)); }
    Q_DISABLE_COPY_MOVE(Block)

    T* get() const { return m_data; }
    T& operator[](size_t index) const { return m_data[index]; }

private:
    T* m_data;
};

/// The owned text of a TextDocumentBuilder, in blocks of 1 MiB that never move.
struct ByteBlocks
{
    std::vector<std::unique_ptr<Block<char, size_t(1) << TextDocument::ByteBlockShift>>> blocks;
};

/// Start offsets of 65536 consecutive lines, as 32-bit distances from the first one's.
struct LineBlock
{
    qint64 base = 0;
    Block<quint32, size_t(1) << TextDocument::LineBlockShift> offsets;
};

struct LineBlocks
{
    std::vector<std::unique_ptr<LineBlock>> blocks;
};

} // namespace detail

namespace {

constexpr qint64 ByteBlockSize = qint64(1) << TextDocument::ByteBlockShift;
constexpr qint64 ByteBlockMask = ByteBlockSize - 1;
constexpr qint64 LineBlockSize = qint64(1) << TextDocument::LineBlockShift;
constexpr qint64 LineBlockMask = LineBlockSize - 1;

const std::vector<Fold>& noFolds()
{
    static const std::vector<Fold> none;
    return none;
}

} // namespace

// ---- TextDocument ----

TextDocument::TextDocument()
    : m_lineCount(0)
{ }

qint64 TextDocument::lineStart(qint64 line) const
{
    if (line <= 0 || m_lineBlocks.empty())
        return 0;
    if (line >= m_lineCount)
        return m_size;
    const detail::LineBlock* block = m_lineBlocks[size_t(line >> LineBlockShift)];
    return block->base + qint64(block->offsets[size_t(line & LineBlockMask)]);
}

qint64 TextDocument::lineEnd(qint64 line) const
{
    const qint64 start = lineStart(line);
    qint64 end = line + 1 < m_lineCount ? lineStart(line + 1) : m_size;
    if (end > start && at(end - 1) == '\n') {
        --end;
        if (end > start && at(end - 1) == '\r')
            --end;
    }
    return end;
}

bool TextDocument::isContinuation(qint64 line) const
{
    if (line <= 0 || line >= m_lineCount)
        return false;
    const qint64 start = lineStart(line);
    return start > 0 && at(start - 1) != '\n';
}

qint64 TextDocument::logicalLine(qint64 line) const
{
    if (m_logicalBases.empty() || line <= 0)
        return std::max<qint64>(line, 0);
    const qint64 block = std::min<qint64>(line >> LineBlockShift, qint64(m_logicalBases.size()) - 1);
    qint64 logical = m_logicalBases[size_t(block)];
    for (qint64 l = (block << LineBlockShift) + 1; l <= line; ++l) {
        if (!isContinuation(l))
            ++logical;
    }
    return logical;
}

qint64 TextDocument::lineOfOffset(qint64 offset) const
{
    if (m_lineCount <= 1 || offset <= 0)
        return 0;
    // The last line whose start is <= offset.
    qint64 low = 0;
    qint64 high = m_lineCount - 1;
    while (low < high) {
        const qint64 mid = low + (high - low + 1) / 2;
        if (lineStart(mid) <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}

char TextDocument::at(qint64 offset) const
{
    return m_blocks[size_t(offset >> ByteBlockShift)][offset & ByteBlockMask];
}

QByteArrayView TextDocument::piece(qint64 from, qint64 to) const
{
    to = std::min(to, m_size);
    if (from >= to || from < 0)
        return {};
    const char* start = m_blocks[size_t(from >> ByteBlockShift)] + (from & ByteBlockMask);
    if (m_contiguous)
        return QByteArrayView(start, to - from);
    const qint64 blockEnd = (from & ~ByteBlockMask) + ByteBlockSize;
    return QByteArrayView(start, std::min(to, blockEnd) - from);
}

QByteArray TextDocument::bytes(qint64 from, qint64 to) const
{
    from = std::max<qint64>(from, 0);
    to = std::min(to, m_size);
    QByteArray result;
    if (from >= to)
        return result;
    result.reserve(to - from);
    while (from < to) {
        const QByteArrayView part = piece(from, to);
        result.append(part.data(), part.size());
        from += part.size();
    }
    return result;
}

const std::vector<Fold>& TextDocument::folds() const
{
    return m_folds ? *m_folds : noFolds();
}

qint64 TextDocument::foldStartingAt(qint64 line) const
{
    const std::vector<Fold>& all = folds();
    const auto it = std::lower_bound(
        all.begin(), all.end(), line, [](const Fold& fold, qint64 l) { return qint64(fold.startLine) < l; });
    if (it == all.end() || qint64(it->startLine) != line)
        return -1;
    return it - all.begin();
}

// ---- LineIndex ----

LineIndex::LineIndex()
    : m_blocks(std::make_shared<detail::LineBlocks>())
{ }

bool LineIndex::add(qint64 offset)
{
    const qint64 indexInBlock = m_count & LineBlockMask;
    if (indexInBlock == 0) {
        auto block = std::make_unique<detail::LineBlock>();
        block->base = offset;
        m_blocks->blocks.push_back(std::move(block));
    }
    detail::LineBlock& block = *m_blocks->blocks.back();
    const qint64 distance = offset - block.base;
    if (distance > qint64(UINT32_MAX))
        return false;
    block.offsets[size_t(indexInBlock)] = quint32(distance);
    ++m_count;
    return true;
}

void LineIndex::fill(TextDocument& document) const
{
    document.m_keepLines = m_blocks;
    document.m_lineBlocks.clear();
    document.m_lineBlocks.reserve(m_blocks->blocks.size());
    for (const auto& block : m_blocks->blocks)
        document.m_lineBlocks.push_back(block.get());
    document.m_lineCount = m_count;
}

// ---- TextDocumentBuilder ----

TextDocumentBuilder::TextDocumentBuilder()
    : m_bytes(std::make_shared<detail::ByteBlocks>())
{
    m_lines.add(0);
}

bool TextDocumentBuilder::append(const char* data, qint64 size)
{
    const qint64 start = m_size;
    qint64 copied = 0;
    while (copied < size) {
        const size_t blockIndex = size_t(m_size >> TextDocument::ByteBlockShift);
        const qint64 inBlock = m_size & ByteBlockMask;
        if (blockIndex == m_bytes->blocks.size())
            m_bytes->blocks.push_back(std::make_unique<detail::Block<char, size_t(ByteBlockSize)>>());
        const qint64 chunk = std::min(size - copied, ByteBlockSize - inBlock);
        std::memcpy(m_bytes->blocks[blockIndex]->get() + inBlock, data + copied, size_t(chunk));
        copied += chunk;
        m_size += chunk;
    }
    const char* p = data;
    const char* const end = data + size;
    while (p < end) {
        const auto* newline = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        if (!newline)
            break;
        const qint64 next = start + (newline - data) + 1;
        m_maxLineLength = std::max(m_maxLineLength, next - 1 - m_lastLineStart);
        m_lastLineStart = next;
        if (!m_lines.add(next))
            return false;
        p = newline + 1;
    }
    return true;
}

TextDocument TextDocumentBuilder::snapshot() const
{
    TextDocument document;
    document.m_blocks.reserve(m_bytes->blocks.size());
    for (const auto& block : m_bytes->blocks)
        document.m_blocks.push_back(block->get());
    document.m_keepBytes = m_bytes;
    m_lines.fill(document);
    document.m_size = m_size;
    document.m_maxLineLength = std::max(m_maxLineLength, m_size - m_lastLineStart);
    document.m_complete = false;
    return document;
}

TextDocument TextDocumentBuilder::finish(std::vector<Fold> folds)
{
    TextDocument document = snapshot();
    if (!folds.empty())
        document.m_folds = std::make_shared<const std::vector<Fold>>(std::move(folds));
    document.m_complete = true;
    return document;
}

// ---- raw line index ----

TextDocument indexLines(const ByteSourcePtr& source, const LineIndexOptions& options, const std::atomic_bool* cancel,
    const std::function<void(const TextDocument&, double)>& progress)
{
    TextDocument document;
    document.m_keepBytes = source;
    document.m_contiguous = true;
    const char* const data = source->data();
    const qint64 size = source->size();
    for (qint64 offset = 0; offset < size; offset += ByteBlockSize)
        document.m_blocks.push_back(data + offset);
    const qint64 wrap = std::clamp(options.wrapBytes, 0, 32768);

    LineIndex lines;
    lines.add(0);
    document.m_logicalBases.push_back(0);
    qint64 logical = 0;
    qint64 maxLength = 0;
    qint64 pos = 0;
    qint64 nextReport = 64 * 1024;
    bool cancelled = false;
    const auto fillSnapshot = [&](qint64 indexed, bool complete) {
        lines.fill(document);
        document.m_size = indexed;
        document.m_maxLineLength = std::max(maxLength, indexed - pos);
        document.m_complete = complete;
    };
    while (pos < size) {
        const qint64 windowEnd = wrap ? std::min(size, pos + wrap + 1) : size;
        const auto* newline = static_cast<const char*>(std::memchr(data + pos, '\n', size_t(windowEnd - pos)));
        qint64 next;
        if (newline) {
            next = newline - data + 1;
        } else if (wrap && pos + wrap < size) {
            next = pos + wrap;
            // Never split a UTF-8 sequence.
            while (next > pos + 1 && (static_cast<unsigned char>(data[next]) & 0xC0) == 0x80)
                --next;
        } else {
            break;
        }
        maxLength = std::max(maxLength, next - pos);
        if (newline)
            ++logical;
        if ((lines.count() & LineBlockMask) == 0)
            document.m_logicalBases.push_back(logical);
        lines.add(next);
        pos = next;
        if (pos >= nextReport) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                cancelled = true;
                break;
            }
            if (progress) {
                fillSnapshot(pos, false);
                progress(document, double(pos) / double(size));
            }
            nextReport = pos + 8 * 1024 * 1024;
        }
    }
    if (cancelled) {
        fillSnapshot(pos, false);
        return document;
    }
    maxLength = std::max(maxLength, size - pos);
    lines.fill(document);
    document.m_size = size;
    document.m_maxLineLength = maxLength;
    document.m_complete = true;
    return document;
}

} // namespace studio::json
