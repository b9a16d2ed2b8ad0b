#include "core/interop/curlformat.h"

#include "core/common/jsonio.h"
#include "core/interop/urlmapping.h"
#include "core/workspace/variables.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace studio::interop {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CurlFormat", text);
}

// ---------------------------------------------------------------------------------------------------------------
// Tokenizing

struct Token
{
    QString text;
    qsizetype position = 0; ///< offset of the token's first character in the command
};

QString positionText(const QString& text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == u'\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return tr("line %1, column %2").arg(line).arg(column);
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isShellVariableStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

/// Reads $NAME or ${NAME} at text[i] (which is '$'); returns the name and advances i past it, or returns an
/// empty name and leaves i unchanged.
QString readShellVariable(const QString& text, qsizetype& i)
{
    qsizetype j = i + 1;
    if (j < text.size() && text.at(j) == u'{') {
        const qsizetype close = text.indexOf(u'}', j);
        if (close < 0)
            return QString();
        const QString name = text.mid(j + 1, close - j - 1);
        static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (!valid.match(name).hasMatch())
            return QString();
        i = close + 1;
        return name;
    }
    if (j >= text.size() || !isShellVariableStart(text.at(j)))
        return QString();
    while (j < text.size() && (text.at(j).isLetterOrNumber() || text.at(j) == u'_'))
        ++j;
    const QString name = text.mid(i + 1, j - i - 1);
    i = j;
    return name;
}

struct Tokenized
{
    QList<Token> tokens;
    QStringList shellVariables; ///< $NAME references turned into {{NAME}}
    qsizetype stoppedAt = -1;   ///< where a pipe, redirection or second command began (ignored from there)
};

/// POSIX shell (bash) words: single quotes, double quotes, $'...', backslash escapes, backslash-newline.
Result<Tokenized> tokenizePosix(const QString& text)
{
    Tokenized out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r') {
            ++i;
            continue;
        }
        if (c == u'\\' && i + 1 < n && (text.at(i + 1) == u'\n' || text.at(i + 1) == u'\r')) {
            i += 2;
            if (i < n && text.at(i - 1) == u'\r' && text.at(i) == u'\n')
                ++i;
            continue;
        }
        if (c == u'#') {
            while (i < n && text.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'|' || c == u';' || c == u'&' || c == u'>' || c == u'<') {
            out.stoppedAt = i;
            break;
        }
        Token token;
        token.position = i;
        bool ended = false;
        while (i < n && !ended) {
            const QChar d = text.at(i);
            if (d == u' ' || d == u'\t' || d == u'\n' || d == u'\r') {
                ended = true;
            } else if (d == u'|' || d == u';' || d == u'&' || d == u'>' || d == u'<') {
                ended = true;
            } else if (d == u'\'') {
                const qsizetype close = text.indexOf(u'\'', i + 1);
                if (close < 0)
                    return Error {
                        tr("Unterminated single quote (') at %1: add the closing quote.").arg(positionText(text, i))};
                token.text += text.mid(i + 1, close - i - 1);
                i = close + 1;
            } else if (d == u'$' && i + 1 < n && text.at(i + 1) == u'\'') {
                const qsizetype start = i;
                i += 2;
                bool closed = false;
                while (i < n) {
                    const QChar e = text.at(i);
                    if (e == u'\'') {
                        closed = true;
                        ++i;
                        break;
                    }
                    if (e != u'\\' || i + 1 >= n) {
                        token.text += e;
                        ++i;
                        continue;
                    }
                    const QChar x = text.at(i + 1);
                    i += 2;
                    switch (x.unicode()) {
                    case 'n':
                        token.text += u'\n';
                        break;
                    case 't':
                        token.text += u'\t';
                        break;
                    case 'r':
                        token.text += u'\r';
                        break;
                    case 'a':
                        token.text += QChar(7);
                        break;
                    case 'b':
                        token.text += QChar(8);
                        break;
                    case 'e':
                    case 'E':
                        token.text += QChar(27);
                        break;
                    case 'f':
                        token.text += QChar(12);
                        break;
                    case 'v':
                        token.text += QChar(11);
                        break;
                    case 'x':
                    case 'u':
                    case 'U': {
                        const int maxDigits = x == u'x' ? 2 : (x == u'u' ? 4 : 8);
                        qsizetype j = i;
                        while (j < n && j - i < maxDigits && isHexDigit(text.at(j)))
                            ++j;
                        if (j == i) {
                            token.text += u'\\';
                            token.text += x;
                            break;
                        }
                        const uint code = text.mid(i, j - i).toUInt(nullptr, 16);
                        if (x == u'x') {
                            // \xHH are bytes; collect consecutive ones so UTF-8 sequences decode.
                            QByteArray bytes(1, static_cast<char>(code));
                            i = j;
                            while (i + 3 < n && text.at(i) == u'\\' && text.at(i + 1) == u'x'
                                && isHexDigit(text.at(i + 2))) {
                                qsizetype k = i + 2;
                                while (k < n && k - (i + 2) < 2 && isHexDigit(text.at(k)))
                                    ++k;
                                bytes.append(static_cast<char>(text.mid(i + 2, k - i - 2).toUInt(nullptr, 16)));
                                i = k;
                            }
                            token.text += QString::fromUtf8(bytes);
                        } else {
                            const char32_t cp = code;
                            token.text += QString::fromUcs4(&cp, 1);
                            i = j;
                        }
                        break;
                    }
                    case '0':
                    case '1':
                    case '2':
                    case '3':
                    case '4':
                    case '5':
                    case '6':
                    case '7': {
                        qsizetype j = i - 1;
                        qsizetype end = j;
                        while (end < n && end - j < 3 && text.at(end) >= u'0' && text.at(end) <= u'7')
                            ++end;
                        token.text += QChar(static_cast<char16_t>(text.mid(j, end - j).toUInt(nullptr, 8)));
                        i = end;
                        break;
                    }
                    default:
                        // \\ \' \" \? stand for themselves; unknown escapes keep the backslash, as bash does.
                        if (x == u'\\' || x == u'\'' || x == u'"' || x == u'?') {
                            token.text += x;
                        } else {
                            token.text += u'\\';
                            token.text += x;
                        }
                        break;
                    }
                }
                if (!closed)
                    return Error {tr("Unterminated $'…' string starting at %1: add the closing quote.")
                                      .arg(positionText(text, start))};
            } else if (d == u'"' || (d == u'$' && i + 1 < n && text.at(i + 1) == u'"')) {
                const qsizetype start = i;
                i += d == u'$' ? 2 : 1;
                bool closed = false;
                while (i < n) {
                    const QChar e = text.at(i);
                    if (e == u'"') {
                        closed = true;
                        ++i;
                        break;
                    }
                    if (e == u'\\' && i + 1 < n) {
                        const QChar x = text.at(i + 1);
                        if (x == u'\n') {
                            i += 2;
                        } else if (x == u'$' || x == u'`' || x == u'"' || x == u'\\') {
                            token.text += x;
                            i += 2;
                        } else {
                            token.text += e;
                            ++i;
                        }
                        continue;
                    }
                    if (e == u'$') {
                        const QString name = readShellVariable(text, i);
                        if (!name.isEmpty()) {
                            token.text += QStringLiteral("{{") + name + QStringLiteral("}}");
                            if (!out.shellVariables.contains(name))
                                out.shellVariables.append(name);
                            continue;
                        }
                    }
                    token.text += e;
                    ++i;
                }
                if (!closed)
                    return Error {tr("Unterminated double quote (\") starting at %1: add the closing quote.")
                                      .arg(positionText(text, start))};
            } else if (d == u'\\') {
                if (i + 1 >= n) {
                    ++i;
                } else if (text.at(i + 1) == u'\n') {
                    i += 2;
                } else if (text.at(i + 1) == u'\r' && i + 2 < n && text.at(i + 2) == u'\n') {
                    i += 3;
                } else {
                    token.text += text.at(i + 1);
                    i += 2;
                }
            } else if (d == u'$') {
                const QString name = readShellVariable(text, i);
                if (name.isEmpty()) {
                    token.text += d;
                    ++i;
                } else {
                    token.text += QStringLiteral("{{") + name + QStringLiteral("}}");
                    if (!out.shellVariables.contains(name))
                        out.shellVariables.append(name);
                }
            } else {
                token.text += d;
                ++i;
            }
        }
        out.tokens.append(token);
        if (i < n
            && (text.at(i) == u'|' || text.at(i) == u';' || text.at(i) == u'&' || text.at(i) == u'>'
                || text.at(i) == u'<')) {
            out.stoppedAt = i;
            break;
        }
    }
    return out;
}

