#pragma once

#include "core/json/bytesource.h"

#include <atomic>
#include <functional>
#include <memory>
#include <QByteArray>
#include <QByteArrayView>
#include <vector>

namespace studio::json {

/// What a fold range folds: a JSON object or array (or an XML element).
enum class FoldKind : quint8 { Object, Array, Element };

/// A range of lines the viewer can fold: the container opens on startLine and closes on endLine (0-based);
/// `items` is the number of members (object keys, array elements, child elements).
struct Fold
{
    quint32 startLine = 0;
    quint32 endLine = 0;
    quint32 items = 0;
    FoldKind kind = FoldKind::Object;
};

namespace detail {
struct ByteBlocks;
struct LineBlock;
struct LineBlocks;
} // namespace detail

/// Options of the raw line index.
struct LineIndexOptions
{
    /// Lines longer than this many bytes are wrapped (minified JSON is one line of many megabytes); 0: never.
    /// At most 32768.
    int wrapBytes = 1000;
};

class TextDocument;

/// Indexes the lines of bytes in place (no copy): the raw and text views. `progress` (optional, called on the
/// worker every few megabytes) gets the snapshot so far and the fraction done; indexing stops early (returning
/// what it has, incomplete) when `cancel` is set.
TextDocument indexLines(const ByteSourcePtr& source, const LineIndexOptions& options, const std::atomic_bool* cancel,
    const std::function<void(const TextDocument&, double)>& progress = {});

/// Text the viewers show: UTF-8 bytes and the offsets where its lines start, readable from any thread. A
/// document is an immutable snapshot: while a worker is still producing text, it hands out snapshots of what is
/// ready (isComplete() false) and the views show those; the bytes of a snapshot never change or move. Copies are
/// cheap (shared storage). Lines end at '\n' (a '\r' before it is not part of the line) or, for wrapped text, at
/// the wrap width; line numbers and offsets are 0-based.
class TextDocument final
{
public:
    /// Bytes per storage block, and lines per index block.
    static constexpr int ByteBlockShift = 20;
    static constexpr int LineBlockShift = 16;

    /// An empty, complete document.
    TextDocument();

    qint64 size() const { return m_size; }
    qint64 lineCount() const { return m_lineCount; }
    bool isEmpty() const { return m_size == 0; }
    /// False for a snapshot taken while the text was still being produced.
    bool isComplete() const { return m_complete; }

    qint64 lineStart(qint64 line) const;
    /// Offset just past the line's text, before its '\n' or "\r\n".
    qint64 lineEnd(qint64 line) const;
    /// True when the line continues the previous one (it was wrapped, no newline between them).
    bool isContinuation(qint64 line) const;
    /// The line holding byte `offset` (the last line for offsets at or past the end).
    qint64 lineOfOffset(qint64 offset) const;
    /// The 0-based line number in the text without wrapping (what an editor would show for `line`).
    qint64 logicalLine(qint64 line) const;
    /// The longest line, in bytes (for the horizontal scroll range).
    qint64 maxLineLength() const { return m_maxLineLength; }

    char at(qint64 offset) const;
    /// A copy of the bytes in [from, to).
    QByteArray bytes(qint64 from, qint64 to) const;
    /// The longest run of contiguous memory starting at `from`, ending at `to` at the latest.
    QByteArrayView piece(qint64 from, qint64 to) const;
    /// The text of one line (without its line break).
    QByteArray lineBytes(qint64 line) const { return bytes(lineStart(line), lineEnd(line)); }

    /// Fold ranges sorted by start line; empty when the text has none (or is not complete yet).
    const std::vector<Fold>& folds() const;
    /// Index in folds() of the fold starting on `line`, or -1.
    qint64 foldStartingAt(qint64 line) const;

private:
    friend class TextDocumentBuilder;
    friend class LineIndex;
    friend TextDocument indexLines(const ByteSourcePtr&, const LineIndexOptions&, const std::atomic_bool*,
        const std::function<void(const TextDocument&, double)>&);

    std::vector<const char*> m_blocks;
    std::shared_ptr<const void> m_keepBytes;
    std::shared_ptr<const void> m_keepLines;
    std::vector<const detail::LineBlock*> m_lineBlocks;
    std::shared_ptr<const std::vector<Fold>> m_folds;
    /// For wrapped text: the logical line number of the first line of every line block.
    std::vector<qint64> m_logicalBases;
    qint64 m_size = 0;
    qint64 m_lineCount = 1;
    qint64 m_maxLineLength = 0;
    bool m_complete = true;
    bool m_contiguous = false;
};

/// Collects line start offsets in blocks that never move, so snapshots can share them with readers while more
/// lines are added. Internal to the builders below.
class LineIndex final
{
public:
    LineIndex();
    /// Records that a line starts at `offset` (offsets must increase). False when a single index block would
    /// span more than 4 GiB (lines are stored as 32-bit distances), which only an absurdly long line can cause.
    bool add(qint64 offset);
    qint64 count() const { return m_count; }
    /// Fills the line part of a snapshot.
    void fill(TextDocument& document) const;

private:
    std::shared_ptr<detail::LineBlocks> m_blocks;
    qint64 m_count = 0;
};

/// Produces a document whose bytes it owns: the pretty printers append text, take snapshots for the views
/// while they work, and finish() with the fold ranges.
class TextDocumentBuilder final
{
public:
    TextDocumentBuilder();

    /// Appends text; every '\n' in it starts a new line. False when the line index overflowed (see LineIndex).
    bool append(const char* data, qint64 size);
    qint64 size() const { return m_size; }
    /// Lines so far, the current (unfinished) one included.
    qint64 lineCount() const { return m_lines.count(); }

    /// What is ready now, for a view to show while work goes on.
    TextDocument snapshot() const;
    /// The complete document.
    TextDocument finish(std::vector<Fold> folds = {});

private:
    std::shared_ptr<detail::ByteBlocks> m_bytes;
    LineIndex m_lines;
    qint64 m_size = 0;
    qint64 m_lastLineStart = 0;
    qint64 m_maxLineLength = 0;
};

} // namespace studio::json
