#include "core/interop/yamljson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <string>
#include <yaml-cpp/yaml.h>

namespace studio::interop {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Yaml", text);
}

struct LimitHit
{
    QString message;
    int line = 0;
};

QJsonValue plainScalar(const QString& text)
{
    if (text.isEmpty() || text == u"~" || text == u"null" || text == u"Null" || text == u"NULL")
        return QJsonValue(QJsonValue::Null);
    if (text == u"true" || text == u"True" || text == u"TRUE")
        return true;
    if (text == u"false" || text == u"False" || text == u"FALSE")
        return false;
    static const QRegularExpression decimal(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression hex(QStringLiteral("^0x[0-9a-fA-F]+$"));
    static const QRegularExpression octal(QStringLiteral("^0o[0-7]+$"));
    static const QRegularExpression floating(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    bool ok = false;
    if (decimal.match(text).hasMatch()) {
        const qint64 value = text.toLongLong(&ok);
        if (ok)
            return value;
        return text.toDouble();
    }
    if (hex.match(text).hasMatch()) {
        const qint64 value = text.mid(2).toLongLong(&ok, 16);
        if (ok)
            return value;
    }
    if (octal.match(text).hasMatch()) {
        const qint64 value = text.mid(2).toLongLong(&ok, 8);
        if (ok)
            return value;
    }
    if (floating.match(text).hasMatch()) {
        const double value = text.toDouble(&ok);
        if (ok)
            return value;
    }
    return text;
}

QJsonValue taggedScalar(const std::string& tag, const QString& text)
{
    static const std::string prefix = "tag:yaml.org,2002:";
    if (tag == "!" || tag == prefix + "str" || tag == "!!str")
        return text;
    if (tag == prefix + "null" || tag == prefix + "bool" || tag == prefix + "int" || tag == prefix + "float")
        return plainScalar(text);
    // "?" (untagged plain scalar) and unknown local tags: resolve like a plain scalar.
    return plainScalar(text);
}

class Converter final
{
public:
    explicit Converter(const YamlLimits& limits)
        : m_limits(limits)
    { }

    QJsonValue convert(const YAML::Node& node, int depth)
    {
        if (++m_nodes > m_limits.maxNodes)
            throw LimitHit {
                tr("the document expands to more than %1 values (aliases nested too deeply?)").arg(m_limits.maxNodes),
                node.Mark().line + 1};
        if (depth > m_limits.maxDepth)
            throw LimitHit {
                tr("values are nested more than %1 levels deep (or an alias refers to itself)").arg(m_limits.maxDepth),
                node.Mark().line + 1};
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            return QJsonValue(QJsonValue::Null);
        case YAML::NodeType::Scalar: {
            const std::string& scalar = node.Scalar();
            return taggedScalar(node.Tag(), QString::fromUtf8(scalar.data(), static_cast<qsizetype>(scalar.size())));
        }
        case YAML::NodeType::Sequence: {
            QJsonArray array;
            for (const YAML::Node& item : node)
                array.append(convert(item, depth + 1));
            return array;
        }
        case YAML::NodeType::Map: {
            QJsonObject object;
            for (const auto& pair : node) {
                QString key;
                if (pair.first.IsScalar()) {
                    const std::string& scalar = pair.first.Scalar();
                    key = QString::fromUtf8(scalar.data(), static_cast<qsizetype>(scalar.size()));
                } else if (!pair.first.IsNull()) {
                    throw LimitHit {tr("a mapping key is itself a mapping or sequence, which JSON cannot hold"),
                        pair.first.Mark().line + 1};
                }
                // YAML's merge key "<<" copies the referenced mapping's entries that are not set here.
                if (key == u"<<" && pair.second.IsMap()) {
                    const QJsonObject merged = convert(pair.second, depth + 1).toObject();
                    for (auto it = merged.constBegin(); it != merged.constEnd(); ++it) {
                        if (!object.contains(it.key()))
                            object.insert(it.key(), it.value());
                    }
                    continue;
                }
                object.insert(key, convert(pair.second, depth + 1));
            }
            return object;
        }
        }
        return QJsonValue(QJsonValue::Null);
    }

private:
    const YamlLimits& m_limits;
    qint64 m_nodes = 0;
};

} // namespace

Result<QJsonValue> parseYaml(const QByteArray& yaml, const QString& fileName, const YamlLimits& limits)
{
    try {
        const YAML::Node root = YAML::Load(std::string(yaml.constData(), static_cast<size_t>(yaml.size())));
        Converter converter(limits);
        return converter.convert(root, 0);
    } catch (const YAML::Exception& error) {
        const QString reason = QString::fromStdString(error.msg);
        if (error.mark.is_null())
            return Error {tr("Not valid YAML: %1").arg(reason), fileName};
        return Error {tr("Not valid YAML at column %1: %2").arg(error.mark.column + 1).arg(reason), fileName,
            error.mark.line + 1};
    } catch (const LimitHit& hit) {
        return Error {tr("The YAML document cannot be used: %1.").arg(hit.message), fileName, hit.line};
    }
}

} // namespace studio::interop