/// Windows cmd.exe words as "Copy as cURL (cmd)" writes them: ^ escapes the next character (^ + newline continues
/// the line), then the C runtime's rules: "..." groups, \" is a quote, %NAME% is an environment variable.
Result<Tokenized> tokenizeCmd(const QString& text)
{
    Tokenized out;
    // Pass 1: carets. Keep a map to original offsets for error positions.
    QString plain;
    QList<qsizetype> origin;
    QList<bool> escaped; // ^% is a literal percent sign, not the start of %NAME%
    for (qsizetype i = 0; i < text.size(); ++i) {
        bool caret = false;
        if (text.at(i) == u'^' && i + 1 < text.size()) {
            ++i;
            caret = true;
            if (text.at(i) == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (text.at(i) == u'\n')
                continue;
        }
        plain += text.at(i);
        origin.append(i);
        escaped.append(caret);
    }
    qsizetype i = 0;
    const qsizetype n = plain.size();
    while (i < n) {
        const QChar c = plain.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'|' || c == u'>' || c == u'<' || c == u'&') {
            out.stoppedAt = origin.at(i);
            break;
        }
        Token token;
        token.position = origin.at(i);
        bool quoted = false;
        qsizetype quoteStart = -1;
        while (i < n) {
            const QChar d = plain.at(i);
            if (!quoted && d.isSpace())
                break;
            if (d == u'\\') {
                qsizetype j = i;
                while (j < n && plain.at(j) == u'\\')
                    ++j;
                const qsizetype count = j - i;
                if (j < n && plain.at(j) == u'"') {
                    token.text += QString(count / 2, u'\\');
                    if (count % 2 == 1) {
                        token.text += u'"';
                        i = j + 1;
                    } else {
                        i = j;
                    }
                } else {
                    token.text += QString(count, u'\\');
                    i = j;
                }
                continue;
            }
            if (d == u'"') {
                if (quoted && i + 1 < n && plain.at(i + 1) == u'"') {
                    token.text += u'"';
                    i += 2;
                    continue;
                }
                quoted = !quoted;
                if (quoted)
                    quoteStart = i;
                ++i;
                continue;
            }
            if (d == u'%' && !escaped.at(i)) {
                const qsizetype close = plain.indexOf(u'%', i + 1);
                static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
                if (close > i + 1 && valid.match(plain.mid(i + 1, close - i - 1)).hasMatch()) {
                    const QString name = plain.mid(i + 1, close - i - 1);
                    token.text += QStringLiteral("{{") + name + QStringLiteral("}}");
                    if (!out.shellVariables.contains(name))
                        out.shellVariables.append(name);
                    i = close + 1;
                    continue;
                }
            }
            token.text += d;
            ++i;
        }
        if (quoted)
            return Error {tr("Unterminated double quote (\") starting at %1: add the closing quote.")
                              .arg(positionText(text, origin.at(quoteStart)))};
        out.tokens.append(token);
    }
    return out;
}

bool looksLikeCmd(const QString& text)
{
    static const QRegularExpression caretNewline(QStringLiteral("\\^\\r?\\n"));
    if (caretNewline.match(text).hasMatch())
        return true;
    // A Windows path to the program: C:\tools\curl.exe
    static const QRegularExpression windowsProgram(
        QStringLiteral("^\\s*([A-Za-z]:\\\\\\S*|\\S*\\.exe\\s)"), QRegularExpression::CaseInsensitiveOption);
    if (windowsProgram.match(text).hasMatch())
        return true;
    return !text.contains(u'\'') && text.contains(QStringLiteral("^\""));
}

// ---------------------------------------------------------------------------------------------------------------
// Options

enum class Opt {
    Request,
    Header,
    Data,       ///< -d / --data / --data-ascii: @file reads a file with newlines removed
    DataRaw,    ///< no @file
    DataBinary, ///< @file read as is
    DataUrlencode,
    Json,
    Get,
    Head,
    User,
    Cookie,
    Insecure,
    Url,
    UserAgent,
    Referer,
    OAuth2Bearer,
    Form,
    UrlQuery,
    UploadFile,
    IgnoredFlag,  ///< no effect on the request (output, progress, redirects, compression, HTTP version)
    IgnoredValue, ///< takes a value, no effect on the request
    TlsValue,     ///< TLS files the endpoint configures instead
    ProxyValue,
};

struct OptionSpec
{
    Opt opt;
    bool takesValue;
};

