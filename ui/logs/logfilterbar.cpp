#include "ui/logs/logfilterbar.h"

#include "core/common/clock.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace studio::ui {

namespace {

struct StatusChoice
{
    StatusClass statusClass;
    const char* label;
    const char* tip;
    const char* objectName;
};

// Translated under the class that shows them (tr() in LogFilterBar).
const StatusChoice StatusChoices[] = {
    {StatusClass::Success, QT_TRANSLATE_NOOP("studio::ui::LogFilterBar", "2xx"),
        QT_TRANSLATE_NOOP("studio::ui::LogFilterBar", "Successful answers (200-299)"), "status2xx"},
    {StatusClass::Redirection, QT_TRANSLATE_NOOP("studio::ui::LogFilterBar", "3xx"),
        QT_TRANSLATE_NOOP("studio::ui::LogFilterBar", "Redirects (300-399)"), "status3xx"},
    {StatusClass::ClientError, QT_TRANSLATE_NOOP("studio::ui::LogFilterBar", "4xx"),
        QT_TRANSLATE_NOOP("studio::ui::LogFilterBar", "Client errors (400-499): validation, auth, not found"),
        "status4xx"},
    {StatusClass::ServerError, QT_TRANSLATE_NOOP("studio::ui::LogFilterBar", "5xx"),
        QT_TRANSLATE_NOOP("studio::ui::LogFilterBar", "Server errors (500-599)"), "status5xx"},
    {StatusClass::NoResponse, QT_TRANSLATE_NOOP("studio::ui::LogFilterBar", "No response"),
        QT_TRANSLATE_NOOP("studio::ui::LogFilterBar", "Transport failures: DNS, refused connections, TLS, timeouts"),
        "statusFailed"},
};

} // namespace

LogFilterBar::LogFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_endpoint(new QComboBox(this))
    , m_environment(new QComboBox(this))
    , m_run(new QComboBox(this))
    , m_time(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_clear(new QToolButton(this))
{
    m_text->setObjectName(QStringLiteral("searchField"));
    m_text->setPlaceholderText(tr("Search URLs and bodies: words, \"exact phrases\", prefix*"));
    m_text->setClearButtonEnabled(true);
    m_text->setToolTip(tr("Full-text search over URLs and request and response bodies. All words must occur; case "
                          "and accents are ignored."));

    auto* statusRow = new QHBoxLayout;
    statusRow->setSpacing(2);
    for (const StatusChoice& choice : StatusChoices) {
        auto* button = new QToolButton(this);
        button->setObjectName(QLatin1String(choice.objectName));
        button->setText(tr(choice.label));
        button->setToolTip(tr(choice.tip));
        button->setCheckable(true);
        button->setProperty("statusClass", int(choice.statusClass));
        connect(button, &QToolButton::toggled, this, [this] { schedule(0); });
        statusRow->addWidget(button);
        m_statusButtons.append(button);
    }

    m_method->setObjectName(QStringLiteral("methodFilter"));
    m_endpoint->setObjectName(QStringLiteral("endpointFilter"));
    m_environment->setObjectName(QStringLiteral("environmentFilter"));
    m_run->setObjectName(QStringLiteral("runFilter"));
    m_run->setEditable(true);
    m_run->setInsertPolicy(QComboBox::NoInsert);
    m_run->setMinimumContentsLength(12);
    m_time->setObjectName(QStringLiteral("timeFilter"));
    fillPicker(m_method, tr("Any method"), {});
    fillPicker(m_endpoint, tr("Any endpoint"), {});
    fillPicker(m_environment, tr("Any environment"), {});
    fillPicker(m_run, tr("Any run"), {});
    m_time->addItem(tr("Any time"), int(TimeRange::Any));
    m_time->addItem(tr("Last hour"), int(TimeRange::LastHour));
    m_time->addItem(tr("Last 24 hours"), int(TimeRange::LastDay));
    m_time->addItem(tr("Last 7 days"), int(TimeRange::LastWeek));
    m_time->addItem(tr("Custom range"), int(TimeRange::Custom));

    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setVisible(false);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] { schedule(m_debounceMs); });
    }
    m_from->setObjectName(QStringLiteral("fromFilter"));
    m_to->setObjectName(QStringLiteral("toFilter"));
    m_from->setToolTip(tr("Entries started at or after this time"));
    m_to->setToolTip(tr("Entries started before this time"));

    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear filters"));
    connect(m_clear, &QToolButton::clicked, this, &LogFilterBar::clear);

    connect(m_text, &QLineEdit::textChanged, this, [this] { schedule(m_debounceMs); });
    for (QComboBox* picker : {m_method, m_endpoint, m_environment})
        connect(picker, &QComboBox::currentIndexChanged, this, [this] { schedule(0); });
    connect(m_run, &QComboBox::currentTextChanged, this, [this] { schedule(m_debounceMs); });
    connect(m_time, &QComboBox::currentIndexChanged, this, &LogFilterBar::timeRangeChosen);

    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &LogFilterBar::announce);

    auto* first = new QHBoxLayout;
    first->addWidget(m_text, 1);
    first->addLayout(statusRow);
    first->addWidget(m_clear);
    auto* second = new QHBoxLayout;
    second->addWidget(m_method);
    second->addWidget(m_endpoint);
    second->addWidget(m_environment);
    second->addWidget(m_run);
    second->addWidget(m_time);
    second->addWidget(m_from);
    second->addWidget(m_to);
    second->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(first);
    layout->addLayout(second);
}

