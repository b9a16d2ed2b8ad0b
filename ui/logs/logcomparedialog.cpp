#include "ui/logs/logcomparedialog.h"

#include "ui/logs/logtablemodel.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace studio::ui {

namespace {

/// Header values by lower-case name, repeated headers joined; the first spelling of each name kept for display.
QMap<QByteArray, QPair<QString, QString>> headerMap(const HeaderList& headers)
{
    QMap<QByteArray, QPair<QString, QString>> map;
    for (const auto& [name, value] : headers) {
        const QByteArray key = name.toLower();
        auto it = map.find(key);
        if (it == map.end())
            map.insert(key, {QString::fromLatin1(name), QString::fromUtf8(value)});
        else
            it->second += QStringLiteral(", ") + QString::fromUtf8(value);
    }
    return map;
}

QList<LogComparison::HeaderChange> compareHeaders(const HeaderList& older, const HeaderList& newer)
{
    const auto a = headerMap(older);
    const auto b = headerMap(newer);
    QList<LogComparison::HeaderChange> changes;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const auto other = b.constFind(it.key());
        if (other == b.cend())
            changes.append({JsonDiffEntry::Kind::Removed, it->first, it->second, QString()});
        else if (other->second != it->second)
            changes.append({JsonDiffEntry::Kind::Changed, it->first, it->second, other->second});
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key()))
            changes.append({JsonDiffEntry::Kind::Added, it->first, QString(), it->second});
    }
    return changes;
}

LogComparison::BodyChange compareBodies(
    const QByteArray& older, bool olderCut, const QByteArray& newer, bool newerCut, int maxChanges)
{
    LogComparison::BodyChange change;
    change.identical = older == newer;
    QJsonParseError olderError;
    QJsonParseError newerError;
    const QJsonDocument a = older.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(older, &olderError);
    const QJsonDocument b = newer.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(newer, &newerError);
    const bool aJson = !older.isEmpty() && olderError.error == QJsonParseError::NoError;
    const bool bJson = !newer.isEmpty() && newerError.error == QJsonParseError::NoError;
    if (olderCut || newerCut)
        change.note = LogComparison::tr("The log cut at least one of these bodies at its size cap: only the kept part "
                                        "is compared.");
    if (aJson && bJson) {
        JsonDiffOptions options;
        options.arrayKeys = defaultJsonDiffArrayKeys();
        options.maxEntries = maxChanges;
        const auto value = [](const QJsonDocument& document) {
            return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        };
        change.json = true;
        change.diff = diffJson(value(a), value(b), options);
        return change;
    }
    if (change.identical)
        return change;
    const QString sizes
        = LogComparison::tr("%1 and %2 bytes").arg(QLocale().toString(older.size()), QLocale().toString(newer.size()));
    QString what;
    if (older.isEmpty())
        what = LogComparison::tr("Only the newer entry has a body (%1).").arg(sizes);
    else if (newer.isEmpty())
        what = LogComparison::tr("Only the older entry has a body (%1).").arg(sizes);
    else
        what = LogComparison::tr("The bodies differ and are not both JSON, so they are compared as text: %1.")
                   .arg(sizes);
    change.note = change.note.isEmpty() ? what : what + u' ' + change.note;
    return change;
}

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return u'"' + value.toString() + u'"';
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

QString elided(const QString& text)
{
    constexpr qsizetype Max = 300;
    return text.size() <= Max ? text : text.left(Max) + u'…';
}

} // namespace

LogComparison LogComparison::compute(LogEntry first, LogEntry second, int maxBodyChanges)
{
    LogComparison comparison;
    if (first.id > second.id)
        std::swap(first, second);
    comparison.requestHeaders = compareHeaders(first.requestHeaders, second.requestHeaders);
    comparison.responseHeaders = compareHeaders(first.responseHeaders, second.responseHeaders);
    comparison.requestBody = compareBodies(
        first.requestBody, first.requestBodyTruncated, second.requestBody, second.requestBodyTruncated, maxBodyChanges);
    comparison.responseBody = compareBodies(first.responseBody, first.responseBodyTruncated, second.responseBody,
        second.responseBodyTruncated, maxBodyChanges);
    comparison.older = std::move(first);
    comparison.newer = std::move(second);
    return comparison;
}

