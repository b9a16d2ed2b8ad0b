#pragma once

#include "core/json/textsearch.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace studio::ui {

/// The find bar under a text view: the text, "match case" and "regular expression" toggles, previous/next and
/// the match count. Enter finds the next match, Shift+Enter the previous, Escape closes the bar. It only
/// reports what the user wants; the owner searches.
class SearchBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchBar)

public:
    explicit SearchBar(QWidget* parent = nullptr);

    json::SearchQuery query() const;
    void setQueryText(const QString& text);
    void setCaseSensitive(bool on);
    void setRegex(bool on);
    /// Shows the bar and selects its text for typing.
    void activate();
    /// "3 of 1,234", "Searching… 120", "No matches", an error (shown in red) or nothing.
    void setStatus(const QString& text, bool error = false);
    QString status() const;
    QLineEdit* lineEdit() const { return m_edit; }

Q_SIGNALS:
    /// The text or an option changed.
    void queryChanged(const studio::json::SearchQuery& query);
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_edit;
    QToolButton* m_case;
    QToolButton* m_regex;
    QToolButton* m_previous;
    QToolButton* m_next;
    QToolButton* m_close;
    QLabel* m_status;
};

} // namespace studio::ui