void LogFilterBar::fillPicker(
    QComboBox* picker, const QString& anyText, const QStringList& values, const QHash<QString, QString>& names)
{
    const QString current = picker->currentIndex() > 0 ? picker->currentData().toString() : QString();
    const QSignalBlocker blocker(picker);
    picker->clear();
    picker->addItem(anyText, QString());
    for (const QString& value : values) {
        const QString name = names.value(value);
        picker->addItem(name.isEmpty() || name == value ? value : QStringLiteral("%1 (%2)").arg(name, value), value);
    }
    if (current.isEmpty()) {
        picker->setCurrentIndex(0);
        return;
    }
    int found = picker->findData(current);
    if (found < 0) {
        // Still offered, so the filter the user chose does not change under them.
        picker->addItem(current, current);
        found = picker->count() - 1;
    }
    picker->setCurrentIndex(found);
}

void LogFilterBar::setChoices(const QStringList& endpoints, const QStringList& environments, const QStringList& runIds,
    const QByteArrayList& methods)
{
    m_endpointIds = endpoints;
    QStringList methodNames;
    for (const QByteArray& method : methods)
        methodNames.append(QString::fromLatin1(method));
    fillPicker(m_method, tr("Any method"), methodNames);
    fillPicker(m_endpoint, tr("Any endpoint"), endpoints, m_endpointNames);
    fillPicker(m_environment, tr("Any environment"), environments);
    // Not while the user is typing a run id: rebuilding the list would disturb the edit.
    if (m_run->lineEdit() && m_run->lineEdit()->hasFocus())
        return;
    // A run typed by hand stays as typed.
    const QString typed
        = m_run->currentIndex() == 0 || m_run->currentText() == m_run->itemText(0) ? QString() : m_run->currentText();
    {
        const QSignalBlocker blocker(m_run);
        m_run->clear();
        m_run->addItem(tr("Any run"), QString());
        for (const QString& run : runIds)
            m_run->addItem(run, run);
        if (typed.isEmpty())
            m_run->setCurrentIndex(0);
        else
            m_run->setCurrentText(typed);
    }
}

void LogFilterBar::setEndpointNames(const QHash<QString, QString>& names)
{
    m_endpointNames = names;
    fillPicker(m_endpoint, tr("Any endpoint"), m_endpointIds, m_endpointNames);
}

void LogFilterBar::setClock(Clock* clock)
{
    m_clock = clock;
}

void LogFilterBar::setDebounceInterval(int milliseconds)
{
    m_debounceMs = qMax(0, milliseconds);
}

QToolButton* LogFilterBar::statusButton(StatusClass statusClass) const
{
    for (QToolButton* button : m_statusButtons) {
        if (button->property("statusClass").toInt() == int(statusClass))
            return button;
    }
    return nullptr;
}

LogFilter LogFilterBar::filter() const
{
    LogFilter filter;
    filter.text = m_text->text().trimmed();
    for (const QToolButton* button : m_statusButtons) {
        if (button->isChecked())
            filter.statusClasses.append(StatusClass(button->property("statusClass").toInt()));
    }
    if (m_method->currentIndex() > 0)
        filter.methods.append(m_method->currentData().toString().toLatin1());
    if (m_endpoint->currentIndex() > 0)
        filter.endpoints.append(m_endpoint->currentData().toString());
    if (m_environment->currentIndex() > 0)
        filter.environments.append(m_environment->currentData().toString());
    const QString run = m_run->currentText().trimmed();
    if (!run.isEmpty() && run != m_run->itemText(0))
        filter.runIds.append(run);
    const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    switch (TimeRange(m_time->currentData().toInt())) {
    case TimeRange::Any:
        break;
    case TimeRange::LastHour:
        filter.from = now.addSecs(-3600);
        break;
    case TimeRange::LastDay:
        filter.from = now.addDays(-1);
        break;
    case TimeRange::LastWeek:
        filter.from = now.addDays(-7);
        break;
    case TimeRange::Custom:
        filter.from = m_from->dateTime().toUTC();
        filter.to = m_to->dateTime().toUTC();
        break;
    }
    return filter;
}

void LogFilterBar::clear()
{
    {
        const QSignalBlocker textBlocker(m_text);
        m_text->clear();
        for (QToolButton* button : std::as_const(m_statusButtons)) {
            const QSignalBlocker blocker(button);
            button->setChecked(false);
        }
        for (QComboBox* picker : {m_method, m_endpoint, m_environment, m_run, m_time}) {
            const QSignalBlocker blocker(picker);
            picker->setCurrentIndex(0);
        }
        m_from->setVisible(false);
        m_to->setVisible(false);
    }
    schedule(0);
}

void LogFilterBar::timeRangeChosen()
{
    const bool custom = TimeRange(m_time->currentData().toInt()) == TimeRange::Custom;
    if (custom) {
        // Start from the last day, a range worth narrowing down.
        const QDateTime now = (m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc()).toLocalTime();
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDateTime(now.addDays(-1));
        m_to->setDateTime(now.addSecs(60));
    }
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    schedule(0);
}

void LogFilterBar::schedule(int delayMs)
{
    // A shorter wait wins: choosing from a picker right after typing applies both at once.
    if (m_debounce.isActive() && m_debounce.remainingTime() <= delayMs)
        return;
    m_debounce.start(delayMs);
}

void LogFilterBar::announce()
{
    Q_EMIT filterChanged(filter());
}

} // namespace studio::ui
