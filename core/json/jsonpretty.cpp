#include "core/json/jsonpretty.h"

#include "core/json/jsonscan_p.h"

#include <QElapsedTimer>

namespace studio::json {

namespace {

using detail::ScalarKind;

constexpr qint64 FlushBytes = 256 * 1024;
constexpr qint64 ProgressIntervalMs = 100;

/// The scanner handler that writes pretty text into a TextDocumentBuilder and records fold ranges.
class PrettyWriter final
{
public:
    PrettyWriter(qint64 inputSize, const PrettyOptions& options, const std::atomic_bool* cancel,
        const std::function<void(const TextDocument&, double)>& progress)
        : m_inputSize(inputSize)
        , m_options(options)
        , m_cancel(cancel)
        , m_progress(progress)
    {
        m_buffer.reserve(FlushBytes + 64 * 1024);
        m_spaces = QByteArray(qsizetype(options.indentWidth) * options.maxIndentLevels, ' ');
        m_timer.start();
    }

    void begin(bool object)
    {
        valuePrefix();
        m_buffer.append(object ? '{' : '[');
        m_stack.push_back(Level {qint64(m_folds.size()), 0});
        m_folds.push_back(Fold {quint32(m_line), 0, 0, object ? FoldKind::Object : FoldKind::Array});
    }

    void end(bool object, qint64 items)
    {
        const Level level = m_stack.back();
        m_stack.pop_back();
        if (items == 0) {
            // An empty container stays on its line and folds nothing; it was the last fold opened.
            m_folds.pop_back();
            m_buffer.append(object ? '}' : ']');
            return;
        }
        newline();
        m_buffer.append(object ? '}' : ']');
        Fold& fold = m_folds[size_t(level.fold)];
        fold.endLine = quint32(m_line);
        fold.items = quint32(std::min<qint64>(items, UINT32_MAX));
    }

    void key(const char* text, qint64 size)
    {
        memberPrefix();
        m_buffer.append(text, size);
        m_buffer.append(": ", 2);
        m_afterKey = true;
    }

    void scalar(ScalarKind, const char* text, qint64 size)
    {
        valuePrefix();
        m_buffer.append(text, size);
        if (m_buffer.size() >= FlushBytes)
            flush();
    }

    bool checkpoint(qint64 offset)
    {
        if (!flush())
            return false;
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            return false;
        if (m_progress && (!m_published || m_timer.elapsed() >= ProgressIntervalMs)) {
            m_published = true;
            m_timer.restart();
            m_progress(m_builder.snapshot(), m_inputSize ? double(offset) / double(m_inputSize) : 1.0);
        }
        return true;
    }

    /// Moves the buffered text into the document; false when a limit was hit.
    bool flush()
    {
        if (m_failed)
            return false;
        if (!m_buffer.isEmpty()) {
            if (!m_builder.append(m_buffer.constData(), m_buffer.size()))
                m_failed = true;
            m_buffer.clear();
        }
        if (m_options.maxOutputBytes > 0 && m_builder.size() > m_options.maxOutputBytes)
            m_failed = true;
        if (m_line >= qint64(UINT32_MAX))
            m_failed = true;
        return !m_failed;
    }

    bool failed() const { return m_failed; }

    TextDocument finish(bool complete)
    {
        flush();
        if (!complete) {
            // Folds still open at the error have no end; the ones that closed stay usable.
            std::erase_if(m_folds, [](const Fold& fold) { return fold.endLine == 0; });
        }
        return m_builder.finish(std::move(m_folds));
    }

private:
    struct Level
    {
        qint64 fold;
        qint64 written;
    };

    void newline()
    {
        m_buffer.append('\n');
        ++m_line;
        const qint64 levels = std::min<qint64>(qint64(m_stack.size()), m_options.maxIndentLevels);
        m_buffer.append(m_spaces.constData(), levels * m_options.indentWidth);
    }