LogCompareDialog::LogCompareDialog(const LogComparison& comparison, QWidget* parent)
    : QDialog(parent)
    , m_comparison(comparison)
    , m_tree(new QTreeWidget(this))
{
    const LogEntry& a = m_comparison.older;
    const LogEntry& b = m_comparison.newer;
    setWindowTitle(tr("Compare entries %1 and %2").arg(a.id).arg(b.id));
    setObjectName(QStringLiteral("logCompareDialog"));

    auto* sides = new QGridLayout;
    const auto statusText = [](const LogEntry& e) {
        return e.status > 0 ? QString::number(e.status) : tr("no response: %1").arg(e.error);
    };
    const QStringList rowTitles {tr("Entry"), tr("Request"), tr("Status"), tr("Started"), tr("Duration")};
    const auto cells = [&](const LogEntry& e) {
        return QStringList {QString::number(e.id), QString::fromLatin1(e.method) + u' ' + e.url, statusText(e),
            e.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
            tr("%1 ms").arg(QLocale().toString(e.durationMs))};
    };
    const QStringList left = cells(a);
    const QStringList right = cells(b);
    sides->addWidget(new QLabel(tr("<b>Older</b>"), this), 0, 1);
    sides->addWidget(new QLabel(tr("<b>Newer</b>"), this), 0, 2);
    for (int row = 0; row < rowTitles.size(); ++row) {
        sides->addWidget(new QLabel(rowTitles.at(row), this), row + 1, 0);
        for (int side = 0; side < 2; ++side) {
            auto* label = new QLabel((side == 0 ? left : right).at(row), this);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            label->setWordWrap(true);
            if (row == 2) {
                QPalette palette = label->palette();
                palette.setColor(QPalette::WindowText, LogTableModel::statusColor((side == 0 ? a : b).status));
                label->setPalette(palette);
            }
            sides->addWidget(label, row + 1, side + 1);
        }
    }
    sides->setColumnStretch(1, 1);
    sides->setColumnStretch(2, 1);

    m_tree->setObjectName(QStringLiteral("differences"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Change"), tr("Path"), tr("Older (%1)").arg(a.id), tr("Newer (%1)").arg(b.id)});
    // Change and path fit their text; the two values share the rest.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);

    QTreeWidgetItem* status = addGroup(QStringLiteral("status"), tr("Status and request line"));
    if (a.status != b.status)
        addChange(status, JsonDiffEntry::Kind::Changed, tr("status"), statusText(a), statusText(b));
    if (a.method != b.method)
        addChange(status, JsonDiffEntry::Kind::Changed, tr("method"), QString::fromLatin1(a.method),
            QString::fromLatin1(b.method));
    if (a.url != b.url)
        addChange(status, JsonDiffEntry::Kind::Changed, tr("URL"), a.url, b.url);
    if (a.error != b.error)
        addChange(status, JsonDiffEntry::Kind::Changed, tr("error"), a.error, b.error);
    status->setText(0, tr("Status and request line: %n difference(s)", nullptr, status->childCount()));

    addHeaders(QStringLiteral("requestHeaders"), tr("Request headers"), m_comparison.requestHeaders);
    addBody(QStringLiteral("requestBody"), tr("Request body"), m_comparison.requestBody);
    addHeaders(QStringLiteral("responseHeaders"), tr("Response headers"), m_comparison.responseHeaders);
    addBody(QStringLiteral("responseBody"), tr("Response body"), m_comparison.responseBody);
    m_tree->expandAll();
    for (int column = 0; column < 2; ++column)
        m_tree->resizeColumnToContents(column);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(sides);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(1000, 640);
}

QTreeWidgetItem* LogCompareDialog::addGroup(const QString& key, const QString& title)
{
    auto* item = new QTreeWidgetItem(m_tree, {title});
    item->setData(0, Qt::UserRole, key);
    item->setFirstColumnSpanned(true);
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    return item;
}

QTreeWidgetItem* LogCompareDialog::group(const QString& key) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == key)
            return m_tree->topLevelItem(i);
    }
    return nullptr;
}

QString LogCompareDialog::kindText(JsonDiffEntry::Kind kind)
{
    switch (kind) {
    case JsonDiffEntry::Kind::Added:
        return tr("added");
    case JsonDiffEntry::Kind::Removed:
        return tr("removed");
    case JsonDiffEntry::Kind::Changed:
        break;
    }
    return tr("changed");
}

void LogCompareDialog::addChange(QTreeWidgetItem* group, JsonDiffEntry::Kind kind, const QString& path,
    const QString& oldValue, const QString& newValue)
{
    auto* item = new QTreeWidgetItem(group, {kindText(kind), path, elided(oldValue), elided(newValue)});
    item->setData(0, Qt::UserRole, jsonDiffKindId(kind));
    item->setToolTip(1, path);
    item->setToolTip(2, oldValue.left(5000));
    item->setToolTip(3, newValue.left(5000));
    const QColor color = kind == JsonDiffEntry::Kind::Added ? QColor(0x1b, 0x7f, 0x3b)
        : kind == JsonDiffEntry::Kind::Removed              ? QColor(0xc6, 0x28, 0x28)
                                                            : QColor(0xb3, 0x59, 0x00);
    item->setForeground(0, color);
}

void LogCompareDialog::addHeaders(
    const QString& key, const QString& title, const QList<LogComparison::HeaderChange>& changes)
{
    QTreeWidgetItem* item = addGroup(key, title);
    for (const LogComparison::HeaderChange& change : changes)
        addChange(item, change.kind, change.name, change.oldValue, change.newValue);
    item->setText(0, tr("%1: %n difference(s)", nullptr, int(changes.size())).arg(title));
}

void LogCompareDialog::addBody(const QString& key, const QString& title, const LogComparison::BodyChange& change)
{
    QTreeWidgetItem* item = addGroup(key, title);
    if (change.json) {
        for (const JsonDiffEntry& entry : change.diff.entries)
            addChange(item, entry.kind, entry.path.isEmpty() ? tr("(whole document)") : entry.path,
                valueText(entry.oldValue), valueText(entry.newValue));
        QString text = tr("%1 (JSON): %n difference(s)", nullptr, int(change.diff.entries.size())).arg(title);
        if (change.diff.truncated)
            text += u' ' + tr("(only the first ones are listed)");
        item->setText(0, text);
    } else if (change.identical) {
        item->setText(0, tr("%1: identical").arg(title));
    } else {
        item->setText(0, tr("%1: different").arg(title));
    }
    if (!change.note.isEmpty()) {
        auto* note = new QTreeWidgetItem(item, {change.note});
        note->setFirstColumnSpanned(true);
        note->setData(0, Qt::UserRole, QStringLiteral("note"));
    }
}

} // namespace studio::ui