const QHash<QString, OptionSpec>& longOptions()
{
    static const QHash<QString, OptionSpec> options {
        {QStringLiteral("request"), {Opt::Request, true}},
        {QStringLiteral("header"), {Opt::Header, true}},
        {QStringLiteral("data"), {Opt::Data, true}},
        {QStringLiteral("data-ascii"), {Opt::Data, true}},
        {QStringLiteral("data-raw"), {Opt::DataRaw, true}},
        {QStringLiteral("data-binary"), {Opt::DataBinary, true}},
        {QStringLiteral("data-urlencode"), {Opt::DataUrlencode, true}},
        {QStringLiteral("json"), {Opt::Json, true}},
        {QStringLiteral("get"), {Opt::Get, false}},
        {QStringLiteral("head"), {Opt::Head, false}},
        {QStringLiteral("user"), {Opt::User, true}},
        {QStringLiteral("cookie"), {Opt::Cookie, true}},
        {QStringLiteral("insecure"), {Opt::Insecure, false}},
        {QStringLiteral("url"), {Opt::Url, true}},
        {QStringLiteral("user-agent"), {Opt::UserAgent, true}},
        {QStringLiteral("referer"), {Opt::Referer, true}},
        {QStringLiteral("oauth2-bearer"), {Opt::OAuth2Bearer, true}},
        {QStringLiteral("form"), {Opt::Form, true}},
        {QStringLiteral("form-string"), {Opt::Form, true}},
        {QStringLiteral("url-query"), {Opt::UrlQuery, true}},
        {QStringLiteral("upload-file"), {Opt::UploadFile, true}},
        {QStringLiteral("location"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("location-trusted"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("compressed"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("silent"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("show-error"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("verbose"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("include"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("fail"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("fail-with-body"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("globoff"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("http1.0"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("http1.1"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("http2"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("http2-prior-knowledge"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("http3"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("no-buffer"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("progress-bar"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("no-progress-meter"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("remote-name"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("remote-header-name"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("ipv4"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("ipv6"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("path-as-is"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("raw"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("tr-encoding"), {Opt::IgnoredFlag, false}},
        {QStringLiteral("output"), {Opt::IgnoredValue, true}},
        {QStringLiteral("max-time"), {Opt::IgnoredValue, true}},
        {QStringLiteral("connect-timeout"), {Opt::IgnoredValue, true}},
        {QStringLiteral("retry"), {Opt::IgnoredValue, true}},
        {QStringLiteral("retry-delay"), {Opt::IgnoredValue, true}},
        {QStringLiteral("retry-max-time"), {Opt::IgnoredValue, true}},
        {QStringLiteral("write-out"), {Opt::IgnoredValue, true}},
        {QStringLiteral("dump-header"), {Opt::IgnoredValue, true}},
        {QStringLiteral("cookie-jar"), {Opt::IgnoredValue, true}},
        {QStringLiteral("limit-rate"), {Opt::IgnoredValue, true}},
        {QStringLiteral("max-redirs"), {Opt::IgnoredValue, true}},
        {QStringLiteral("max-filesize"), {Opt::IgnoredValue, true}},
        {QStringLiteral("resolve"), {Opt::IgnoredValue, true}},
        {QStringLiteral("connect-to"), {Opt::IgnoredValue, true}},
        {QStringLiteral("interface"), {Opt::IgnoredValue, true}},
        {QStringLiteral("range"), {Opt::IgnoredValue, true}},
        {QStringLiteral("speed-limit"), {Opt::IgnoredValue, true}},
        {QStringLiteral("speed-time"), {Opt::IgnoredValue, true}},
        {QStringLiteral("time-cond"), {Opt::IgnoredValue, true}},
        {QStringLiteral("config"), {Opt::IgnoredValue, true}},
        {QStringLiteral("trace"), {Opt::IgnoredValue, true}},
        {QStringLiteral("trace-ascii"), {Opt::IgnoredValue, true}},
        {QStringLiteral("stderr"), {Opt::IgnoredValue, true}},
        {QStringLiteral("unix-socket"), {Opt::IgnoredValue, true}},
        {QStringLiteral("request-target"), {Opt::IgnoredValue, true}},
        {QStringLiteral("aws-sigv4"), {Opt::IgnoredValue, true}},
        {QStringLiteral("dns-servers"), {Opt::IgnoredValue, true}},
        {QStringLiteral("expect100-timeout"), {Opt::IgnoredValue, true}},
        {QStringLiteral("keepalive-time"), {Opt::IgnoredValue, true}},
        {QStringLiteral("cacert"), {Opt::TlsValue, true}},
        {QStringLiteral("capath"), {Opt::TlsValue, true}},
        {QStringLiteral("cert"), {Opt::TlsValue, true}},
        {QStringLiteral("cert-type"), {Opt::TlsValue, true}},
        {QStringLiteral("key"), {Opt::TlsValue, true}},
        {QStringLiteral("key-type"), {Opt::TlsValue, true}},
        {QStringLiteral("pass"), {Opt::TlsValue, true}},
        {QStringLiteral("pinnedpubkey"), {Opt::TlsValue, true}},
        {QStringLiteral("ciphers"), {Opt::TlsValue, true}},
        {QStringLiteral("proxy"), {Opt::ProxyValue, true}},
        {QStringLiteral("proxy-user"), {Opt::ProxyValue, true}},
        {QStringLiteral("proxy-header"), {Opt::ProxyValue, true}},
        {QStringLiteral("noproxy"), {Opt::ProxyValue, true}},
    };
    return options;
}

const QHash<QChar, QString>& shortOptions()
{
    static const QHash<QChar, QString> options {
        {u'X', QStringLiteral("request")},
        {u'H', QStringLiteral("header")},
        {u'd', QStringLiteral("data")},
        {u'G', QStringLiteral("get")},
        {u'I', QStringLiteral("head")},
        {u'u', QStringLiteral("user")},
        {u'b', QStringLiteral("cookie")},
        {u'k', QStringLiteral("insecure")},
        {u'A', QStringLiteral("user-agent")},
        {u'e', QStringLiteral("referer")},
        {u'F', QStringLiteral("form")},
        {u'T', QStringLiteral("upload-file")},
        {u'L', QStringLiteral("location")},
        {u's', QStringLiteral("silent")},
        {u'S', QStringLiteral("show-error")},
        {u'v', QStringLiteral("verbose")},
        {u'i', QStringLiteral("include")},
        {u'f', QStringLiteral("fail")},
        {u'g', QStringLiteral("globoff")},
        {u'N', QStringLiteral("no-buffer")},
        {u'#', QStringLiteral("progress-bar")},
        {u'O', QStringLiteral("remote-name")},
        {u'J', QStringLiteral("remote-header-name")},
        {u'4', QStringLiteral("ipv4")},
        {u'6', QStringLiteral("ipv6")},
        {u'o', QStringLiteral("output")},
        {u'm', QStringLiteral("max-time")},
        {u'w', QStringLiteral("write-out")},
        {u'D', QStringLiteral("dump-header")},
        {u'c', QStringLiteral("cookie-jar")},
        {u'r', QStringLiteral("range")},
        {u'Y', QStringLiteral("speed-limit")},
        {u'y', QStringLiteral("speed-time")},
        {u'z', QStringLiteral("time-cond")},
        {u'K', QStringLiteral("config")},
        {u'E', QStringLiteral("cert")},
        {u'x', QStringLiteral("proxy")},
        {u'U', QStringLiteral("proxy-user")},
    };
    return options;
}

// ---------------------------------------------------------------------------------------------------------------
// Building the request

struct Credential
{
    HeaderCredential value;
    QString source; ///< the option that carried it, for notes
};

struct Parsed
{
    QString method;
    QString url;
    QList<QPair<QString, QString>> headers;
    QStringList dataParts;
    bool hasData = false;
    bool json = false;
    bool get = false;
    bool head = false;
    QList<Credential> credentials;
    QStringList extraUrls;
};

QString percentEncodeForm(const QString& text)
{
    return QString::fromLatin1(text.toUtf8().toPercentEncoding("-._~*"));
}

class CommandParser final
{
public:
    CommandParser(const ImportContext& context, QList<ImportNote>& notes)
        : m_context(context)
        , m_notes(notes)
    { }

    Status parse(const QList<Token>& tokens, const QString& command, Parsed& parsed)
    {
        m_command = &command;
        qsizetype i = 1;
        bool optionsEnded = false;
        while (i < tokens.size()) {
            const Token& token = tokens.at(i);
            const QString& text = token.text;
            ++i;
            if (optionsEnded || !text.startsWith(u'-') || text == u"-") {
                addUrl(parsed, text);
                continue;
            }
            if (text == u"--") {
                optionsEnded = true;
                continue;
            }
            if (text.startsWith(QStringLiteral("--"))) {
                QString name = text.mid(2);
                QString inlineValue;
                bool hasInline = false;
                const auto spec = longOptions().constFind(name);
                if (spec == longOptions().constEnd()) {
                    // curl has no --name=value, but people write it; accept it for options we know.
                    const qsizetype eq = name.indexOf(u'=');
                    if (eq > 0 && longOptions().contains(name.left(eq))) {
                        inlineValue = name.mid(eq + 1);
                        name = name.left(eq);
                        hasInline = true;
                    } else {
                        warn(text, tr("Unknown option %1 was ignored.").arg(text));
                        continue;
                    }
                }
                const OptionSpec option = longOptions().value(name);
                QString value;
                if (option.takesValue) {
                    if (hasInline) {
                        value = inlineValue;
                    } else if (i < tokens.size()) {
                        value = tokens.at(i).text;
                        ++i;
                    } else {
                        return Error {
                            tr("Option %1 at %2 needs a value.").arg(text, positionText(command, token.position))};
                    }
                }
                Status status = apply(option.opt, QStringLiteral("--") + name, value, parsed);
                if (!status)
                    return status;
                continue;
            }
            // A cluster of short options: -sSL, -XPOST, -H'x: y'.
            for (qsizetype k = 1; k < text.size(); ++k) {
                const QChar letter = text.at(k);
                const auto longName = shortOptions().constFind(letter);
                if (longName == shortOptions().constEnd()) {
                    warn(QStringLiteral("-") + letter, tr("Unknown option -%1 was ignored.").arg(letter));
                    continue;
                }
                const OptionSpec option = longOptions().value(longName.value());
                QString value;
                if (option.takesValue) {
                    if (k + 1 < text.size()) {
                        value = text.mid(k + 1);
                    } else if (i < tokens.size()) {
                        value = tokens.at(i).text;
                        ++i;
                    } else {
                        return Error {tr("Option -%1 at %2 needs a value.")
                                          .arg(letter)
                                          .arg(positionText(command, token.position))};
                    }
                    Status status = apply(option.opt, QStringLiteral("-") + letter, value, parsed);
                    if (!status)
                        return status;
                    break;
                }
                Status status = apply(option.opt, QStringLiteral("-") + letter, QString(), parsed);
                if (!status)
                    return status;
            }
        }
        return {};
    }

private:
    void warn(const QString& where, const QString& message)
    {
        m_notes.append({ImportNote::Severity::Warning, where, message});
    }
    void info(const QString& where, const QString& message)
    {
        m_notes.append({ImportNote::Severity::Info, where, message});
    }

    void addUrl(Parsed& parsed, const QString& url)
    {
        if (parsed.url.isEmpty())
            parsed.url = url;
        else
            parsed.extraUrls.append(url);
    }

    Result<QString> readFile(const QString& option, const QString& name)
    {
        if (m_context.baseFolder.isEmpty())
            return Error {tr("%1 reads \"%2\" from a file, which a pasted command cannot do: paste the file's content "
                             "instead (e.g. --data-raw '…'), or import the command from a file next to it.")
                              .arg(option, name)};
        const QString path = QDir(m_context.baseFolder).absoluteFilePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error {
                tr("%1: cannot read \"%2\": %3").arg(option, QDir::toNativeSeparators(path), file.errorString())};
        return QString::fromUtf8(file.readAll());
    }

    Status apply(Opt opt, const QString& option, const QString& value, Parsed& parsed)
    {
        switch (opt) {
        case Opt::Request:
            parsed.method = value.toUpper();
            return {};
        case Opt::Header: {
            if (value.startsWith(u'@')) {
                warn(option, tr("Headers read from a file (%1) were not imported.").arg(value));
                return {};
            }
            const qsizetype colon = value.indexOf(u':');
            if (colon <= 0) {
                // "Name;" sends an empty header; anything else is not a header.
                if (value.endsWith(u';') && value.size() > 1)
                    parsed.headers.append({value.chopped(1).trimmed(), QString()});
                else
                    warn(option, tr("\"%1\" is not a header (expected \"Name: value\") and was ignored.").arg(value));
                return {};
            }
            const QString name = value.left(colon).trimmed();
            const QString headerValue = value.mid(colon + 1).trimmed();
            if (headerValue.isEmpty()) {
                info(option, tr("\"%1:\" only removes a header curl would add; ignored.").arg(name));
                return {};
            }
            parsed.headers.append({name, headerValue});
            return {};
        }
        case Opt::Data:
        case Opt::DataBinary:
        case Opt::DataRaw: {
            parsed.hasData = true;
            if (opt != Opt::DataRaw && value.startsWith(u'@')) {
                Result<QString> content = readFile(option, value.mid(1));
                if (!content)
                    return content.error();
                QString text = content.value();
                if (opt == Opt::Data)
                    text.remove(u'\r').remove(u'\n');
                parsed.dataParts.append(text);
                return {};
            }
            parsed.dataParts.append(value);
            return {};
        }
        case Opt::Json: {
            parsed.hasData = true;
            parsed.json = true;
            if (value.startsWith(u'@')) {
                Result<QString> content = readFile(option, value.mid(1));
                if (!content)
                    return content.error();
                parsed.dataParts.append(content.value());
            } else {
                parsed.dataParts.append(value);
            }
            return {};
        }
        case Opt::DataUrlencode:
        case Opt::UrlQuery: {
            Result<QString> encoded = urlencodeArgument(option, value);
            if (!encoded)
                return encoded.error();
            if (opt == Opt::UrlQuery) {
                parsed.url += (parsed.url.contains(u'?') ? u'&' : u'?') + encoded.value();
                return {};
            }
            parsed.hasData = true;
            parsed.dataParts.append(encoded.value());
            return {};
        }
        case Opt::Get:
            parsed.get = true;
            return {};
        case Opt::Head:
            parsed.head = true;
            return {};
        case Opt::User: {
            Credential credential;
            credential.source = option;
            credential.value.auth.type = AuthType::Basic;
            const qsizetype colon = value.indexOf(u':');
            credential.value.auth.fields.insert(QStringLiteral("username"), colon < 0 ? value : value.left(colon));
            static const QRegularExpression onlyVariable(QStringLiteral("^\\{\\{[^}]+\\}\\}$"));
            if (colon >= 0 && !onlyVariable.match(value.mid(colon + 1)).hasMatch())
                credential.value.secrets.insert(
                    QStringLiteral("password"), SecureBytes::fromUtf8(value.mid(colon + 1)));
            else if (colon < 0)
                warn(option,
                    tr("%1 gives no password (curl would ask for it): enter it in the endpoint's settings.")
                        .arg(option));
            parsed.credentials.append(credential);
            return {};
        }
        case Opt::Cookie:
            if (!value.contains(u'=')) {
                warn(option, tr("Cookies read from the file \"%1\" were not imported.").arg(value));
                return {};
            }
            parsed.headers.append({QStringLiteral("Cookie"), value});
            return {};
        case Opt::Insecure:
            warn(option,
                tr("%1 (ignore TLS errors) was not carried over: the studio never ignores TLS errors. For a "
                   "self-signed server, pin its certificate or add its CA file in the endpoint's TLS "
                   "settings.")
                    .arg(option));
            return {};
        case Opt::Url:
            addUrl(parsed, value);
            return {};
        case Opt::UserAgent:
            parsed.headers.append({QStringLiteral("User-Agent"), value});
            return {};
        case Opt::Referer: {
            QString referer = value;
            if (referer.endsWith(QStringLiteral(";auto")))
                referer.chop(5);
            if (!referer.isEmpty())
                parsed.headers.append({QStringLiteral("Referer"), referer});
            return {};
        }
        case Opt::OAuth2Bearer: {
            Credential credential;
            credential.source = option;
            credential.value.auth.type = AuthType::Bearer;
            credential.value.secrets.insert(QStringLiteral("token"), SecureBytes::fromUtf8(value));
            parsed.credentials.append(credential);
            return {};
        }
        case Opt::Form: {
            const qsizetype eq = value.indexOf(u'=');
            const QString content = eq < 0 ? QString() : value.mid(eq + 1);
            if (eq <= 0 || (option != u"--form-string" && (content.startsWith(u'@') || content.startsWith(u'<')))) {
                warn(option, tr("The multipart part \"%1\" (a file upload) was not imported.").arg(value));
                return {};
            }
            warn(option,
                tr("Multipart form field \"%1\" is sent as a URL-encoded form field: the studio sends "
                   "forms as application/x-www-form-urlencoded.")
                    .arg(value.left(eq)));
            parsed.hasData = true;
            parsed.dataParts.append(percentEncodeForm(value.left(eq)) + u'=' + percentEncodeForm(content));
            return {};
        }
        case Opt::UploadFile:
            warn(option, tr("Uploading the file \"%1\" was not imported: paste its content as the body.").arg(value));
            return {};
        case Opt::IgnoredFlag:
        case Opt::IgnoredValue:
            return {};
        case Opt::TlsValue:
            warn(option,
                tr("%1 was not imported: set certificates and keys in the endpoint's TLS settings.").arg(option));
            return {};
        case Opt::ProxyValue:
            warn(option, tr("%1 was not imported: the studio uses the system's proxy settings.").arg(option));
            return {};
        }
        return {};
    }

    /// --data-urlencode forms: content, =content, name=content, @file, name@file.
    Result<QString> urlencodeArgument(const QString& option, const QString& value)
    {
        const qsizetype eq = value.indexOf(u'=');
        const qsizetype at = value.indexOf(u'@');
        if (eq == 0)
            return percentEncodeForm(value.mid(1));
        if (eq > 0 && (at < 0 || eq < at))
            return QString(value.left(eq) + u'=' + percentEncodeForm(value.mid(eq + 1)));
        if (at >= 0) {
            Result<QString> content = readFile(option, value.mid(at + 1));
            if (!content)
                return content.error();
            const QString encoded = percentEncodeForm(content.value());
            return at == 0 ? encoded : QString(value.left(at) + u'=' + encoded);
        }
        return percentEncodeForm(value);
    }

    const ImportContext& m_context;
    QList<ImportNote>& m_notes;
    const QString* m_command = nullptr;
};

QString headerValueOf(const QList<QPair<QString, QString>>& headers, const QString& name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QString();
}

void removeHeaders(QList<QPair<QString, QString>>& headers, const QString& name)
{
    headers.removeIf(
        [&name](const QPair<QString, QString>& h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QString mediaType(const QString& contentType)
{
    return contentType.section(u';', 0, 0).trimmed().toLower();
}

QString requestName(const QString& method, const QString& path)
{
    QString shown = path;
    const UrlParts parts = splitUrl(path);
    if (!parts.scheme.isEmpty())
        shown = parts.path.isEmpty() ? parts.host : parts.path;
    QString name = method + u' ' + shown;
    if (name.size() > 80)
        name = name.left(79) + QChar(0x2026);
    return name;
}

const Endpoint* findEndpoint(const QList<Endpoint>& endpoints, const QString& id)
{
    for (const Endpoint& endpoint : endpoints) {
        if (endpoint.id == id)
            return &endpoint;
    }
    return nullptr;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

QString CurlFormat::id() const
{
    return QStringLiteral("curl");
}

QString CurlFormat::displayName() const
{
    return tr("cURL command");
}

QString CurlFormat::nameFilter() const
{
    return tr("Shell scripts (*.sh *.txt *.bat *.cmd)");
}

RequestFormat::Capabilities CurlFormat::capabilities() const
{
    return Capability::Import | Capability::Export;
}

bool CurlFormat::canImport(const QByteArray& data, const QString&) const
{
    static const QRegularExpression start(QStringLiteral("^\\s*(#[^\\n]*\\n\\s*)*(\\S*[/\\\\])?curl(\\.exe)?\\s"),
        QRegularExpression::CaseInsensitiveOption);
    return start.match(QString::fromUtf8(data.left(4096))).hasMatch();
}

Result<ImportResult> CurlFormat::importData(const QByteArray& data, const ImportContext& context) const
{
    const QString text = QString::fromUtf8(data);
    // Commands in a file: each starts on a line that begins with "curl".
    static const QRegularExpression commandStart(
        QStringLiteral("^\\s*(\\S*[/\\\\])?curl(\\.exe)?\\s"), QRegularExpression::CaseInsensitiveOption);
    QStringList commands;
    QString current;
    const QStringList lines = text.split(u'\n');
    bool continued = false;
    const auto hasCommand = [](const QString& block) {
        const QStringList parts = block.split(u'\n');
        return std::any_of(parts.cbegin(), parts.cend(), [](const QString& line) {
            const QString trimmed = line.trimmed();
            return !trimmed.isEmpty() && !trimmed.startsWith(u'#');
        });
    };
    for (const QString& line : lines) {
        if (!continued && commandStart.match(line).hasMatch() && hasCommand(current)) {
            commands.append(current);
            current.clear();
        }
        current += line + u'\n';
        const QString trimmed = line.trimmed();
        continued = trimmed.endsWith(u'\\') || trimmed.endsWith(u'^');
    }
    if (hasCommand(current))
        commands.append(current);
    if (commands.isEmpty())
        return Error {tr("The text is empty: paste a curl command.")};

    ImportResult merged;
    QStringList taken;
    for (const Endpoint& endpoint : context.endpoints)
        taken.append(endpoint.id);
    for (int index = 0; index < commands.size(); ++index) {
        ImportContext one = context;
        one.endpoints.append(merged.endpoints);
        Result<ImportResult> result = parseCommand(commands.at(index), one);
        if (!result) {
            if (commands.size() == 1)
                return result.error();
            return Error {tr("Command %1: %2").arg(index + 1).arg(result.error().message)};
        }
        merged.requests.append(result->requests);
        merged.endpoints.append(result->endpoints);
        for (auto it = result->authForExisting.cbegin(); it != result->authForExisting.cend(); ++it)
            merged.authForExisting.insert(it.key(), it.value());
        merged.secrets.append(result->secrets);
        merged.notes.append(result->notes);
    }
    return merged;
}

Result<ImportResult> CurlFormat::parseCommand(const QString& command, const ImportContext& context)
{
    ImportResult result;
    const bool cmd = looksLikeCmd(command);
    Result<Tokenized> tokenized = cmd ? tokenizeCmd(command) : tokenizePosix(command);
    if (!tokenized)
        return tokenized.error();
    const QList<Token>& tokens = tokenized->tokens;
    if (tokens.isEmpty())
        return Error {tr("The text is empty: paste a curl command.")};
    static const QRegularExpression curlWord(
        QStringLiteral("^(.*[/\\\\])?curl(\\.exe)?$"), QRegularExpression::CaseInsensitiveOption);
    if (!curlWord.match(tokens.first().text).hasMatch())
        return Error {tr("This is not a curl command: it starts with \"%1\" at %2.")
                          .arg(tokens.first().text.left(40), positionText(command, tokens.first().position))};
    if (tokenized->stoppedAt >= 0)
        result.notes.append({ImportNote::Severity::Info, positionText(command, tokenized->stoppedAt),
            tr("Everything from the pipe, redirection or next command at %1 on was ignored.")
                .arg(positionText(command, tokenized->stoppedAt))});
    for (const QString& name : tokenized->shellVariables)
        result.notes.append({ImportNote::Severity::Info, QStringLiteral("$") + name,
            tr("The shell variable %1 became the studio variable {{%2}}: define it in the environment.")
                .arg(cmd ? QString(u'%' + name + u'%') : QString(u'$' + name), name)});

    Parsed parsed;
    CommandParser parser(context, result.notes);
    Status status = parser.parse(tokens, command, parsed);
    if (!status)
        return status.error();
    if (parsed.url.isEmpty())
        return Error {tr("The curl command has no URL.")};
    for (const QString& extra : parsed.extraUrls)
        result.notes.append({ImportNote::Severity::Warning, extra,
            tr("Only the first URL is imported; \"%1\" was ignored.").arg(extra)});

    QString url = parsed.url;
    UrlParts parts = splitUrl(url);
    if (parts.scheme.isEmpty()) {
        url = QStringLiteral("http://") + url;
        result.notes.append(
            {ImportNote::Severity::Info, parsed.url, tr("The URL has no scheme; http:// was assumed, as curl does.")});
        parts = splitUrl(url);
    } else if (parts.scheme != u"http" && parts.scheme != u"https") {
        return Error {tr("Only http and https URLs can be imported, not \"%1\".").arg(parts.scheme)};
    }
    if (parts.host.isEmpty())
        return Error {tr("The URL \"%1\" has no host.").arg(parsed.url)};
    if (!parts.userInfo.isEmpty()) {
        Credential credential;
        credential.source = tr("the URL");
        credential.value.auth.type = AuthType::Basic;
        const QString decoded = QString::fromUtf8(QByteArray::fromPercentEncoding(parts.userInfo.toUtf8()));
        const qsizetype colon = decoded.indexOf(u':');
        credential.value.auth.fields.insert(QStringLiteral("username"), colon < 0 ? decoded : decoded.left(colon));
        if (colon >= 0)
            credential.value.secrets.insert(QStringLiteral("password"), SecureBytes::fromUtf8(decoded.mid(colon + 1)));
        parsed.credentials.prepend(credential);
        url = parts.origin() + parts.path + (parts.query.isEmpty() ? QString() : u'?' + parts.query);
    }
    if (!parts.fragment.isEmpty()) {
        const qsizetype hash = url.indexOf(u'#');
        if (hash >= 0)
            url.truncate(hash);
    }

    // Credentials in headers move out of the request.
    for (qsizetype h = 0; h < parsed.headers.size();) {
        const auto& [name, value] = parsed.headers.at(h);
        if (name.compare(u"Authorization", Qt::CaseInsensitive) == 0
            && value.trimmed().startsWith(QStringLiteral("OAuth "))) {
            result.notes.append({ImportNote::Severity::Warning, QStringLiteral("-H Authorization"),
                tr("The OAuth 1.0a Authorization header was dropped: its signature is valid for that one request "
                   "only. Send through an endpoint with OAuth 1.0a auth, which signs every request.")});
            parsed.headers.removeAt(h);
            continue;
        }
        if (std::optional<HeaderCredential> credential = credentialFromHeader(name, value)) {
            parsed.credentials.append({std::move(*credential), QStringLiteral("-H ") + name});
            parsed.headers.removeAt(h);
            continue;
        }
        ++h;
    }

    RequestSpec spec;
    QString data = parsed.dataParts.join(u'&');
    if (parsed.json) {
        if (headerValueOf(parsed.headers, QStringLiteral("Content-Type")).isEmpty())
            parsed.headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/json")});
        if (headerValueOf(parsed.headers, QStringLiteral("Accept")).isEmpty())
            parsed.headers.append({QStringLiteral("Accept"), QStringLiteral("application/json")});
    }
    if (parsed.get && parsed.hasData) {
        url += (url.contains(u'?') ? u'&' : u'?') + data;
        data.clear();
        parsed.hasData = false;
    }
    if (!parsed.method.isEmpty())
        spec.method = parsed.method.toLatin1();
    else if (parsed.head)
        spec.method = "HEAD";
    else if (parsed.hasData)
        spec.method = "POST";
    else
        spec.method = "GET";

    // Where the URL lands: an existing endpoint, a proposed one (to hold credentials) or an absolute URL.
    UrlMapping mapping = mapUrl(url, context);
    const Endpoint* matched
        = mapping.endpointId.isEmpty() ? nullptr : findEndpoint(context.endpoints, mapping.endpointId);
    if (!parsed.credentials.isEmpty()) {
        const Credential& credential = parsed.credentials.first();
        for (qsizetype c = 1; c < parsed.credentials.size(); ++c)
            result.notes.append({ImportNote::Severity::Warning, parsed.credentials.at(c).source,
                tr("A second set of credentials (%1) was ignored; the first one (%2) is used.")
                    .arg(parsed.credentials.at(c).source, credential.source)});
        const bool placeholderOnly = credential.value.secrets.isEmpty()
            && credential.value.auth.fields.value(QStringLiteral("username")).isEmpty();
        QString endpointId;
        if (matched) {
            endpointId = matched->id;
            if (matched->auth.type != credential.value.auth.type)
                result.notes.append({ImportNote::Severity::Warning, credential.source,
                    tr("The command authenticates with %1, but the endpoint \"%2\" uses %3: its credentials were "
                       "kept aside and are not used unless you switch the endpoint's auth.")
                        .arg(authTypeId(credential.value.auth.type), matched->name, authTypeId(matched->auth.type))});
            else
                result.notes.append({ImportNote::Severity::Info, credential.source,
                    tr("The credentials were taken out of the request; they belong to the endpoint \"%1\".")
                        .arg(matched->name)});
            result.authForExisting.insert(endpointId, credential.value.auth);
        } else if (!placeholderOnly) {
            Endpoint proposed;
            const UrlParts target = splitUrl(url);
            const std::optional<MagentoRestPath> magento = splitMagentoRestPath(target.path);
            proposed.name = target.host;
            proposed.kind = magento ? EndpointKind::Magento : EndpointKind::Rest;
            proposed.baseUrl = target.origin() + (magento ? magento->prefix : QString());
            if (magento && !magento->storeCode.isEmpty())
                proposed.storeCode = magento->storeCode;
            proposed.auth = credential.value.auth;
            QStringList taken;
            for (const Endpoint& endpoint : context.endpoints)
                taken.append(endpoint.id);
            proposed.id = uniqueEndpointId(proposed.name, taken);
            endpointId = proposed.id;
            ImportContext own;
            own.endpoints = {proposed};
            mapping = mapUrl(url, own);
            matched = nullptr;
            result.endpoints.append(proposed);
            result.notes.append({ImportNote::Severity::Info, credential.source,
                tr("The credentials were taken out of the request and a new endpoint \"%1\" holds them.")
                    .arg(proposed.name)});
        }
        if (!endpointId.isEmpty()) {
            for (auto it = credential.value.secrets.cbegin(); it != credential.value.secrets.cend(); ++it) {
                ImportedSecret secret;
                secret.endpointId = endpointId;
                secret.authType = credential.value.auth.type;
                secret.field = it.key();
                secret.value = it.value();
                result.secrets.append(secret);
            }
        }
    }
    if (matched && matched->auth.type != AuthType::None) {
        // Placeholders for the endpoint's own credentials (as an exported command carries) are not headers.
        for (qsizetype h = 0; h < parsed.headers.size();) {
            const auto& [name, value] = parsed.headers.at(h);
            const bool authHeader = name.compare(u"Authorization", Qt::CaseInsensitive) == 0
                || (matched->auth.type == AuthType::ApiKey
                    && name.compare(matched->auth.fields.value(QStringLiteral("keyName")), Qt::CaseInsensitive) == 0);
            if (authHeader && !VariableResolver::variablesIn(value).isEmpty()) {
                parsed.headers.removeAt(h);
                continue;
            }
            ++h;
        }
        if (matched->auth.type == AuthType::ApiKey && matched->auth.fields.value(QStringLiteral("keyIn")) == u"query") {
            const QString keyName = matched->auth.fields.value(QStringLiteral("keyName"));
            mapping.query.removeIf([&keyName](const QPair<QString, QString>& item) {
                return item.first == keyName && !VariableResolver::variablesIn(item.second).isEmpty();
            });
        }
    }

    spec.endpointId = mapping.endpointId;
    spec.mode = mapping.mode;
    spec.path = mapping.path;
    spec.storeCode = mapping.storeCode;
    spec.query = mapping.query;

    // Body.
    const QString contentType = headerValueOf(parsed.headers, QStringLiteral("Content-Type"));
    const QString media = mediaType(contentType);
    if (parsed.hasData) {
        spec.body = data;
        if (media.isEmpty() || media == u"application/x-www-form-urlencoded") {
            spec.bodyType = QStringLiteral("form");
            const QByteArray trimmed = data.trimmed().toUtf8();
            if (media.isEmpty() && (trimmed.startsWith('{') || trimmed.startsWith('['))
                && !QJsonDocument::fromJson(trimmed).isNull())
                result.notes.append({ImportNote::Severity::Warning, QStringLiteral("--data"),
                    tr("The body is JSON, but the command sets no Content-Type, so curl sends it as a form "
                       "(application/x-www-form-urlencoded). Switch the body type to JSON if the server expects "
                       "JSON.")});
        } else if (media == u"application/json" || media.endsWith(QStringLiteral("+json")))
            spec.bodyType = QStringLiteral("json");
        else
            spec.bodyType = QStringLiteral("text");
        if (spec.bodyType == u"json") {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(data.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError && VariableResolver::variablesIn(data).isEmpty())
                result.notes.append({ImportNote::Severity::Warning, QStringLiteral("--data"),
                    tr("The body is not valid JSON (%1 at character %2).").arg(error.errorString()).arg(error.offset)});
            if (spec.mode == RequestSpec::Mode::GraphQL && document.isObject()
                && document.object().value(QStringLiteral("query")).isString()) {
                const QJsonObject object = document.object();
                spec.bodyType = QStringLiteral("graphql");
                spec.body = object.value(QStringLiteral("query")).toString();
                const QJsonValue variables = object.value(QStringLiteral("variables"));
                if (variables.isObject() && !variables.toObject().isEmpty())
                    spec.graphqlVariables
                        = QString::fromUtf8(QJsonDocument(variables.toObject()).toJson(QJsonDocument::Indented));
                spec.graphqlOperationName = object.value(QStringLiteral("operationName")).toString();
            }
        }
        if (mediaType(QString::fromLatin1(impliedContentType(spec.bodyType))) == media
            && contentType.trimmed().compare(
                   QString::fromLatin1(impliedContentType(spec.bodyType)), Qt::CaseInsensitive)
                == 0)
            removeHeaders(parsed.headers, QStringLiteral("Content-Type"));
    }
    if (spec.mode == RequestSpec::Mode::GraphQL && spec.bodyType != u"graphql") {
        // Not a GraphQL request after all: an ordinary one to that URL.
        spec.mode = RequestSpec::Mode::Rest;
        if (!spec.endpointId.isEmpty()) {
            const Endpoint* endpoint = findEndpoint(context.endpoints, spec.endpointId);
            if (endpoint && endpoint->kind == EndpointKind::Magento) {
                spec.endpointId.clear();
                spec.path = splitUrl(url).origin() + splitUrl(url).path;
            }
        }
    }
    const Endpoint* target = spec.endpointId.isEmpty() ? nullptr : findEndpoint(context.endpoints, spec.endpointId);
    for (const auto& [name, value] : std::as_const(parsed.headers)) {
        if (target && target->kind == EndpointKind::Magento && spec.mode == RequestSpec::Mode::GraphQL
            && name.compare(u"Store", Qt::CaseInsensitive) == 0) {
            spec.storeCode = value.trimmed();
            continue;
        }
        spec.headers.append({name, value});
    }

    SavedRequest request;
    request.name = requestName(QString::fromLatin1(spec.method), spec.path.isEmpty() ? url : spec.path);
    request.spec = spec;
    result.requests.append(request);
    return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Export

namespace {

/// Marks a placeholder for a shell variable inside a resolved text; the quoting turns it into $NAME.
constexpr char16_t PlaceholderMark = u'\x01';

QString placeholder(const QString& shellName)
{
    return PlaceholderMark + shellName + PlaceholderMark;
}

QString shellVariableName(const QString& text)
{
    QString name;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            name += c.toUpper();
        else if (!name.endsWith(u'_'))
            name += u'_';
    }
    if (name.isEmpty() || name.at(0).isDigit())
        name.prepend(u'_');
    return name;
}

/// Splits camelCase field names for shell names: accessTokenSecret → ACCESS_TOKEN_SECRET.
QString fieldShellName(const QString& field)
{
    QString out;
    for (const QChar c : field) {
        if (c.isUpper() && !out.isEmpty())
            out += u'_';
        out += c.toUpper();
    }
    return out;
}

QString quoteWithPlaceholders(const QString& text)
{
    QString out = QStringLiteral("\"");
    bool inName = false;
    for (const QChar c : text) {
        if (c == PlaceholderMark) {
            out += inName ? QStringLiteral("}") : QStringLiteral("${");
            inName = !inName;
            continue;
        }
        if (!inName && (c == u'"' || c == u'\\' || c == u'$' || c == u'`'))
            out += u'\\';
        out += c;
    }
    out += u'"';
    return out;
}

} // namespace

QString CurlFormat::shellQuote(const QString& text)
{
    if (text.contains(PlaceholderMark))
        return quoteWithPlaceholders(text);
    static const QRegularExpression safe(QStringLiteral("\\A[A-Za-z0-9_@%+=:,./-]+\\z"));
    if (safe.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

Result<QString> CurlFormat::exportRequest(const RequestSpec& spec, const Endpoint* endpoint,
    const Environment& environment, const CurlExportOptions& options, QList<ExportedSecret>* secrets)
{
    VariableResolver resolver = VariableResolver::forEnvironment(environment);
    for (auto it = environment.secretVariables.cbegin(); it != environment.secretVariables.cend(); ++it) {
        resolver.setValue(it.key(), placeholder(shellVariableName(it.key())));
        if (secrets)
            secrets->append({QString(), it.key(), shellVariableName(it.key()), false});
    }
    const auto resolve
        = [&resolver](const QString& text, const QString& field) { return resolver.resolve(text, field); };

    RequestSpec effective = spec;
    KeyValueList authHeaders;
    QString userOption;
    const QString prefix = endpoint
        ? (endpoint->kind == EndpointKind::Magento ? QStringLiteral("MAGENTO") : shellVariableName(endpoint->id))
        : QString();
    const auto secretPlaceholder = [&](const QString& field) {
        const QString name = prefix + u'_' + fieldShellName(field);
        if (secrets)
            secrets->append({endpoint->id, field, name, false});
        return placeholder(name);
    };
    if (endpoint && options.authHeaders.isEmpty() && options.authPlaceholders) {
        Result<Endpoint> resolvedEndpoint = resolver.resolveEndpoint(*endpoint);
        if (!resolvedEndpoint)
            return resolvedEndpoint.error();
        const AuthSettings& auth = resolvedEndpoint->auth;
        switch (auth.type) {
        case AuthType::None:
        case AuthType::OAuth1:
            break;
        case AuthType::Basic:
            userOption
                = auth.fields.value(QStringLiteral("username")) + u':' + secretPlaceholder(QStringLiteral("password"));
            break;
        case AuthType::Bearer:
        case AuthType::MagentoAdminToken:
        case AuthType::MagentoCustomerToken:
        case AuthType::OAuth2ClientCredentials:
        case AuthType::OAuth2RefreshToken:
            authHeaders.append({QStringLiteral("Authorization"),
                QStringLiteral("Bearer ") + secretPlaceholder(QStringLiteral("token"))});
            break;
        case AuthType::ApiKey:
            if (auth.fields.value(QStringLiteral("keyIn")) == u"query")
                effective.query.append(
                    {auth.fields.value(QStringLiteral("keyName")), secretPlaceholder(QStringLiteral("apiKey"))});
            else
                authHeaders.append(
                    {auth.fields.value(QStringLiteral("keyName")), secretPlaceholder(QStringLiteral("apiKey"))});
            break;
        }
    }
    for (const auto& header : options.authHeaders)
        authHeaders.append(header);
    // Magento GraphQL picks the store view from a Store header (as the engine sends it), not from the URL.
    if (endpoint && endpoint->kind == EndpointKind::Magento && spec.mode == RequestSpec::Mode::GraphQL
        && !spec.storeCode.isEmpty()) {
        Result<QString> store = resolver.resolve(spec.storeCode, QStringLiteral("storeCode"));
        if (!store)
            return store.error();
        authHeaders.prepend({QStringLiteral("Store"), store.value()});
    }

    Result<QString> url = requestUrl(effective, endpoint, resolver);
    if (!url)
        return url.error();

    // First line: curl [-X METHOD] [-g] URL; then one option per line.
    QStringList head {QStringLiteral("curl")};
    const QByteArray method = spec.method.toUpper();
    const bool hasBody = spec.bodyType != u"none";
    const bool inferred = (method == "GET" && !hasBody) || (method == "POST" && hasBody);
    if (!inferred)
        head.append(QStringLiteral("-X ") + shellQuote(QString::fromLatin1(method)));
    // Brackets and braces in a URL are curl's globbing syntax unless --globoff is given.
    static const QRegularExpression globbing(QStringLiteral("[\\[\\]{}]"));
    if (globbing.match(url.value()).hasMatch())
        head.append(QStringLiteral("-g"));
    head.append(shellQuote(url.value()));
    QStringList parts {head.join(u' ')};

    KeyValueList headers;
    for (const auto& [name, value] : spec.headers) {
        Result<QString> resolvedName = resolve(name, QStringLiteral("header"));
        if (!resolvedName)
            return resolvedName.error();
        Result<QString> resolvedValue = resolve(value, QStringLiteral("header ") + name);
        if (!resolvedValue)
            return resolvedValue.error();
        headers.append({resolvedName.value(), resolvedValue.value()});
    }
    for (const auto& [name, value] : std::as_const(authHeaders)) {
        headers.removeIf(
            [&name](const QPair<QString, QString>& h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
        headers.append({name, value});
    }
    QString body;
    if (hasBody) {
        const QString implied = QString::fromLatin1(impliedContentType(spec.bodyType));
        const bool hasContentType = std::any_of(headers.cbegin(), headers.cend(), [](const QPair<QString, QString>& h) {
            return h.first.compare(u"Content-Type", Qt::CaseInsensitive) == 0;
        });
        if (!hasContentType && !implied.isEmpty() && spec.bodyType != u"form")
            headers.append({QStringLiteral("Content-Type"), implied});
        if (spec.bodyType == u"graphql") {
            QJsonObject document {{QStringLiteral("query"), spec.body}};
            if (!spec.graphqlVariables.trimmed().isEmpty()) {
                Result<QString> variablesText = resolve(spec.graphqlVariables, QStringLiteral("GraphQL variables"));
                if (!variablesText)
                    return variablesText.error();
                QJsonParseError error;
                const QJsonDocument variables = QJsonDocument::fromJson(variablesText->toUtf8(), &error);
                if (!variables.isObject())
                    return Error {tr("The GraphQL variables are not a JSON object: %1.").arg(error.errorString())};
                document.insert(QStringLiteral("variables"), variables.object());
            }
            if (!spec.graphqlOperationName.isEmpty())
                document.insert(QStringLiteral("operationName"), spec.graphqlOperationName);
            Result<QString> query = resolve(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)),
                QStringLiteral("GraphQL query"));
            if (!query)
                return query.error();
            body = query.value();
        } else {
            Result<QString> resolvedBody = resolve(spec.body, QStringLiteral("body"));
            if (!resolvedBody)
                return resolvedBody.error();
            body = resolvedBody.value();
        }
    }
    for (const auto& [name, value] : std::as_const(headers))
        parts.append(QStringLiteral("-H ") + shellQuote(name + QStringLiteral(": ") + value));
    if (!userOption.isEmpty())
        parts.append(QStringLiteral("-u ") + shellQuote(userOption));
    if (hasBody)
        parts.append(QStringLiteral("--data-raw ") + shellQuote(body));
    return parts.join(options.multiline ? QStringLiteral(" \\\n  ") : QStringLiteral(" "));
}

Result<ExportResult> CurlFormat::exportData(const ExportInput& input, const ExportOptions&) const
{
    ExportResult out;
    QStringList commands;
    for (const SavedRequest& request : input.requests) {
        const Endpoint* endpoint = nullptr;
        if (!request.spec.endpointId.isEmpty()) {
            endpoint = findEndpoint(input.endpoints, request.spec.endpointId);
            if (!endpoint)
                return Error {tr("Request \"%1\" uses the endpoint \"%2\", which is not part of the export.")
                                  .arg(request.name, request.spec.endpointId)};
            if (endpoint->auth.type == AuthType::OAuth1)
                out.notes.append({ImportNote::Severity::Warning, request.name,
                    tr("OAuth 1.0a signatures are computed per request; the command carries no Authorization "
                       "header. Copy it from the console to get one that is signed.")});
        }
        QList<ExportedSecret> secrets;
        CurlExportOptions options;
        options.authPlaceholders = true;
        Result<QString> command = exportRequest(request.spec, endpoint, input.environment, options, &secrets);
        if (!command)
            return Error {tr("Request \"%1\": %2").arg(request.name, command.error().message)};
        for (const ExportedSecret& secret : std::as_const(secrets)) {
            const bool known = std::any_of(out.secrets.cbegin(), out.secrets.cend(),
                [&secret](const ExportedSecret& s) { return s.variable == secret.variable; });
            if (!known)
                out.secrets.append(secret);
        }
        const QString title = request.folder.isEmpty() ? request.name : request.folder + u'/' + request.name;
        commands.append(QStringLiteral("# ") + QString(title).replace(u'\n', u' ') + u'\n' + command.value());
    }
    out.data = commands.join(QStringLiteral("\n\n")).toUtf8() + '\n';
    return out;
}

} // namespace studio::interop