    /// Before a key: separate it from the previous member and start its line.
    void memberPrefix()
    {
        Level& level = m_stack.back();
        if (level.written++ > 0)
            m_buffer.append(',');
        newline();
    }

    /// Before a value: in an array, separate it and start its line; after a key, nothing.
    void valuePrefix()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_stack.empty())
            memberPrefix();
    }

    const qint64 m_inputSize;
    const PrettyOptions m_options;
    const std::atomic_bool* m_cancel;
    const std::function<void(const TextDocument&, double)>& m_progress;
    TextDocumentBuilder m_builder;
    QByteArray m_buffer;
    QByteArray m_spaces;
    std::vector<Level> m_stack;
    std::vector<Fold> m_folds;
    qint64 m_line = 0;
    bool m_afterKey = false;
    bool m_published = false;
    bool m_failed = false;
    QElapsedTimer m_timer;
};

/// The scanner handler that only validates.
struct Validator
{
    void begin(bool) { }
    void end(bool, qint64) { }
    void key(const char*, qint64) { }
    void scalar(ScalarKind, const char*, qint64) { }
    bool checkpoint(qint64) { return true; }
};

/// The scanner handler that writes tokens without white space.
class Minifier final
{
public:
    explicit Minifier(qint64 inputSize) { m_out.reserve(inputSize); }

    void begin(bool object)
    {
        separate();
        m_out.append(object ? '{' : '[');
        m_first = true;
    }
    void end(bool object, qint64)
    {
        m_out.append(object ? '}' : ']');
        m_first = false;
    }
    void key(const char* text, qint64 size)
    {
        separate();
        m_out.append(text, size);
        m_out.append(':');
        m_afterKey = true;
    }
    void scalar(ScalarKind, const char* text, qint64 size)
    {
        separate();
        m_out.append(text, size);
        m_first = false;
    }
    bool checkpoint(qint64) { return true; }

    QByteArray take() { return std::move(m_out); }

private:
    void separate()
    {
        if (m_afterKey)
            m_afterKey = false;
        else if (!m_first)
            m_out.append(',');
        m_first = false;
    }

    QByteArray m_out;
    bool m_first = true;
    bool m_afterKey = false;
};

} // namespace

PrettyResult prettyPrint(QByteArrayView json, const PrettyOptions& options, const std::atomic_bool* cancel,
    const std::function<void(const TextDocument&, double)>& progress)
{
    PrettyOptions checked = options;
    checked.indentWidth = std::clamp(checked.indentWidth, 0, 16);
    checked.maxIndentLevels = std::clamp(checked.maxIndentLevels, 1, 10000);
    PrettyWriter writer(json.size(), checked, cancel, progress);
    PrettyResult result;
    result.error = detail::scanJson(json.data(), json.size(), writer);
    if (!result.error.isError() && !writer.flush())
        result.error = JsonError::at(JsonErrorCode::TooLarge, json, json.size());
    if (result.error.code == JsonErrorCode::Cancelled && writer.failed())
        result.error.code = JsonErrorCode::TooLarge;
    result.document = writer.finish(!result.error.isError());
    return result;
}

JsonError validateJson(QByteArrayView json)
{
    Validator validator;
    return detail::scanJson(json.data(), json.size(), validator);
}

QByteArray prettyJson(QByteArrayView json, JsonError* error, const PrettyOptions& options)
{
    PrettyResult result = prettyPrint(json, options);
    if (error)
        *error = result.error;
    if (result.error.isError())
        return QByteArray();
    return result.document.bytes(0, result.document.size());
}

QByteArray minifyJson(QByteArrayView json, JsonError* error)
{
    Minifier minifier(json.size());
    const JsonError scanError = detail::scanJson(json.data(), json.size(), minifier);
    if (error)
        *error = scanError;
    if (scanError.isError())
        return QByteArray();
    return minifier.take();
}

} // namespace studio::json
