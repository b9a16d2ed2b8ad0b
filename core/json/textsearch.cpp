#include "core/json/textsearch.h"

#include "core/json/textdecode.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

namespace studio::json {

namespace {

constexpr qint64 WindowBytes = 1024 * 1024;
constexpr qint64 RegexChunkBytes = 256 * 1024;

/// Collects matches and hands them over in batches.
class MatchSink final
{
public:
    MatchSink(qint64 maxStored, qint64 size, const std::function<void(std::vector<TextMatch>&&, qint64, double)>& found)
        : m_maxStored(maxStored)
        , m_size(size)
        , m_found(found)
    {
        m_timer.start();
    }

    void add(qint64 offset, qint64 length)
    {
        if (m_total < m_maxStored)
            m_batch.push_back(TextMatch {offset, length});
        ++m_total;
    }

    /// Hands over the batch when it is the first or enough time has passed.
    void maybeFlush(qint64 position)
    {
        if (m_batch.empty() && m_sentAny && m_timer.elapsed() < 100)
            return;
        if ((!m_sentAny && !m_batch.empty()) || m_timer.elapsed() >= 100)
            flush(position);
    }

    void flush(qint64 position)
    {
        m_sentAny = m_sentAny || !m_batch.empty();
        if (m_found)
            m_found(std::move(m_batch), m_total, m_size ? double(position) / double(m_size) : 1.0);
        m_batch = {};
        m_timer.restart();
    }

    qint64 total() const { return m_total; }

private:
    const qint64 m_maxStored;
    const qint64 m_size;
    const std::function<void(std::vector<TextMatch>&&, qint64, double)>& m_found;
    std::vector<TextMatch> m_batch;
    qint64 m_total = 0;
    bool m_sentAny = false;
    QElapsedTimer m_timer;
};

bool isAscii(const QByteArray& bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

/// Plain bytes, case-sensitive or ASCII case-insensitive: windows of the document (copied, so matches across
/// storage blocks are found), searched with Boyer-Moore-Horspool.
bool searchBytes(
    const TextDocument& document, QByteArray pattern, bool foldCase, const std::atomic_bool* cancel, MatchSink& sink)
{
    if (foldCase)
        std::transform(pattern.begin(), pattern.end(), pattern.begin(), asciiLower);
    const qint64 overlap = pattern.size() - 1;
    const std::boyer_moore_horspool_searcher searcher(pattern.cbegin(), pattern.cend());
    std::vector<char> window;
    qint64 nextAllowed = 0;
    for (qint64 pos = 0; pos < document.size(); pos += WindowBytes) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        const qint64 end = std::min(document.size(), pos + WindowBytes + overlap);
        window.resize(size_t(end - pos));
        for (qint64 at = pos; at < end;) {
            const QByteArrayView part = document.piece(at, end);
            std::memcpy(window.data() + (at - pos), part.data(), size_t(part.size()));
            at += part.size();
        }
        if (foldCase)
            std::transform(window.begin(), window.end(), window.begin(), asciiLower);
        auto it = window.cbegin();
        while (true) {
            const auto [first, last] = searcher(it, window.cend());
            if (first == window.cend())
                break;
            const qint64 offset = pos + (first - window.cbegin());
            if (offset >= pos + WindowBytes)
                break;
            if (offset >= nextAllowed && std::find(first, last, '\n') == last) {
                sink.add(offset, pattern.size());
                nextAllowed = offset + pattern.size();
                it = last;
            } else {
                it = first + 1;
            }
        }
        sink.maybeFlush(std::min(document.size(), pos + WindowBytes));
    }
    return true;
}

/// Regular expressions (and case-insensitive non-ASCII text): chunks of whole lines decoded to UTF-16, matches
/// mapped back to bytes.
bool searchRegex(
    const TextDocument& document, const QRegularExpression& expression, const std::atomic_bool* cancel, MatchSink& sink)
{
    const qint64 lines = document.lineCount();
    qint64 line = 0;
    while (line < lines) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        const qint64 from = document.lineStart(line);
        // Whole lines up to about RegexChunkBytes (at least one line, however long).
        qint64 last = document.lineOfOffset(std::min(document.size(), from + RegexChunkBytes));
        if (last <= line)
            last = line + 1;
        const qint64 to = last < lines ? document.lineStart(last) : document.size();
        const QByteArray bytes = document.bytes(from, to);
        const DecodedText decoded = decodeUtf8(bytes, ControlCharacters::Keep, true);
        QRegularExpressionMatchIterator it = expression.globalMatch(decoded.text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const qsizetype start = match.capturedStart();
            const qsizetype length = match.capturedLength();
            if (length == 0 || decoded.text.mid(start, length).contains(u'\n'))
                continue;
            const qint64 byteStart = decoded.offsets[size_t(start)];
            const qint64 byteEnd = decoded.offsets[size_t(start + length)];
            sink.add(from + byteStart, byteEnd - byteStart);
        }
        sink.maybeFlush(to);
        line = last;
    }
    return true;
}

QRegularExpression expressionFor(const SearchQuery& query)
{
    // \w, \b and friends know letters beyond ASCII: product names are German, French, Japanese...
    QRegularExpression::PatternOptions options
        = QRegularExpression::MultilineOption | QRegularExpression::UseUnicodePropertiesOption;
    if (!query.caseSensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(query.regex ? query.text : QRegularExpression::escape(query.text), options);
}

} // namespace

QString searchQueryError(const SearchQuery& query)
{
    if (!query.regex)
        return QString();
    const QRegularExpression expression = expressionFor(query);
    if (expression.isValid())
        return QString();
    return QCoreApplication::translate("TextSearch", "Invalid regular expression at character %1: %2")
        .arg(expression.patternErrorOffset() + 1)
        .arg(expression.errorString());
}

SearchOutcome searchText(const TextDocument& document, const SearchQuery& query, qint64 maxStored,
    const std::atomic_bool* cancel,
    const std::function<void(std::vector<TextMatch>&& batch, qint64 totalSoFar, double fraction)>& found)
{
    SearchOutcome outcome;
    if (query.text.isEmpty())
        return outcome;
    outcome.error = searchQueryError(query);
    if (!outcome.error.isEmpty())
        return outcome;
    MatchSink sink(maxStored, document.size(), found);
    const QByteArray utf8 = query.text.toUtf8();
    bool finished;
    if (!query.regex && (query.caseSensitive || isAscii(utf8))) {
        finished = searchBytes(document, utf8, !query.caseSensitive, cancel, sink);
    } else {
        QRegularExpression expression = expressionFor(query);
        expression.optimize();
        finished = searchRegex(document, expression, cancel, sink);
    }
    sink.flush(document.size());
    outcome.total = sink.total();
    outcome.complete = finished;
    return outcome;
}

} // namespace studio::json
