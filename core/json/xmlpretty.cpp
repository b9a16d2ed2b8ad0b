#include "core/json/xmlpretty.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIODevice>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace studio::json {

namespace {

/// A write-only device that appends to a TextDocumentBuilder, so QXmlStreamWriter writes straight into the
/// viewer's document.
class BuilderDevice final : public QIODevice
{
public:
    explicit BuilderDevice(TextDocumentBuilder& builder)
        : m_builder(builder)
    {
        open(QIODevice::WriteOnly);
    }

    bool failed() const { return m_failed; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (!m_builder.append(data, size)) {
            m_failed = true;
            return -1;
        }
        return size;
    }

private:
    TextDocumentBuilder& m_builder;
    bool m_failed = false;
};

} // namespace

XmlPrettyResult prettyXml(QByteArrayView xml, const std::atomic_bool* cancel,
    const std::function<void(const TextDocument&, double)>& progress)
{
    XmlPrettyResult result;
    TextDocumentBuilder builder;
    BuilderDevice device(builder);
    QXmlStreamReader reader(QByteArray::fromRawData(xml.data(), xml.size()));
    QXmlStreamWriter writer(&device);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);

    struct Open
    {
        quint32 line;
        quint32 children;
        size_t fold;
    };
    std::vector<Open> open;
    std::vector<Fold> folds;
    QElapsedTimer timer;
    timer.start();
    bool published = false;
    qint64 tokens = 0;
    const auto line = [&builder] { return quint32(builder.lineCount() - 1); };

    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (reader.hasError())
            break;
        if (++tokens % 4096 == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                result.error = QCoreApplication::translate("XmlPretty", "cancelled");
                break;
            }
            if (progress && (!published || timer.elapsed() >= 100)) {
                published = true;
                timer.restart();
                progress(builder.snapshot(), xml.isEmpty() ? 1.0 : double(reader.characterOffset()) / xml.size());
            }
        }
        if (token == QXmlStreamReader::Characters && reader.isWhitespace())
            continue;
        if (token == QXmlStreamReader::StartElement) {
            if (!open.empty())
                ++open.back().children;
            writer.writeCurrentToken(reader);
            open.push_back(Open {line(), 0, folds.size()});
            folds.push_back(Fold {open.back().line, 0, 0, FoldKind::Element});
            continue;
        }
        if (token == QXmlStreamReader::EndElement && !open.empty()) {
            writer.writeCurrentToken(reader);
            const Open element = open.back();
            open.pop_back();
            Fold& fold = folds[element.fold];
            const quint32 endLine = line();
            // An element on a single line folds nothing: marked here, dropped below.
            fold.endLine = endLine > element.line ? endLine : UINT32_MAX;
            fold.items = element.children;
            continue;
        }
        writer.writeCurrentToken(reader);
    }
    if (reader.hasError() && result.error.isEmpty()) {
        result.error = reader.errorString();
        result.errorLine = reader.lineNumber();
        result.errorColumn = reader.columnNumber();
    } else if (device.failed() && result.error.isEmpty()) {
        result.error = QCoreApplication::translate("XmlPretty", "the text is too large for the viewer");
    }
    std::erase_if(folds, [](const Fold& f) { return f.endLine == 0 || f.endLine == UINT32_MAX; });
    result.document = builder.finish(std::move(folds));
    return result;
}

} // namespace studio::json
