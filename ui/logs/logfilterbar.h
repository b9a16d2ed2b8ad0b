#pragma once

#include "core/log/logreader.h"

#include <QByteArrayList>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QToolButton;

namespace studio {
class Clock;
}

namespace studio::ui {

/// The log browser's filters: full-text search, status classes, method, endpoint, environment, run and time
/// range (presets relative to now, or a custom range). Edits are debounced and announced as one LogFilter.
class LogFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterBar)

public:
    /// Time presets, in the order the picker lists them.
    enum class TimeRange { Any, LastHour, LastDay, LastWeek, Custom };

    explicit LogFilterBar(QWidget* parent = nullptr);

    /// The filter the controls describe now (presets are anchored at the time this is called).
    LogFilter filter() const;
    /// Back to "everything"; announces the change at once.
    void clear();
    /// The values the pickers offer (from the log); the current choices stay selected.
    void setChoices(const QStringList& endpoints, const QStringList& environments, const QStringList& runIds,
        const QByteArrayList& methods);
    /// Display names for endpoint ids (from the workspace); ids without one are shown as they are.
    void setEndpointNames(const QHash<QString, QString>& names);
    /// The source of "now" for the presets (tests); not owned.
    void setClock(Clock* clock);
    /// Quiet time after typing before the search runs (milliseconds).
    void setDebounceInterval(int milliseconds);

    QLineEdit* searchField() const { return m_text; }
    QToolButton* statusButton(StatusClass statusClass) const;
    QComboBox* methodPicker() const { return m_method; }
    QComboBox* endpointPicker() const { return m_endpoint; }
    QComboBox* environmentPicker() const { return m_environment; }
    QComboBox* runPicker() const { return m_run; }
    QComboBox* timePicker() const { return m_time; }
    QDateTimeEdit* fromEdit() const { return m_from; }
    QDateTimeEdit* toEdit() const { return m_to; }

Q_SIGNALS:
    /// The filter changed (after the debounce).
    void filterChanged(const studio::LogFilter& filter);

private:
    void schedule(int delayMs);
    void announce();
    void timeRangeChosen();
    static void fillPicker(QComboBox* picker, const QString& anyText, const QStringList& values,
        const QHash<QString, QString>& names = {});

    QLineEdit* m_text;
    QList<QToolButton*> m_statusButtons;
    QComboBox* m_method;
    QComboBox* m_endpoint;
    QComboBox* m_environment;
    QComboBox* m_run;
    QComboBox* m_time;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QToolButton* m_clear;
    QTimer m_debounce;
    int m_debounceMs = 250;
    Clock* m_clock = nullptr;
    QHash<QString, QString> m_endpointNames;
    QStringList m_endpointIds;
};

} // namespace studio::ui
